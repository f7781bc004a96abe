import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import type { Finding, LatencyCheck, PerformanceSummary, Report } from "../../src/engine/report.js";
import { zeroCounts } from "../../src/engine/verdict.js";
import { renderChart } from "../../src/report/chart.js";
import { commentMarker, renderComment } from "../../src/report/comment.js";

const gate = { org: "acme", projects: ["web", "api"], environment: "production" };

function finding(i: number, title = `TypeError ${i}`): Finding {
  return {
    kind: "new",
    subject: "issue",
    id: String(i),
    shortId: `WEB-${i}`,
    title,
    project: "web",
    events: 1,
    users: 1,
    firstSeen: null,
    permalink: `https://acme.sentry.io/issues/${i}/`,
    culprit: null,
    level: "error",
    category: "error",
    secondsAfterDeploy: 60,
    location: { file: "src/app.ts", line: i, function: null },
    spike: null,
    latency: null,
    rate: null,
  };
}

function report(findings: Finding[], listed = findings.length): Report {
  return {
    verdict: "fail",
    reason: `${findings.length} new issues in release v2 in production since its deploy`,
    mode: "verify",
    release: "v2",
    environment: "production",
    projects: ["web", "api"],
    org: "acme",
    deployedAt: "2026-11-25T12:00:00.000Z",
    deployedAtSource: "deploy-record",
    rolloutStartedAt: "2026-11-25T12:00:00.000Z",
    window: "10m",
    windowEnd: "2026-11-25T12:10:00.000Z",
    settledAt: "2026-11-25T12:10:30.000Z",
    final: true,
    evaluatedAt: "2026-11-25T12:10:00.000Z",
    polls: 11,
    counts: { ...zeroCounts(), new: findings.length },
    findings,
    fixes: [],
    spikeTest: null,
    traffic: { errors: findings.length, transactions: null, sessions: null },
    performance: null,
    listed,
    omitted: findings.length - listed,
    timeline: null,
    notes: [],
  };
}

const LATENCY: LatencyCheck = {
  baselineP95Ms: 180,
  baselineSamples: 2_400,
  thresholdMs: 216,
  samples: 120,
  slower: 38,
  p95Ms: 420,
  concurrentP95Ms: null,
  concurrentSamples: 0,
  pValue: 2.1e-9,
  finding: true,
  insufficient: false,
};

/** A latency finding about the transaction `name`. */
function slower(i: number, name: string): Finding {
  return {
    ...finding(i),
    kind: "latency",
    subject: "transaction",
    id: name,
    shortId: name,
    title: `${name} is slower`,
    users: 0,
    permalink: `https://acme.sentry.io/insights/summary/?transaction=${i}`,
    secondsAfterDeploy: null,
    location: null,
    latency: LATENCY,
  };
}

/** The performance tests over these transactions, each slower. */
function performance(names: string[]): PerformanceSummary {
  return {
    methods: { latency: "exact binomial", rate: "exact conditional binomial" },
    alpha: 0.01,
    latencyMaxIncrease: 0.2,
    minRatio: 2,
    baseline: "24h",
    unavailable: ["Crash rate: unavailable — the project sends no sessions."],
    transactions: names.map((transaction, i) => ({
      transaction,
      permalink: `https://acme.sentry.io/insights/summary/?transaction=${i}`,
      latency: LATENCY,
      failureRate: null,
    })),
    transactionsOmitted: 3,
    crashRate: null,
    tested: names.length,
    insufficientSample: 0,
  };
}

const context = {
  marker: commentMarker(gate),
  updatedAt: new Date("2026-11-25T12:10:30Z"),
  runUrl: "https://github.com/o/r/actions/runs/7",
};

describe("the comment marker", () => {
  it("is one per gate: the same projects in any order, another environment another marker", () => {
    expect(commentMarker({ ...gate, projects: ["api", "web"] })).toBe(commentMarker(gate));
    expect(commentMarker({ ...gate, environment: "staging" })).not.toBe(commentMarker(gate));
    expect(commentMarker(gate)).toMatch(/^<!-- sentry-deploy-verify gate:[0-9a-f]{16} -->$/);
  });

  it("cannot be closed or forged by what an environment or project is called", () => {
    const marker = commentMarker({ ...gate, environment: "prod --> <!-- sentry-deploy-verify gate:0 -->" });
    expect(marker).toMatch(/^<!-- sentry-deploy-verify gate:[0-9a-f]{16} -->$/);
  });
});

