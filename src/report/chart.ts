// A small Mermaid bar chart of error events around the deploy: GitHub renders it in comments and summaries.
import { formatDuration } from "../config/duration.js";
import type { Timeline } from "../engine/report.js";

// Mermaid's quoted strings end at a quote; keep labels to characters that mean nothing to it.
const mermaidLabel = (text: string) => text.replace(/[^A-Za-z0-9 _.:+-]/g, " ").slice(0, 60);

export function renderChart(timeline: Timeline, deployedAt: string, environment: string | null): string[] {
  if (timeline.buckets.length === 0) return [];
  const deploy = Date.parse(deployedAt);
  const deployIndex = timeline.buckets.findLastIndex((bucket) => Date.parse(bucket.start) <= deploy);
  const labels = timeline.buckets.map((_, index) => {
    const steps = index - deployIndex;
    if (steps === 0) return '"deploy"';
    return `"${steps < 0 ? "-" : "+"}${formatDuration(Math.abs(steps) * timeline.intervalSeconds * 1000)}"`;
  });
  const every = formatDuration(timeline.intervalSeconds * 1000);
  const where = environment ? ` in ${mermaidLabel(environment)}` : "";
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Error events${where} per ${every}, before and after the deploy"`,
    `    x-axis [${labels.join(", ")}]`,
    '    y-axis "events"',
    `    bar [${timeline.buckets.map((bucket) => bucket.events).join(", ")}]`,
    "```",
  ];
}
