// A small Mermaid bar chart of error events around the deploy: GitHub renders it in comments and summaries.
// The bars before the deploy are grey and those from its bucket on red, so the deploy shows without a
// legend; the y axis counts whole events; only a few times are labelled, so that labels never collide.
// Mermaid draws a zero as a short stub at the axis: the red series goes first and the grey one over
// it, so that every zero (and the foot of every bar) is the same grey floor.
import { formatDuration } from "../config/duration.js";
import type { Timeline } from "../engine/report.js";

// Mermaid's quoted strings end at a quote; keep labels to characters that mean nothing to it.
const mermaidLabel = (text: string) => text.replace(/[^A-Za-z0-9 _.:+-]/g, " ").slice(0, 60);

/** At most this many labelled ticks on the time axis (the deploy's among them). */
const MAX_LABELS = 9;
const ZERO_WIDTH_SPACE = "\u200b";
const BEFORE_COLOUR = "#8c959f";
const AFTER_COLOUR = "#cf222e";

export function renderChart(timeline: Timeline, deployedAt: string, environment: string | null): string[] {
  if (timeline.buckets.length === 0) return [];
  const deploy = Date.parse(deployedAt);
  const deployIndex = timeline.buckets.findLastIndex((bucket) => Date.parse(bucket.start) <= deploy);
  const every = labelEvery(timeline.buckets.length);
  const labels = timeline.buckets.map((_, index) => {
    const steps = index - deployIndex;
    if (steps === 0) return '"deploy"';
    // An unlabelled bucket still needs a name of its own, or Mermaid merges it with the others: zero-width
    // spaces, which Mermaid does not trim as it trims white space.
    if (steps % every !== 0) return `"${ZERO_WIDTH_SPACE.repeat(index + 1)}"`;
    return `"${steps < 0 ? "-" : "+"}${formatDuration(Math.abs(steps) * timeline.intervalSeconds * 1000)}"`;
  });
  const events = timeline.buckets.map((bucket) => bucket.events);
  const before = events.map((count, index) => (index < deployIndex ? count : 0));
  const after = events.map((count, index) => (index < deployIndex ? 0 : count));
  const interval = formatDuration(timeline.intervalSeconds * 1000);
  const where = environment ? ` in ${mermaidLabel(environment)}` : "";
  const theme = {
    themeVariables: { xyChart: { plotColorPalette: `${AFTER_COLOUR}, ${BEFORE_COLOUR}` } },
  };
  return [
    "```mermaid",
    `%%{init: ${JSON.stringify(theme)}}%%`,
    "xychart-beta",
    `    title "Error events${where} per ${interval}: grey before the deploy, red from it"`,
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "events" 0 --> ${axisTop(Math.max(...events))}`,
    `    bar [${after.join(", ")}]`,
    `    bar [${before.join(", ")}]`,
    "```",
  ];
}

/** Label every 1, 2, 5, 10, … buckets: the fewest that keep the labels at most MAX_LABELS. */
function labelEvery(buckets: number): number {
  for (let scale = 1; ; scale *= 10)
    for (const step of [1, 2, 5]) if (Math.ceil(buckets / (step * scale)) <= MAX_LABELS) return step * scale;
}

/** The y axis's top: at least 10, so that its ticks (1, 2 or 5 times a power of ten) are whole numbers. */
function axisTop(max: number): number {
  if (max <= 10) return 10;
  const unit = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / unit) * unit;
}
