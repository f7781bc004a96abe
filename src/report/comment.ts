// The pull request comment: the report's markdown, under a hidden marker that names the gate, with
// when it was last updated. GitHub refuses bodies over 65,536 characters, so fewer findings are listed.
import { createHash } from "node:crypto";
import type { Report } from "../engine/report.js";
import { utc } from "./format.js";
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
export function commentMarker(gate: Gate): string {
  const identity = JSON.stringify([gate.org, [...gate.projects].sort(), gate.environment]);
  return `<!-- sentry-deploy-verify gate:${createHash("sha256").update(identity).digest("hex").slice(0, 16)} -->`;
}

export function renderComment(
  report: Report,
  extras: MarkdownExtras,
  context: { marker: string; updatedAt: Date; runUrl: string | null },
): string {
  const run = context.runUrl ? ` by [this run](${context.runUrl})` : "";
  const footer = `<sub>Updated ${utc(context.updatedAt.toISOString())}${run}; every run of this check edits this comment.</sub>`;
  for (let listed = report.listed; ; listed = Math.floor(listed / 2)) {
    const shown = { ...report, listed, omitted: report.findings.length - listed };
    const body = `${context.marker}\n${renderMarkdown(shown, extras)}\n${footer}\n`;
    if (body.length <= GITHUB_BODY_LIMIT || listed === 0) return body;
  }
}
