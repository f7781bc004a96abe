// The report as plain text for a terminal or a log: one line per fact, Sentry text made harmless.
import type { Report } from "../engine/report.js";
import { plainLine } from "./escape.js";
import {
  afterDeploy,
  appeared,
  deployedLine,
  KIND_LABEL,
  omittedLine,
  verdictHeadline,
  windowLine,
} from "./format.js";

export function renderText(report: Report): string {
  const lines = [
    plainLine(verdictHeadline(report), 400),
    ...(report.mode === "scan"
      ? [`  environment: ${plainLine(report.environment ?? "all")}`, `  period:      ${windowLine(report)}`]
      : [
          `  release:     ${plainLine(report.release ?? "—")}`,
          `  environment: ${plainLine(report.environment ?? "all")}`,
          `  deployed:    ${deployedLine(report)}`,
          `  window:      ${windowLine(report)}`,
        ]),
  ];
  if (report.findings.length > 0) lines.push("", `Findings (${report.findings.length}):`);
  for (const finding of report.findings.slice(0, report.listed)) {
    const where = finding.location
      ? `${plainLine(finding.location.file, 120)}${finding.location.line === null ? "" : `:${finding.location.line}`}`
      : plainLine(finding.culprit ?? "", 120);
    lines.push(
      `  ${KIND_LABEL[finding.kind].padEnd(9)} ${plainLine(finding.shortId, 40)}  ${plainLine(finding.title, 100)}`,
      `            ${finding.events} events, ${finding.users} users, ${report.mode === "scan" ? `first seen ${appeared(report, finding)}` : `first ${afterDeploy(finding)} after deploy`}${where ? ` at ${where}` : ""}`,
      `            ${plainLine(finding.permalink, 200)}`,
    );
  }
  const omitted = omittedLine(report);
  if (omitted) lines.push(`  ${omitted}`);
  for (const note of report.notes) lines.push(`Note: ${plainLine(note, 500)}`);
  return `${lines.join("\n")}\n`;
}