describe("the comment body", () => {
  it("starts with the marker, shows the report, and says when it was last updated", () => {
    const body = renderComment(report([finding(1)]), {}, context);
    const lines = body.split("\n");
    expect(lines[0]).toBe(context.marker);
    expect(lines[1]).toMatch(/^### ❌ FAIL: release /);
    expect(lines[3]).toMatch(/^1 new issues/);
    expect(body).toContain(
      "<sub>Updated 2026-11-25 12:10 UTC by [this run](https://github.com/o/r/actions/runs/7)",
    );
  });

  it("contains the marker once, even when a title imitates it", () => {
    const body = renderComment(
      report([finding(1, `<!-- sentry-deploy-verify gate:${"0".repeat(16)} --> ${context.marker}`)]),
      {},
      context,
    );
    expect(body.split("<!--")).toHaveLength(2);
  });

  it("stays within GitHub's 65,536 characters by listing fewer findings", () => {
    // Escaping doubles what a title of pipes and at-signs takes; a file path adds more.
    const many = Array.from({ length: 200 }, (_, i) => ({
      ...finding(i, `${"|@".repeat(100)} ${i}`),
      location: { file: `src/${"deep/".repeat(23)}file${i}.ts`, line: i, function: null },
    }));
    const body = renderComment(report(many), {}, context);
    expect(body.length).toBeLessThanOrEqual(65_536);
    const listed = body.split("\n").filter((line) => line.startsWith("| new |")).length;
    expect(listed).toBeGreaterThan(10);
    expect(listed).toBeLessThan(200);
    expect(body).toContain(`… and ${200 - listed} more (the JSON report lists all 200)`);
  });

  it("still fits with the performance table and transactions' names of table-breaking characters", () => {
    const name = (i: number) => `${"|`@\\<".repeat(40)} ${i}`;
    const many = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? finding(i, `${"|@".repeat(100)} ${i}`) : slower(i, name(i)),
    );
    const shown = {
      ...report(many),
      performance: performance(Array.from({ length: 25 }, (_, i) => name(i))),
    };
    const body = renderComment(shown, {}, context);
    expect(body.length).toBeLessThanOrEqual(65_536);
    const listed = body.split("\n").filter((line) => /^\| (new|latency<br>)/.test(line)).length;
    expect(listed).toBeGreaterThan(10);
    expect(listed).toBeLessThan(200);
    expect(body).toContain(`… and ${200 - listed} more (the JSON report lists all 200)`);
    expect(body).toContain("… and 3 more transactions");
  });

  it("links a finding to its file and line at the deployed commit, marking a file the pull request changed", () => {
    const links = new Map([
      [
        "1",
        {
          path: "src/app.ts",
          url: "https://github.com/o/r/blob/abc/src/app.ts#L1",
          changedInPullRequest: true,
        },
      ],
    ]);
    const html = micromark(renderComment(report([finding(1)]), { codeLinks: links }, context), {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    expect(html).toContain(
      '<a href="https://github.com/o/r/blob/abc/src/app.ts#L1">src/app.ts:1</a> ✏️ changed in this pull request',
    );
  });
});

describe("the chart", () => {
  it("is a Mermaid bar chart of events per bucket, labelled by time from the deploy", () => {
    const timeline = {
      intervalSeconds: 60,
      buckets: [-2, -1, 0, 1].map((minute, i) => ({
        start: new Date(Date.parse("2026-11-25T12:00:00Z") + minute * 60_000).toISOString(),
        events: [3, 4, 9, 12][i] ?? 0,
      })),
    };
    // The deploy at 12:00:20 falls in the bucket that starts at 12:00.
    expect(renderChart(timeline, "2026-11-25T12:00:20.000Z", 'prod"uction')).toEqual([
      "```mermaid",
      '%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#cf222e, #8c959f"}}}}%%',
      "xychart-beta",
      '    title "Error events in prod uction per 1m: grey before the deploy, red from it"',
      '    x-axis ["-2m", "-1m", "deploy", "+1m"]',
      // Whole-number ticks: the axis reaches at least 10, or the next round number above the tallest bar.
      '    y-axis "events" 0 --> 20',
      // Red from the deploy's bucket on, grey before it (drawn over the red, so zeros are one grey).
      "    bar [0, 0, 9, 12]",
      "    bar [3, 4, 0, 0]",
      "```",
    ]);
  });

  it("labels a few round times only, so that labels never collide, and keeps every bucket apart", () => {
    const timeline = {
      intervalSeconds: 60,
      buckets: Array.from({ length: 21 }, (_, i) => ({
        start: new Date(Date.parse("2026-11-25T12:00:00Z") + (i - 10) * 60_000).toISOString(),
        events: 1,
      })),
    };
    const axis = renderChart(timeline, "2026-11-25T12:00:20.000Z", null)[4] ?? "";
    const labels = JSON.parse(axis.replace(/^ {4}x-axis /, "")) as string[];
    expect(labels.filter((label) => !/^\u200b+$/.test(label))).toEqual([
      "-10m",
      "-5m",
      "deploy",
      "+5m",
      "+10m",
    ]);
    // Mermaid merges equal names: the unlabelled buckets' zero-width names all differ.
    expect(new Set(labels).size).toBe(21);
  });
});

describe("the whole comment under hostile Sentry text (property)", () => {
  const hostile = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          ..."<>|`*_[]()!@#~$\\&:/.-\n".split(""),
          "<!--",
          "-->",
          "```",
          "@team",
          "#12",
          "https://x.example",
          "www.x",
        ),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(""));

  it("keeps one marker, one row per finding, and only our own links", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: hostile, culprit: hostile, shortId: hostile, file: hostile }), {
          minLength: 1,
          maxLength: 4,
        }),
        (fields) => {
          const findings = fields.map((f, i) => ({
            ...finding(i),
            title: f.title,
            culprit: f.culprit,
            shortId: f.shortId,
            location: i % 2 === 0 ? { file: f.file, line: 3, function: null } : null,
          }));
          const body = renderComment(report(findings), {}, context);
          expect(body.match(/<!--/g)).toHaveLength(1);
          const html = micromark(body, {
            allowDangerousHtml: true,
            extensions: [gfm()],
            htmlExtensions: [gfmHtml()],
          });
          const table = html.slice(html.indexOf("<th>Kind</th>"));
          expect(table.match(/<tr>/g)).toHaveLength(findings.length);
          for (const row of table.split("<tr>").slice(1)) expect(row.match(/<td[ >]/g)).toHaveLength(7);
          for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
            expect(href).toMatch(
              /^https:\/\/(acme\.sentry\.io\/issues\/\d+\/|github\.com\/o\/r\/actions\/runs\/7)$/,
            );
          }
          expect(html).not.toMatch(/<(img|script|iframe|pre)\b/);
          // Sentry's text never opens a code span: only the release, above the findings, is one.
          expect(table).not.toMatch(/<code\b/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the whole comment under hostile transaction names (property)", () => {
  const hostile = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          ..."<>|`*_[]()!@#~$\\&:/.-\n".split(""),
          "<!--",
          "-->",
          "```",
          "\\|",
          "@team",
          "#12",
          "https://x.example",
          "www.x",
          "</details>",
        ),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(""));

  it("keeps one marker, one row per finding and per transaction, and only our own links", () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (names) => {
        const findings = [finding(100), ...names.map((name, i) => slower(i, name))];
        const body = renderComment({ ...report(findings), performance: performance(names) }, {}, context);
        expect(body.match(/<!--/g)).toHaveLength(1);
        const html = micromark(body, {
          allowDangerousHtml: true,
          extensions: [gfm()],
          htmlExtensions: [gfmHtml()],
        });
        const tables = html.split("<table>").slice(2);
        expect(tables).toHaveLength(2);
        const rows = (table: string) => table.split("<tr>").slice(2);
        expect(rows(tables[0] ?? "").map((row) => row.match(/<td[ >]/g)?.length)).toEqual(
          findings.map(() => 7),
        );
        expect(rows(tables[1] ?? "").map((row) => row.match(/<td[ >]/g)?.length)).toEqual(names.map(() => 4));
        expect(html.match(/<details>/g)).toHaveLength(1);
        expect(html.match(/<\/details>/g)).toHaveLength(1);
        for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
          expect(href).toMatch(
            /^https:\/\/(acme\.sentry\.io\/(issues\/\d+\/|insights\/summary\/\?transaction=\d+)|github\.com\/o\/r\/actions\/runs\/7)$/,
          );
        }
        expect(html).not.toMatch(/<(img|script|iframe|pre)\b/);
      }),
      { numRuns: 300 },
    );
  });
});
