// The body of the documents we keep up to date (the pull request comment, the scan's tracking issue):
// the report's markdown under a hidden marker that names the check, and when it was last updated.
// GitHub refuses bodies over 65,536 characters, so fewer findings are listed.
import { createHash } from "node:crypto";
import { utc } from "../engine/quantities.js";
import type { Report } from "../engine/report.js";
import { type MarkdownExtras, renderMarkdown } from "./markdown.js";

const GITHUB_BODY_LIMIT = 65_536;

export interface Gate {
  org: string;
  projects: readonly string[];
  environment: string | null;
}

/**
 * The marker that finds our comment again: one per gate, so that a production and a staging gate on
 * one pull request keep one comment each. A hash, so that no input can end the HTML comment early.
 */
export function commentMarker(gate: Gate, kind: "gate" | "scan" = "gate"): string {
  const identity = JSON.stringify([gate.org, [...gate.projects].sort(), gate.environment]);
  return `<!-- sentry-deploy-verify ${kind}:${createHash("sha256").update(identity).digest("hex").slice(0, 16)} -->`;
}

export function renderComment(
  report: Report,
  extras: MarkdownExtras,
  context: { marker: string; updatedAt: Date; runUrl: string | null; document?: "comment" | "issue" },
): string {
  const run = context.runUrl ? ` by [this run](${context.runUrl})` : "";
  const footer = `<sub>Updated ${utc(context.updatedAt.toISOString())}${run}; every run of this check edits this ${context.document ?? "comment"}.</sub>`;
  for (let listed = report.listed; ; listed = Math.floor(listed / 2)) {
    const shown = { ...report, listed, omitted: report.findings.length - listed };
    const body = `${context.marker}\n${renderMarkdown(shown, extras)}\n${footer}\n`;
    if (body.length <= GITHUB_BODY_LIMIT || listed === 0) return body;
  }
}

/** "Sentry scan of production: 2 new, 1 regressed (2026-11-25)" — the date and the counts at a glance. */
export function trackingIssueTitle(report: Report): string {
  const where = report.environment ? ` of ${report.environment.replace(/\s+/g, " ").slice(0, 64)}` : "";
  const counts = [
    report.counts.new > 0 ? `${report.counts.new} new` : "",
    report.counts.regressed > 0 ? `${report.counts.regressed} regressed` : "",
  ].filter(Boolean);
  return `Sentry scan${where}: ${counts.length > 0 ? counts.join(", ") : "nothing new or regressed"} (${report.evaluatedAt.slice(0, 10)})`;
}
