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

/**
 * A table's rows from the items matched: with aggregates, one row per distinct value of the plain
 * fields, plain fields first; without, one row per item. With only aggregates and no item, one row
 * when `ungroupedRowWithoutItems` (as an ungrouped aggregate query answers on the spans dataset), else none.
 */
export function groupedRows<T>(
  items: readonly T[],
  plain: readonly (readonly [string, (item: T) => Value])[],
  aggregates: readonly (readonly [string, (group: readonly T[]) => Value])[],
  ungroupedRowWithoutItems: boolean,
): Record<string, Value>[] {
  const plainRow = (item: T) => Object.fromEntries(plain.map(([field, value]) => [field, value(item)]));
  if (aggregates.length === 0) return items.map(plainRow);
  const groups = new Map<string, { row: Record<string, Value>; items: T[] }>();
  const keyOf = (row: Record<string, Value>) => JSON.stringify(plain.map(([field]) => row[field]));
  if (plain.length === 0 && ungroupedRowWithoutItems) groups.set(keyOf({}), { row: {}, items: [] });
  for (const item of items) {
    const row = plainRow(item);
    const key = keyOf(row);
    const group = groups.get(key) ?? { row, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ row, items: group }) => ({
    ...row,
    ...Object.fromEntries(aggregates.map(([field, aggregate]) => [field, aggregate(group)])),
  }));
}
