// The findings as one JSON output, within what GitHub keeps: outputs may hold 1 MB per job, counted
// in UTF-16 units. Beyond that the first findings (failing kinds first) are kept and the rest counted.
import type { Finding } from "../engine/report.js";

/** Half of GitHub's 1 MB per job (about 524,000 UTF-16 units), leaving room for the other outputs. */
export const FINDINGS_OUTPUT_MAX_UNITS = 250_000;

export function findingsOutput(
  findings: readonly Finding[],
  maxUnits = FINDINGS_OUTPUT_MAX_UNITS,
): { json: string; included: number } {
  const parts: string[] = [];
  let units = 2;
  for (const finding of findings) {
    const part = JSON.stringify(finding);
    if (units + part.length + 1 > maxUnits) break;
    parts.push(part);
    units += part.length + 1;
  }
  return { json: `[${parts.join(",")}]`, included: parts.length };
}
