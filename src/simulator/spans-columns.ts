// The fields of the spans dataset the simulator serves, over its transactions (segment spans), with
// the types the events endpoint puts in meta: the search types of src/sentry/search/eap/spans/
// (attributes.py, aggregates.py, formulas.py) as OrganizationEventsV2EndpointBase.handle_unit_meta
// turns them: a "millisecond" field is type "duration" with unit "millisecond".
//
// Extrapolation (unless disableAggregateExtrapolation=1): each sample counts round(1 / sample rate),
// as Snuba's integer sampling_weight would (unconfirmed: whether Snuba rounds each weight or the sum);
// count_sample() always counts samples. Percentiles interpolate linearly between the two nearest
// ranks of the weighted samples (rank p·(W − 1), W the total weight), which is what ClickHouse's
// quantile does on its reservoir of up to 8,192 values; with extrapolation Snuba uses a weighted
// t-digest, which only approximates this. Both unconfirmed for EAP. Without samples, counts are 0 and
// every other aggregate null (unconfirmed for sum, min and max). Sentry has more span functions
// (epm, count_unique, …); the simulator answers them as unknown.
import { badRequest } from "./http.js";
import { isFailure, type SimTransaction } from "./traffic.js";

export type Value = string | number | boolean | null;

export interface SpansColumn {
  /** meta.fields. */
  type: "string" | "integer" | "boolean" | "duration" | "percentage";
  /** meta.units. */
  unit: "millisecond" | null;
  /** A plain field's value for one span. */
  value?: (t: SimTransaction) => Value;
  /** An aggregate over a group of spans. */
  aggregate?: (spans: readonly SimTransaction[], extrapolate: boolean) => Value;
}

const string = (value: (t: SimTransaction) => string | null): SpansColumn => ({
  type: "string",
  unit: null,
  value,
});

/** `projectId` turns a project slug into its numeric ID, for project.id. */
export function spansColumn(field: string, projectId: (slug: string) => number): SpansColumn {
  const call = /^(\w+)\((.*)\)$/.exec(field);
  if (call) return aggregateColumn(call[1] as string, (call[2] as string).trim());
  switch (field) {
    case "transaction":
      return string((t) => t.transaction);
    case "release":
      return string((t) => t.release);
    case "environment":
      return string((t) => t.environment);
    case "project":
      return string((t) => t.project);
    case "span.status":
      return string((t) => t.status);
    case "project.id":
      return { type: "integer", unit: null, value: (t) => projectId(t.project) };
    case "is_transaction":
      return { type: "boolean", unit: null, value: () => true };
    case "span.duration":
      return { type: "duration", unit: "millisecond", value: (t) => t.durationMs };
    default:
      // The resolver takes any other name as a string attribute (SearchResolver.resolve_attribute);
      // the simulated spans have none.
      return string(() => null);
  }
}

const weight = (t: SimTransaction, extrapolate: boolean) => (extrapolate ? Math.round(1 / t.sampleRate) : 1);

function total(
  spans: readonly SimTransaction[],
  extrapolate: boolean,
  only?: (t: SimTransaction) => boolean,
) {
  let sum = 0;
  for (const t of spans) if (!only || only(t)) sum += weight(t, extrapolate);
  return sum;
}

const failed = (t: SimTransaction) => isFailure(t.status);
const count = (): SpansColumn => ({ type: "integer", unit: null, aggregate: total });
const duration = (aggregate: NonNullable<SpansColumn["aggregate"]>): SpansColumn => ({
  type: "duration",
  unit: "millisecond",
  aggregate,
});

const PERCENTILES: Record<string, number> = { p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95, p99: 0.99, p100: 1 };

function aggregateColumn(name: string, argument: string): SpansColumn {
  const known =
    name in PERCENTILES || ["count", "count_sample", "avg", "sum", "min", "max"].includes(name)
      ? argument === "" || argument === "span.duration"
      : ["failure_count", "failure_rate"].includes(name)
        ? argument === ""
        : null;
  // SearchResolver.resolve_function: "Unknown function {function}". The wording for an argument the
  // function does not take is the simulator's own.
  if (known === null) throw badRequest(`Unknown function ${name}`);
  if (!known) throw badRequest(`${argument} is not a valid argument of ${name}`);
  const level = PERCENTILES[name];
  if (level !== undefined) return duration((spans, extrapolate) => percentile(spans, level, extrapolate));
  switch (name) {
    case "count":
      return count();
    case "count_sample":
      return { ...count(), aggregate: (spans) => spans.length };
    case "failure_count":
      return { ...count(), aggregate: (spans, extrapolate) => total(spans, extrapolate, failed) };
    case "failure_rate":
      return {
        type: "percentage",
        unit: null,
        aggregate: (spans, extrapolate) => {
          const all = total(spans, extrapolate);
          return all === 0 ? null : total(spans, extrapolate, failed) / all;
        },
      };
    case "avg":
      return duration((spans, extrapolate) => {
        const all = total(spans, extrapolate);
        return all === 0 ? null : sumOfDurations(spans, extrapolate) / all;
      });
    case "sum":
      return duration((spans, extrapolate) =>
        spans.length === 0 ? null : sumOfDurations(spans, extrapolate),
      );
    case "min":
      // min and max are not extrapolated.
      return duration((spans) => extreme(spans, (a, b) => a < b));
    default:
      return duration((spans) => extreme(spans, (a, b) => a > b));
  }
}

function extreme(spans: readonly SimTransaction[], better: (a: number, b: number) => boolean): number | null {
  let found: number | null = null;
  for (const t of spans) if (found === null || better(t.durationMs, found)) found = t.durationMs;
  return found;
}

function sumOfDurations(spans: readonly SimTransaction[], extrapolate: boolean): number {
  let sum = 0;
  for (const t of spans) sum += t.durationMs * weight(t, extrapolate);
  return sum;
}

/** Linear interpolation between the nearest ranks of the weighted samples; null without samples. */
function percentile(spans: readonly SimTransaction[], level: number, extrapolate: boolean): number | null {
  if (spans.length === 0) return null;
  const sorted = [...spans].sort((a, b) => a.durationMs - b.durationMs);
  const rank = level * (total(sorted, extrapolate) - 1);
  const below = Math.floor(rank);
  // The samples at ranks `below` and `below + 1`, each sample covering `weight` ranks.
  let covered = 0;
  let lower: number | null = null;
  for (const t of sorted) {
    covered += weight(t, extrapolate);
    if (lower === null && covered > below) lower = t.durationMs;
    if (covered > below + 1 || (covered > below && rank === below)) {
      return (lower as number) + (rank - below) * (t.durationMs - (lower as number));
    }
  }
  return lower;
}
