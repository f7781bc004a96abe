// GET /organizations/{org}/events/?dataset=spans over the world's transactions, which are the
// segment spans (is_transaction:true) of the spans dataset (EAP, src/sentry/snuba/spans_rpc.py
// through OrganizationEventsEndpoint). With aggregates, one row per distinct value of the plain fields,
// or one row when there are only aggregates (also without spans); without, one row per span. A span
// counts from the moment Sentry processed it, in [start, end) by its start. The fields, their meta
// and extrapolation are in spans-columns.ts, the query in spans-query.ts.
//
// The answer carries `confidence` beside data and meta, one object per row with an entry per
// aggregate (spans_rpc process_table_response); the simulator says null there (Snuba's reliability
// was not simulated). meta.dataScanned is "full": the simulator never answers from a downsampled tier.
import { badRequest } from "../http.js";
import { dateRange, requestedEnvironments, requestedProjects } from "../params.js";
import { SearchQueryError } from "../search-query.js";
import { type SpansColumn, spansColumn } from "../spans-columns.js";
import { compileSpansQuery, type TransactionTest } from "../spans-query.js";
import type { SimTransaction } from "../traffic.js";
import { groupedRows, tableResult, type Value } from "./table.js";
import type { RouteContext, RouteResult } from "./types.js";

export function spansTable(ctx: RouteContext, fields: readonly string[]): RouteResult {
  const { world, now, query } = ctx;
  const ids = new Map(world.projects.map((p) => [p.slug, Number(p.id)]));
  const columns = fields.map((field) => [field, spansColumn(field, (slug) => ids.get(slug) ?? 0)] as const);
  const range = dateRange(query, now);
  const environments = requestedEnvironments(query, world, now);
  const projects = new Set(requestedProjects(query, world).map((p) => p.slug));
  const test = compile(query.get("query") ?? "");
  const extrapolate = query.get("disableAggregateExtrapolation") !== "1";

  const start = range.start.getTime();
  const end = range.end.getTime();
  const nowMs = now.getTime();
  const matched = world.transactions.filter(
    (t) =>
      t.processedAt <= nowMs &&
      t.at >= start &&
      t.at < end &&
      projects.has(t.project) &&
      (!environments || environments.has(t.environment)) &&
      test(t),
  );
  const result = tableResult(
    ctx,
    buildRows(matched, columns, extrapolate),
    columns.map(([field, c]) => ({ field, type: c.type, unit: c.unit })),
    { dataset: "spans", dataScanned: "full" },
  );
  const body = result.body as { data: Record<string, Value>[] };
  if (body.data.length === 0) return result;
  const aggregates = columns.filter(([, c]) => c.aggregate).map(([field]) => [field, null] as const);
  return { ...result, body: { ...body, confidence: body.data.map(() => Object.fromEntries(aggregates)) } };
}

function compile(text: string): TransactionTest {
  try {
    return compileSpansQuery(text);
  } catch (error) {
    // handle_query_errors: ParseError(detail=str(InvalidSearchQuery)).
    if (error instanceof SearchQueryError) throw badRequest(error.message);
    throw error;
  }
}

function buildRows(
  spans: readonly SimTransaction[],
  columns: readonly (readonly [string, SpansColumn])[],
  extrapolate: boolean,
): Record<string, Value>[] {
  // Only aggregates: one row, even without spans, as an ungrouped aggregate query answers.
  return groupedRows(
    spans,
    columns.flatMap(([field, { value }]) => (value ? [[field, value] as const] : [])),
    columns.flatMap(([field, { aggregate }]) =>
      aggregate
        ? [[field, (group: readonly SimTransaction[]) => aggregate(group, extrapolate)] as const]
        : [],
    ),
    true,
  );
}
