// The report as plain text for a terminal or a log: one line per fact, Sentry text made harmless.
import { formatDuration } from "../config/duration.js";
import type { Finding, Report } from "../engine/report.js";
import { plainLine } from "./escape.js";
import {
  afterDeploy,
  appeared,
  categoryLabel,
  deployedLine,
  KIND_LABEL,
  omittedLine,
  spikeLine,
  spikeTestLine,
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
    const category = categoryLabel(finding);
    lines.push(
      `  ${KIND_LABEL[finding.kind].padEnd(9)} ${plainLine(finding.shortId, 40)}  ${plainLine(finding.title, 100)}${category ? ` (${plainLine(category, 40)} issue)` : ""}`,
      `            ${finding.events} events, ${finding.users} users${firstSeen(report, finding)}${where ? ` at ${where}` : ""}`,
      ...(finding.spike ? [`            ${spikeLine(finding.spike)}`] : []),
      `            ${plainLine(finding.permalink, 200)}`,
    );
  }
  const omitted = omittedLine(report);
  if (omitted) lines.push(`  ${omitted}`);
  if (report.fixes.length > 0) lines.push("", `Claimed fixes (${report.fixes.length}):`);
  for (const fix of report.fixes) {
    lines.push(
      `  ${fix.status.padEnd(10)} ${plainLine(fix.shortId, 40)}  ${plainLine(fix.title ?? "", 100)}`,
      `             ${plainLine(fix.detail, 300)} Claimed in ${plainLine(fix.claimedIn.join(", "), 200)}.`,
    );
  }
  const spikeTest = spikeTestLine(report.spikeTest, report.window);
  if (spikeTest) lines.push("", plainLine(spikeTest, 1_500));
  for (const note of report.notes) lines.push(`Note: ${plainLine(note, 500)}`);
  return `${lines.join("\n")}\n`;
}

function firstSeen(report: Report, finding: Finding): string {
  if (report.mode === "scan") return `, first seen ${appeared(report, finding)}`;
  const seconds = finding.secondsAfterDeploy;
  if (seconds === null) return "";
  return seconds < 0
    ? `, first ${formatDuration(-seconds * 1000)} before the deploy finished, during its rollout`
    : `, first ${afterDeploy(finding)} after deploy`;
}
