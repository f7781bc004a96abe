// GET /organizations/{org}/events/validate/ (src/sentry/api/endpoints/organization_events_validate.py):
// private (ApiPublishStatus.EXPERIMENTAL, so not in the OpenAPI description); the Sentry MCP server
// asks it before every search_events. Its answer is the asdict() of ValidationResponse, 200 when
// valid and 400 when not. Projects and the dataset are checked first (the environment parameter,
// which the MCP server sends only for replays, is not checked here); for a dataset that is not an
// RPC (EAP) dataset, such as errors, Sentry validates nothing more and answers valid with a note.
// Columns of the RPC datasets (spans, logs, …) are checked against the attributes in storage, which
// a simulated world does not have: the simulator answers those as an invalid dataset, which Sentry
// would not (the MCP source never asks for them).
import { dateRange, requestedProjects, requireOrganization } from "../params.js";
import { DATASETS } from "./discover.js";
import { ORG_READ, type Route, type RouteResult } from "./types.js";

const RPC_DATASETS = new Set(["logs", "profile_functions", "spans", "tracemetrics", "uptime_results"]);

interface Validation {
  valid: boolean;
  error: string | null;
}

function answer(
  parts: Partial<{
    dataset: (Validation & { name: string })[];
    environment: Validation[];
    projects: Validation[];
  }>,
): RouteResult {
  const invalid = [...(parts.dataset ?? []), ...(parts.environment ?? []), ...(parts.projects ?? [])].some(
    (v) => !v.valid,
  );
  return {
    status: invalid ? 400 : 200,
    body: {
      valid: !invalid,
      dataset: parts.dataset ?? [],
      environment: parts.environment ?? [],
      field: [],
      orderby: [],
      projects: parts.projects ?? [],
      query: { valid: true, error: null, fields: [] },
    },
  };
}

export const eventsValidateRoute: Route = {
  name: "events-validate",
  pattern: /^\/organizations\/([^/]+)\/events\/validate\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    // get_snuba_params: a bad date range is a ParseError (400 detail), not a validation answer.
    dateRange(query, now);
    if (requestedProjects(query, world).length === 0) {
      return answer({
        projects: [{ valid: false, error: "At least one valid project is required to query" }],
      });
    }
    const name = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(name)) {
      return answer({ dataset: [{ name, valid: false, error: `${name} is not a valid dataset` }] });
    }
    if (RPC_DATASETS.has(name)) {
      return answer({
        dataset: [{ name, valid: false, error: `The Sentry simulator holds no ${name} to validate against` }],
      });
    }
    return answer({
      dataset: [
        {
          name,
          valid: true,
          error: "This dataset is not compatible with the validate endpoint, your request may still be valid",
        },
      ],
    });
  },
};
