// The report as GitHub markdown: the job summary now, the pull request comment and tracking issue later.
import type { Finding, Report } from "../engine/report.js";
import { codeSpan, markdownText, safeLink } from "./escape.js";
import {
  afterDeploy,
  deployedLine,
  KIND_LABEL,
  omittedLine,
  VERDICT_ICON,
  verdictHeadline,
  windowLine,
} from "./format.js";

export function renderMarkdown(report: Report): string {
  const lines = [`### ${VERDICT_ICON[report.verdict]} ${markdownText(verdictHeadline(report), 400)}`, ""];
  lines.push(
    "| Release | Environment | Deployed | Window |",
    "| --- | --- | --- | --- |",
    `| ${report.release ? codeSpan(report.release) : "—"} | ${report.environment ? markdownText(report.environment) : "all"} | ${deployedLine(report)} | ${windowLine(report)} |`,
    "",
  );
  if (report.findings.length > 0) {
    lines.push(
      "| Kind | Issue | Title | Events | Users | After deploy | Where |",
      "| --- | --- | --- | ---: | ---: | ---: | --- |",
      ...report.findings.slice(0, report.listed).map(findingRow),
      "",
    );
    const omitted = omittedLine(report);
    if (omitted) lines.push(omitted, "");
  }
  for (const note of report.notes) lines.push(`> ${markdownText(note, 500)}`);
  if (report.notes.length > 0) lines.push("");
  lines.push(
    `<sub>sentry-deploy-verify · ${markdownText(report.org)} / ${report.projects.map((p) => markdownText(p)).join(", ")} · evaluated ${report.evaluatedAt} after ${report.polls} poll(s)</sub>`,
    "",
  );
  return lines.join("\n");
}

function findingRow(finding: Finding): string {
  const link = safeLink(finding.permalink);
  const id = markdownText(finding.shortId, 40);
  const issue = link ? `[${id}](${link})` : id;
  const where = finding.location
    ? `${markdownText(finding.location.file, 120)}${finding.location.line === null ? "" : `:${finding.location.line}`}`
    : finding.culprit
      ? markdownText(finding.culprit, 120)
      : "—";
  return `| ${KIND_LABEL[finding.kind]} | ${issue} | ${markdownText(finding.title, 120)} | ${finding.events} | ${finding.users} | ${afterDeploy(finding)} | ${where} |`;
}
