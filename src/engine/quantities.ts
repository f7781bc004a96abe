// Numbers, counts and times as every report writes them, for the engine's own sentences (reasons,
// titles) and the renderers alike, so that a figure reads the same in a verdict's line and its table.
import { formatDuration } from "../config/duration.js";

/** "4.5 ms", "182 ms", "1.25 s", "2m5s" */
export function milliseconds(ms: number): string {
  if (ms < 10) return `${Number(ms.toFixed(1))} ms`;
  if (Math.round(ms) < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Number((ms / 1_000).toPrecision(3))} s`;
  return formatDuration(Math.round(ms / 1_000) * 1_000);
}

/** A share as a percentage, "0.83%", "99.95%": never rounded to 0% or 100% when it is not. */
export function percent(share: number): string {
  if (share <= 0) return "0%";
  const value = Number((share * 100).toFixed(2));
  if (share < 1 && value === 0) return "< 0.01%";
  if (share < 1 && value === 100) return "> 99.99%";
  return `${value}%`;
}

/** "1,240" */
export function thousands(count: number): string {
  return count.toLocaleString("en-US");
}

/** "1 event", "2 events", "1,240 transactions"; `many` for an irregular plural: count(2, "fix", "fixes"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** 2026-11-25T14:03:05.000Z → "2026-11-25 14:03 UTC": every report's one format for a time. */
export function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
