// The report as plain text for a terminal or a log: one line per fact, Sentry text made harmless.
import { formatDuration } from "../config/duration.js";
import { count } from "../engine/quantities.js";
import type { Finding, PerformanceSummary, Report } from "../engine/report.js";
import { plainLine } from "./escape.js";
import {
  afterDeploy,
  appeared,
  categoryLabel,
  crashFreeCell,
  crashRowLabel,
  deployedLine,
  evidenceLines,
  KIND_LABEL,
  omittedLine,
  PERFORMANCE_COLUMNS,
  performanceHeadline,
  performanceTestLine,
  reportNotes,
  spikeTestLine,
  trafficLine,
  transactionCells,
  verdictHeadline,
  windowLine,
} from "./format.js";

const KIND_WIDTH = Math.max(...Object.values(KIND_LABEL).map((label) => label.length));
const DETAIL = " ".repeat(KIND_WIDTH + 3);

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
  const traffic = trafficLine(report);
  if (traffic) lines.push(`  traffic:     since the rollout began, ${traffic}`);
  if (report.findings.length > 0) lines.push("", `Findings (${report.findings.length}):`);
  for (const finding of report.findings.slice(0, report.listed)) {
    const where = finding.location
      ? `${plainLine(finding.location.file, 120)}${finding.location.line === null ? "" : `:${finding.location.line}`}`
      : plainLine(finding.culprit ?? "", 120);
    const category = categoryLabel(finding);
    const issue = finding.subject === "issue";
    lines.push(
      `  ${KIND_LABEL[finding.kind].padEnd(KIND_WIDTH)} ${plainLine(finding.shortId, issue ? 40 : 80)}  ${plainLine(finding.title, 100)}${category ? ` (${plainLine(category, 40)} issue)` : ""}`,
      // A transaction or a release has no users or first event: its evidence line says what it had.
      ...(issue
        ? [
            `${DETAIL}${count(finding.events, "event")}, ${count(finding.users, "user")}${firstSeen(report, finding)}${where ? ` at ${where}` : ""}`,
          ]
        : []),
      ...evidenceLines(finding).map((line) => `${DETAIL}${line}`),
      ...(finding.permalink ? [`${DETAIL}${plainLine(finding.permalink, 200)}`] : []),
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
  if (report.performance) lines.push(...performanceSection(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest);
  if (spikeTest) lines.push("", plainLine(spikeTest, 1_500));
  const notes = reportNotes(report);
  if (notes.length > 0) lines.push("");
  for (const note of notes) lines.push(`Note: ${plainLine(note, 500)}`);
  return `${lines.join("\n")}\n`;
}

/** The transactions and the crash rate as aligned columns, then the tests' line and what could not be read. */
function performanceSection(summary: PerformanceSummary): string[] {
  const crash = summary.crashRate;
  const rows = [
    ...summary.transactions.map((check) => [
      plainLine(check.transaction, 60),
      ...transactionCells(check.latency, check.failureRate).map((cell) => cell.text),
    ]),
    ...(crash
      ? [[crashRowLabel(crash, (version) => plainLine(version, 60)), "—", "—", crashFreeCell(crash).text]]
      : []),
  ];
  const table =
    rows.length === 0
      ? []
      : [
          `${performanceHeadline(summary)}:`,
          ...columns([PERFORMANCE_COLUMNS, ...rows]),
          ...(summary.transactionsOmitted > 0
            ? [`  … and ${summary.transactionsOmitted} more transactions`]
            : []),
          `  ${performanceTestLine(summary)}`,
        ];
  const unavailable = summary.unavailable.map((reason) => plainLine(reason, 300));
  return table.length + unavailable.length > 0 ? ["", ...table, ...unavailable] : [];
}

/** Rows of cells, each column as wide as its widest cell, indented by two. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const width = (cell: string) => [...cell].length;
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? "")))) ?? [];
  return rows.map((row) =>
    `  ${row.map((cell, column) => `${cell}${" ".repeat((widths[column] ?? 0) - width(cell))}`).join("  ")}`.trimEnd(),
  );
}

function firstSeen(report: Report, finding: Finding): string {
  if (report.mode === "scan") {
    const when = appeared(report, finding);
    return when.startsWith("came back") ? `, ${when}` : `, first seen ${when}`;
  }
  const seconds = finding.secondsAfterDeploy;
  if (seconds === null) return "";
  return seconds < 0
    ? `, first ${formatDuration(-seconds * 1000)} before the deploy finished, during its rollout`
    : `, first ${afterDeploy(finding)} after deploy`;
}
