// GET /organizations/{org}/shortids/{issue_id}/: resolveOrganizationShortId, ShortIdLookupEndpoint
// (src/sentry/issues/endpoints/organization_shortid.py). A GroupEndpoint, so the issue is found as the
// issue detail finds it: a short ID in any case, or a numeric issue ID ("This resolves a short ID or
// internal issue ID"); an unknown one is ResourceDoesNotExist, {"detail": "The requested resource
// does not exist"}. The group is `serialize(group, request.user)`: the default GroupSerializer, with
// no environment and no date range. The endpoint documents `collapse` (IssueParams.GROUP_INDEX_COLLAPSE)
// but does not pass it to the serializer, so the simulator ignores it too.
import { issueState } from "../derived.js";
import { requireOrganization } from "../params.js";
import { releaseOrder } from "../releases.js";
import { serializeGroup } from "../serializers/issue.js";
import { issueContext } from "./issues.js";
import { requireIssue } from "./lookup.js";
import { EVENT_READ, type Route } from "./types.js";

export const shortIdRoute: Route = {
  name: "shortid",
  pattern: /^\/organizations\/([^/]+)\/shortids\/([^/]+)\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const org = requireOrganization(ctx.world, ctx.params[0] as string);
    const { issue, project, events } = requireIssue(ctx, ctx.params[1] as string);
    const group = serializeGroup(
      { issue, state: issueState(issue, events, ctx.now, releaseOrder(ctx.world, ctx.now)), events },
      issueContext(ctx, issue.project),
    );
    return {
      body: {
        organizationSlug: org.slug,
        projectSlug: project.slug,
        groupId: issue.id,
        group,
        // group.qualified_short_id: the canonical spelling, whatever case was asked.
        shortId: issue.shortId,
      },
    };
  },
};
