// The findings as one JSON output, within what GitHub keeps: outputs may hold 1 MB per job, counted
// in UTF-16 units. A string longer than FINDING_STRING_MAX_UNITS (a title of a megabyte) is shortened,
// never a reason to drop its finding; beyond the total, the first findings (failing kinds first) are
// kept and the rest counted.
import type { Finding } from "../engine/report.js";

/** Half of GitHub's 1 MB per job (about 524,000 UTF-16 units), leaving room for the other outputs. */
export const FINDINGS_OUTPUT_MAX_UNITS = 250_000;
/** Any one string of a finding (its title, culprit, file …), at most this long in the output. */
export const FINDING_STRING_MAX_UNITS = 2_000;

export interface FindingsOutput {
  json: string;
  /** How many findings it holds: the first ones. */
  included: number;
  /** How many of those had a string shortened. */
  shortened: number;
}

export function findingsOutput(
  findings: readonly Finding[],
  maxUnits = FINDINGS_OUTPUT_MAX_UNITS,
  maxStringUnits = FINDING_STRING_MAX_UNITS,
): FindingsOutput {
  const parts: string[] = [];
  let units = 2;
  let shortened = 0;
  for (const finding of findings) {
    let cut = false;
    const part = JSON.stringify(finding, (_key, value: unknown) => {
      if (typeof value !== "string" || value.length <= maxStringUnits) return value;
      cut = true;
      return shorten(value, maxStringUnits);
    });
    if (units + part.length + 1 > maxUnits) break;
    parts.push(part);
    units += part.length + 1;
    if (cut) shortened += 1;
  }
  return { json: `[${parts.join(",")}]`, included: parts.length, shortened };
}

/** The start of the text, whole characters only, and how long it was. */
function shorten(text: string, max: number): string {
  const marker = `… (${text.length.toLocaleString("en-US")} characters)`;
  let end = Math.max(0, max - marker.length);
  // Never half a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${marker}`;
}
