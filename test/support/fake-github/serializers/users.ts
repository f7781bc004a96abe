// Accounts as GitHub shows them: `simple-user` wherever a user appears, `private-user` for the
// caller's own GET /user.
import type { Account } from "../state.js";
import { legacyNodeId, type Urls } from "../urls.js";

export function simpleUser(account: Account, urls: Urls) {
  const api = `${urls.api}/users/${encodeURIComponent(account.login)}`;
  // A bot's page is its app's: github-actions[bot] → /apps/github-actions.
  const page = account.login.endsWith("[bot]")
    ? `apps/${account.login.slice(0, -"[bot]".length)}`
    : account.login;
  return {
    login: account.login,
    id: account.id,
    node_id: legacyNodeId(account.type, account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: `${urls.web}/${page}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** The authenticated user's own profile, with the private counts a token with the `user` scope sees. */
export function privateUser(account: Account, urls: Urls) {
  return {
    ...simpleUser(account, urls),
    user_view_type: "private",
    name: account.name ?? null,
    company: null,
    blog: "",
    location: null,
    email: account.email ?? null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: account.email ?? null,
    public_repos: 8,
    public_gists: 8,
    followers: 20,
    following: 0,
    created_at: "2011-01-25T18:44:36Z",
    updated_at: "2026-01-22T14:00:00Z",
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: "free", space: 976562499, collaborators: 0, private_repos: 10000 },
  };
}
