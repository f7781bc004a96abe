// The small words every report shares: a count with its noun, and a time, written one way everywhere.
import { thousands } from "../engine/quantities.js";

/** "1 event", "2 events", "1,240 transactions"; `many` for an irregular plural: count(2, "fix", "fixes"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** 2026-11-25T14:03:05.000Z → "2026-11-25 14:03 UTC": every report's one format for a time. */
export function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
