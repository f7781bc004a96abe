// GET /user: a personal access token's owner. An installation token (GITHUB_TOKEN) acts as an app,
// not a user, and GitHub refuses it with 403 "Resource not accessible by integration".
import { refusal } from "../auth.js";
import { privateUser } from "../serializers/users.js";
import type { AccountRoute } from "./types.js";

export const userRoute: AccountRoute = {
  scope: "account",
  operation: "users/get-authenticated",
  method: "GET",
  path: "/user",
  docs: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
  accepted: [],
  handle(ctx) {
    if (!ctx.caller || ctx.caller.state.kind === "installation") throw refusal(ctx.caller);
    return { body: privateUser(ctx.caller.state.identity, ctx.urls) };
  },
};
