// The table the events endpoint answers, whatever the dataset: rows sorted and paged, and meta.
import { badRequest } from "../http.js";
import { linkHeader, paginate, parseCursor, perPage } from "../pagination.js";
import type { RouteContext, RouteResult } from "./types.js";

export type Value = string | number | boolean | null | (string | number | null)[];

export interface TableColumn {
  field: string;
  /** meta.fields */
  type: string;
  /** meta.units */
  unit: string | null;
}

/**
 * The events endpoint's answer from a table's rows: sorted by `sort` (a selected field or its alias,
 * `-` for descending), one page of them (per_page, cursor), and meta as handle_results_with_meta
 * gives it (src/sentry/api/bases/organization_events.py), `extraMeta` added.
 */
export function tableResult(
  ctx: RouteContext,
  rows: Record<string, Value>[],
  columns: readonly TableColumn[],
  extraMeta: Record<string, unknown>,
): RouteResult {
  const { query } = ctx;
  const limit = perPage(query);
  const cursor = parseCursor(query.get("cursor"));
  const sort = query.get("sort");
  const sortName = sort?.replace(/^-/, "");
  const sortField = sortName
    ? columns.find(({ field }) => field === sortName || alias(field) === sortName)?.field
    : undefined;
  if (sort && !sortField) throw badRequest("Cannot order by a field that is not selected.");
  if (sortField) {
    const direction = sort?.startsWith("-") ? -1 : 1;
    rows.sort((a, b) => direction * compareValues(a[sortField] ?? null, b[sortField] ?? null));
  }
  const page = paginate(rows, cursor, limit);
  return {
    body: {
      data: page.items,
      meta: {
        fields: Object.fromEntries(columns.map(({ field, type }) => [field, type])),
        units: Object.fromEntries(columns.map(({ field, unit }) => [field, unit])),
        isMetricsData: false,
        isMetricsExtractedData: false,
        tips: {},
        datasetReason: "unchanged",
        ...extraMeta,
      },
    },
    headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page) },
  };
}

/** A function's column alias, which sort may name: count() is count, count_unique(user) count_unique_user. */
function alias(field: string): string {
  return field.replace(/\W/g, "_").replace(/_+$/, "");
}

function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
