import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import type {
  Finding,
  LatencyCheck,
  PerformanceSummary,
  RateCheck,
  Report,
  TransactionCheck,
} from "../../src/engine/report.js";
import { zeroCounts } from "../../src/engine/verdict.js";
import { reportSchema } from "../../src/mcp/report-schema.js";
import { plainLine } from "../../src/report/escape.js";
import { findingsOutput } from "../../src/report/findings-output.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { visibleText } from "../support/rendered-html.js";

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    kind: "new",
    subject: "issue",
    id: "101",
    shortId: "WEB-7",
    title: "TypeError: Cannot read properties of undefined (reading 'id')",
    project: "web",
    events: 42,
    users: 7,
    firstSeen: "2026-11-25T12:01:12.000Z",
    permalink: "https://acme.sentry.io/issues/101/",
    culprit: "app/checkout in submit",
    level: "error",
    category: "error",
    secondsAfterDeploy: 72,
    location: { file: "src/checkout.ts", line: 42, function: "submit" },
    spike: null,
    latency: null,
    rate: null,
    ...overrides,
  };
}

function report(overrides: Partial<Report> = {}): Report {
  const findings = overrides.findings ?? [
    finding(),
    finding({ kind: "regressed", id: "102", shortId: "WEB-3", location: null }),
  ];
  return {
    verdict: "fail",
    reason: "1 new issue and 1 regressed issue in release v2 in production since its deploy",
    mode: "verify",
    release: "v2",
    environment: "production",
    projects: ["web"],
    org: "acme",
    deployedAt: "2026-11-25T12:00:00.000Z",
    deployedAtSource: "deploy-record",
    rolloutStartedAt: "2026-11-25T12:00:00.000Z",
    window: "10m",
    windowEnd: "2026-11-25T12:10:00.000Z",
    settledAt: "2026-11-25T12:10:30.000Z",
    final: true,
    evaluatedAt: "2026-11-25T12:03:00.000Z",
    polls: 3,
    counts: { ...zeroCounts(), new: 1, regressed: 1 },
    findings,
    fixes: [],
    spikeTest: null,
    traffic: { errors: 12, transactions: 1_240, sessions: null },
    performance: null,
    listed: findings.length,
    omitted: 0,
    timeline: null,
    notes: [],
    ...overrides,
  };
}

const CHECKOUT = "GET /api/checkout";
const CHECKOUT_PAGE = "https://acme.sentry.io/insights/summary/?transaction=GET%20%2Fapi%2Fcheckout";

/** A latency test that found GET /api/checkout slower: 38 of 120 samples over 216 ms. */
function latency(overrides: Partial<LatencyCheck> = {}): LatencyCheck {
  return {
    baselineP95Ms: 180,
    baselineSamples: 2_400,
    thresholdMs: 216,
    samples: 120,
    slower: 38,
    p95Ms: 420,
    concurrentP95Ms: 185,
    concurrentSamples: 300,
    pValue: 2.1e-9,
    finding: true,
    insufficient: false,
    ...overrides,
  };
}

function rate(overrides: Partial<RateCheck> = {}): RateCheck {
  return {
    before: 12,
    beforeTotal: 2_400,
    after: 1,
    afterTotal: 120,
    ratio: 1.7,
    pValue: 0.41,
    finding: false,
    insufficient: false,
    ...overrides,
  };
}

function transaction(overrides: Partial<TransactionCheck> = {}): TransactionCheck {
  return {
    transaction: CHECKOUT,
    permalink: CHECKOUT_PAGE,
    latency: latency(),
    failureRate: rate(),
    ...overrides,
  };
}

/** Two transactions (a latency finding, an insufficient sample), twelve more, the crash rate, and one signal not read. */
function performance(overrides: Partial<PerformanceSummary> = {}): PerformanceSummary {
  return {
    methods: { latency: "exact binomial", rate: "exact conditional binomial" },
    alpha: 0.01,
    latencyMaxIncrease: 0.2,
    minRatio: 2,
    baseline: "24h",
    unavailable: ["Crash rate of project api: unavailable — it sends no sessions (release health is off)."],
    transactions: [
      transaction(),
      transaction({
        transaction: "GET /health",
        permalink: null,
        latency: latency({
          baselineP95Ms: 50,
          thresholdMs: 60,
          samples: 4,
          slower: 0,
          p95Ms: 52,
          pValue: 1,
          finding: false,
          insufficient: true,
        }),
        failureRate: rate({
          before: 0,
          beforeTotal: 900,
          after: 0,
          afterTotal: 4,
          ratio: null,
          pValue: null,
          insufficient: true,
        }),
      }),
    ],
    transactionsOmitted: 12,
    crashRate: {
      ...rate({ before: 9, beforeTotal: 1_800, after: 2, afterTotal: 310, ratio: 1.3, pValue: 0.37 }),
      previousRelease: "v1",
      crashFreeBefore: 0.995,
      crashFreeAfter: 1 - 2 / 310,
      permalink: "https://acme.sentry.io/releases/v2/",
    },
    tested: 5,
    insufficientSample: 2,
    ...overrides,
  };
}

/** The latency finding of GET /api/checkout, as the engine writes one. */
function latencyFinding(overrides: Partial<Finding> = {}): Finding {
  return finding({
    kind: "latency",
    subject: "transaction",
    id: CHECKOUT,
    shortId: CHECKOUT,
    title: "GET /api/checkout is slower: p95 420 ms since the deploy, 180 ms before",
    events: 120,
    users: 0,
    firstSeen: null,
    permalink: CHECKOUT_PAGE,
    culprit: null,
    level: "warning",
    category: "performance",
    secondsAfterDeploy: null,
    location: null,
    latency: latency(),
    ...overrides,
  });
}

function performanceReport(overrides: Partial<Report> = {}): Report {
  const findings = [finding(), latencyFinding()];
  return report({
    reason: "1 new issue and 1 slower transaction in release v2 in production since its deploy",
    counts: { ...zeroCounts(), new: 1, latency: 1 },
    findings,
    listed: findings.length,
    traffic: { errors: 42, transactions: 1_240, sessions: 310 },
    performance: performance(),
    ...overrides,
  });
}

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
/** As GitHub shows it: our own HTML (details, sub) renders, and so would any that got through. */
const githubHtml = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe("the markdown report", () => {
  it("puts the verdict first, then release, environment, deploy time and window", () => {
    const lines = renderMarkdown(report()).split("\n");
    // A heading short enough for one line; the reason in full under it.
    expect(lines[0]).toBe("### ❌ FAIL: release v2 in production");
    expect(lines[2]).toBe("1 new issue and 1 regressed issue in release v2 in production since its deploy.");
    expect(lines[6]).toBe(
      "| `v2` | production | 2026-11-25 12:00 UTC (Sentry deploy record) | 10m, until 2026-11-25 12:10 UTC; settled at 2026-11-25 12:10 UTC |",
    );
  });

  it("names a release that is a commit SHA by its short form in the heading and the reason, in full in the table", () => {
    const sha = "3f2c9a1e7b6d5c4a3b2e1f0d9c8b7a6f5e4d3c21";
    const lines = renderMarkdown(
      report({ release: sha, reason: `1 new issue in release ${sha} in production since its deploy` }),
    ).split("\n");
    expect(lines[0]).toBe("### ❌ FAIL: release 3f2c9a1 in production");
    expect(lines[2]).toBe("1 new issue in release 3f2c9a1 in production since its deploy.");
    expect(lines[6]).toContain(`| \`${sha}\` |`);
  });

  it("lists each finding with kind, linked short ID, title, counts, time after deploy and where", () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain(
      "| new | [WEB-\u20607](https://acme.sentry.io/issues/101/) | TypeError: Cannot read properties of undefined (reading 'id') | 42 | 7 | +1m12s | src/checkout.ts:42 |",
    );
    // Without a looked-up frame, the culprit says where.
    expect(markdown).toContain("| regressed | [WEB-\u20603](https://acme.sentry.io/issues/101/) |");
    expect(markdown).toContain("| app/checkout in submit |");
    const rendered = html(markdown);
    expect(rendered.match(/<tr>/g)).toHaveLength(5);
    // A word joiner after the hyphen: the short ID never breaks across lines.
    expect(rendered).toContain('<a href="https://acme.sentry.io/issues/101/">WEB-\u20607</a>');
  });

  it("counts the findings it does not list", () => {
    const findings = Array.from({ length: 250 }, (_, i) => finding({ id: String(i), shortId: `WEB-${i}` }));
    const markdown = renderMarkdown(report({ findings, listed: 10, omitted: 240 }));
    expect(markdown.match(/^\| new \|/gm)).toHaveLength(10);
    expect(markdown).toContain("… and 240 more (the JSON report lists all 250)");
  });

  it("shows a hostile title, culprit and file as inert text", () => {
    const hostile = finding({
      title: "@octocat <img src=x onerror=alert(1)> | [x](https://evil.example)",
      culprit: "`code` @team",
      shortId: "WEB-9 @x",
      location: { file: "<script>.ts|x", line: 1, function: null },
      permalink: "javascript:alert(1)",
    });
    const rendered = html(renderMarkdown(report({ findings: [hostile], listed: 1 })));
    expect(rendered).not.toMatch(/<(img|script|a)\b/);
    expect(rendered.match(/<td[ >]/g)).toHaveLength(4 + 7);
  });

  it("says an error plainly, without an empty findings table", () => {
    const markdown = renderMarkdown(
      report({
        verdict: "error",
        reason: "Sentry rejected the token (401)",
        findings: [],
        listed: 0,
        deployedAt: null,
        deployedAtSource: null,
        windowEnd: null,
      }),
    );
    expect(markdown.split("\n").slice(0, 3)).toEqual([
      "### 🛑 ERROR: release v2 in production",
      "",
      "Sentry rejected the token (401).",
    ]);
    expect(markdown).not.toContain("| Kind |");
  });
});

describe("the text report", () => {
  it("gives the same facts on plain lines", () => {
    const text = renderText(report());
    expect(text.split("\n").slice(0, 5)).toEqual([
      "FAIL: 1 new issue and 1 regressed issue in release v2 in production since its deploy",
      "  release:     v2",
      "  environment: production",
      "  deployed:    2026-11-25 12:00 UTC (Sentry deploy record)",
      "  window:      10m, until 2026-11-25 12:10 UTC; settled at 2026-11-25 12:10 UTC",
    ]);
    expect(text).toContain(
      "  new          WEB-7  TypeError: Cannot read properties of undefined (reading 'id')",
    );
    expect(text).toContain("42 events, 7 users, first +1m12s after deploy at src/checkout.ts:42");
  });

  it("cannot be used to send terminal escapes", () => {
    const text = renderText(report({ findings: [finding({ title: "\u001b]0;pwned\u0007\u001b[2J" })] }));
    // Every control character but the line breaks between lines.
    expect(text.replace(/\n/g, "")).not.toMatch(/\p{Cc}/u);
  });
});

describe("the findings output", () => {
  it("holds every finding while they fit, and the first ones when they do not", () => {
    const many = Array.from({ length: 50 }, (_, i) => finding({ id: String(i), shortId: `WEB-${i}` }));
    expect(findingsOutput(many)).toEqual({ json: JSON.stringify(many), included: 50, shortened: 0 });
    const cut = findingsOutput(many, 2_000);
    expect(cut.included).toBeGreaterThan(0);
    expect(cut.included).toBeLessThan(50);
    expect(cut.json.length).toBeLessThanOrEqual(2_000);
    expect(JSON.parse(cut.json)).toEqual(many.slice(0, cut.included));
  });

  it("shortens a huge title instead of dropping its finding", () => {
    const findings = [
      finding({ id: "1", title: "x".repeat(1_000_000) }),
      ...Array.from({ length: 3 }, (_, i) => finding({ id: String(i + 2) })),
    ];
    const output = findingsOutput(findings);
    expect(output.included).toBe(4);
    expect(output.shortened).toBe(1);
    const parsed = JSON.parse(output.json) as Array<{ title: string }>;
    expect(parsed).toHaveLength(4);
    expect(parsed[0]?.title.length).toBeLessThanOrEqual(2_000);
    expect(parsed[0]?.title).toMatch(/^x+… \(1,000,000 characters\)$/);
    expect(parsed[1]?.title).toBe(findings[1]?.title);
  });
});

describe("the release's traffic", () => {
  it("is one line after the window, with thousands separators, saying what Sentry could not count", () => {
    expect(renderMarkdown(report()).split("\n")[8]).toBe(
      "Traffic of this release since the rollout began: 12 error events, 1,240 transactions, sessions not known.",
    );
    expect(renderText(report()).split("\n")[5]).toBe(
      "  traffic:     since the rollout began, 12 error events, 1,240 transactions, sessions not known",
    );
  });

  it("counts one of each as one", () => {
    const text = renderText(report({ traffic: { errors: 1, transactions: 1, sessions: 1 } }));
    expect(text).toContain("since the rollout began, 1 error event, 1 transaction, 1 session\n");
  });

  it("is not shown for a scan, an error, or when Sentry could count nothing", () => {
    const unknown = { errors: null, transactions: null, sessions: null };
    const reports = [
      report({ mode: "scan", traffic: unknown }),
      report({ verdict: "error", reason: "Sentry rejected the token (401)", findings: [], listed: 0 }),
      report({ traffic: unknown }),
    ];
    for (const shown of reports) {
      expect(renderMarkdown(shown)).not.toContain("Traffic");
      expect(renderText(shown)).not.toContain("traffic:");
    }
  });
});

describe("the performance table", () => {
  it("folds the transactions and the crash rate under one line, marking findings and insufficient samples", () => {
    const markdown = renderMarkdown(performanceReport());
    expect(markdown).toContain(
      "<details><summary>Performance: 14 transactions and the crash rate; 1 finding, 2 with an insufficient sample</summary>",
    );
    expect(markdown).toContain(
      `| [\`GET /api/checkout\`](${CHECKOUT_PAGE}) | 180 ms → 420 ms | ❌ **38 of 120 over 216 ms (p = 2.1e-9, finding)** | 0.5% → 0.83% (p = 0.41) |`,
    );
    expect(markdown).toContain(
      "| `GET /health` | 50 ms → 52 ms | ⚠️ 0 of 4 over 60 ms (p = 1, insufficient sample) | ⚠️ 0% → 0% (not tested, insufficient sample) |",
    );
    expect(markdown).toContain(
      "| [crash rate vs previous release `v1`](https://acme.sentry.io/releases/v2/) | — | — | crash-free 99.5% → 99.35% (p = 0.37) |",
    );
    expect(markdown).toContain("… and 12 more transactions");
    expect(markdown).toMatch(
      /<sub>Family-wise α 0\.01 over 5 latency, failure-rate and crash-rate tests: a latency finding is a p95 significantly more than 20% above the p95 in the 24h before the deploy, .* 2× the one before\.<\/sub>/,
    );
    // What could not have been seen is a note, under the report, not a clause of the test's line.
    expect(markdown).toContain(
      "**Notes**\n\n- Insufficient sample, not clean: 2 performance checks had too few samples for a finding to be likely.",
    );
    const rendered = githubHtml(markdown);
    const folded = rendered.slice(rendered.indexOf("<details>"), rendered.indexOf("</details>"));
    expect(folded.match(/<tr>/g)).toHaveLength(4);
    for (const row of folded.split("<tr>").slice(2)) expect(row.match(/<td[ >]/g)).toHaveLength(4);
    // What could not be read is never folded away.
    expect(rendered.indexOf("Crash rate of project api: unavailable — ")).toBeGreaterThan(
      rendered.indexOf("</details>"),
    );
  });

  it("gives each signal it could not read a line of its own, and no table when nothing was tested", () => {
    const unavailable = [
      "Latency and failure rate: unavailable — Sentry has no tracing data of project web.",
      "Crash rate: unavailable — no release health.",
    ];
    const nothing = performance({
      transactions: [],
      transactionsOmitted: 0,
      crashRate: null,
      tested: 0,
      insufficientSample: 0,
      unavailable,
    });
    const shown = performanceReport({ performance: nothing });
    const rendered = githubHtml(renderMarkdown(shown));
    expect(rendered).not.toContain("<details>");
    for (const line of unavailable) expect(rendered).toContain(`<p>⚠️ ${line}</p>`);
    expect(renderText(shown)).toContain(`\n\n${unavailable.join("\n")}\n`);
  });

  it("is not there when no performance test ran", () => {
    expect(renderMarkdown(report())).not.toMatch(/<details>|Performance|Transaction/);
    expect(renderText(report())).not.toMatch(/Performance|Transaction/);
  });

  it("is a table of aligned columns in the text report", () => {
    const text = renderText(performanceReport());
    const start = text.indexOf("Performance:");
    expect(text.slice(start).split("\n").slice(0, 7)).toEqual([
      "Performance: 14 transactions and the crash rate; 1 finding, 2 with an insufficient sample:",
      "  Transaction                        p95 before → after  Slower than the threshold                       Failed before → after",
      "  GET /api/checkout                  180 ms → 420 ms     38 of 120 over 216 ms (p = 2.1e-9, finding)     0.5% → 0.83% (p = 0.41)",
      "  GET /health                        50 ms → 52 ms       0 of 4 over 60 ms (p = 1, insufficient sample)  0% → 0% (not tested, insufficient sample)",
      "  crash rate vs previous release v1  —                   —                                               crash-free 99.5% → 99.35% (p = 0.37)",
      "  … and 12 more transactions",
      expect.stringMatching(/^ {2}Family-wise α 0\.01 over 5 latency, failure-rate and crash-rate tests:/),
    ]);
    expect(text).toContain(
      "\nCrash rate of project api: unavailable — it sends no sessions (release health is off).\n",
    );
  });

  it("shows durations and shares in human units, never rounding a share to 0% or 100%", () => {
    const check = transaction({
      latency: latency({
        baselineP95Ms: 4.25,
        p95Ms: 1_250,
        thresholdMs: 75_500,
        samples: 12_000,
        slower: 1_500,
      }),
      failureRate: rate({ before: 1, beforeTotal: 1_000_000, after: 99_999, afterTotal: 100_000 }),
    });
    const markdown = renderMarkdown(
      performanceReport({ performance: performance({ transactions: [check] }) }),
    );
    expect(markdown).toContain(
      "| 4.3 ms → 1.25 s | ❌ **1,500 of 12,000 over 1m16s (p = 2.1e-9, finding)** | < 0.01% → > 99.99% (p = 0.41) |",
    );
  });
});

const HOSTILE_NAMES = [
  "@octocat please look",
  "GET /users/@acme/security-team",
  "<img src=x onerror=alert(1)>",
  "</td></tr></table></details><script>x</script>",
  "[click me](https://evil.example/phish)",
  "GET /a | b | c",
  "`code` ``` fence",
  "line1\nline2\r\n| --- | --- |",
  "a\\|b \\| c\\\\|d \\",
  "<!-- sentry-deploy-verify gate:0000000000000000 -->",
  "https://evil.example www.evil.example fixes #12",
  "\u001b[31mred\u001b[0m \u202eevil",
];

describe("a transaction's name, whatever the SDK sent", () => {
  it.each(HOSTILE_NAMES)("%j shows verbatim as code, in its own cell, linking nowhere", (name) => {
    const shown = performanceReport({
      findings: [
        finding(),
        latencyFinding({ id: name, shortId: name, title: `${name} is slower`, permalink: "" }),
      ],
      performance: performance({ transactions: [transaction({ transaction: name, permalink: null })] }),
    });
    const markdown = renderMarkdown(shown);
    expect(markdown).not.toContain("<!--");
    const rendered = githubHtml(markdown);
    expect(rendered).not.toMatch(/<(img|script|iframe)\b/i);
    expect(rendered.match(/<details>/g)).toHaveLength(1);
    expect(rendered.match(/<\/details>/g)).toHaveLength(1);
    for (const [, href] of rendered.matchAll(/<a href="([^"]*)"/g)) {
      expect(href).toMatch(/^https:\/\/acme\.sentry\.io\/(issues\/101\/|releases\/v2\/)$/);
    }
    const tables = rendered.split("<table>").slice(1);
    expect(tables).toHaveLength(3);
    const cells = (table: string) =>
      table
        .split("<tr>")
        .slice(2)
        .map((row) => row.match(/<td[ >]/g)?.length);
    expect(cells(tables[1] ?? "")).toEqual([7, 7]);
    expect(cells(tables[2] ?? "")).toEqual([4, 4]);
    // Once in the findings, once in the performance table: the same characters, as code, where
    // GitHub neither mentions nor links.
    const codes = [...rendered.matchAll(/<code>(.*?)<\/code>/gs)].map(([, code]) =>
      visibleText(code ?? "").replace(/\u200b/g, ""),
    );
    expect(codes.filter((code) => code === plainLine(name))).toHaveLength(2);
    const prose = visibleText(rendered.replace(/<code>.*?<\/code>/gs, ""));
    expect(prose).not.toMatch(/@[A-Za-z0-9]|#[0-9]|https?:\/\/(?!acme\.sentry\.io)|www\./i);

    const text = renderText(shown);
    expect(text.replace(/\n/g, "")).not.toMatch(/[\p{Cc}\u202e]/u);
    // The finding's line (its name, then its title) and its row in the performance table.
    expect(text.split("\n").filter((line) => line.includes(plainLine(name, 60)))).toHaveLength(2);
  });
});

describe("a finding about a transaction or the release", () => {
  const failing = latencyFinding({
    kind: "failure-rate",
    title: "GET /api/checkout fails more often: 6% of its requests since the deploy, 0.5% before",
    latency: null,
    rate: rate({ after: 36, afterTotal: 600, ratio: 12, pValue: 3e-7, finding: true }),
  });
  const crashing = latencyFinding({
    kind: "crash-rate",
    subject: "release",
    id: "v2",
    shortId: "v2",
    title: "Release v2 crashes more often: 2% of its sessions, 0.5% of v1's",
    events: 310,
    permalink: "",
    latency: null,
    rate: rate({
      before: 9,
      beforeTotal: 1_800,
      after: 6,
      afterTotal: 310,
      ratio: 3.9,
      pValue: 0.0004,
      finding: true,
    }),
  });
  const findings = [finding(), latencyFinding(), failing, crashing];

  it("names it as code, linked when it has a page, with its test's evidence and no users, time or place", () => {
    const markdown = renderMarkdown(performanceReport({ findings, listed: findings.length }));
    expect(markdown).toContain(
      "| Kind | Issue / transaction | Title | Events | Users | After deploy | Where |",
    );
    expect(markdown).toContain(
      `| latency<br><sub>p95 180 ms → 420 ms; 38 of 120 over 216 ms (p = 2.1e-9)</sub> | [\`GET /api/checkout\`](${CHECKOUT_PAGE}) | GET /api/checkout is slower: p95 420 ms since the deploy, 180 ms before | 120 | — | — | — |`,
    );
    expect(markdown).toContain(
      `| failure rate<br><sub>failed 0.5% → 6% (×12, p = 3.0e-7)</sub> | [\`GET /api/checkout\`](${CHECKOUT_PAGE}) |`,
    );
    expect(markdown).toContain(
      "| crash rate<br><sub>crashed 0.5% → 1.94% (×3.9, p = 4.0e-4)</sub> | `v2` | Release v2 crashes more often: 2% of its sessions, 0.5% of v1's | 310 | — | — | — |",
    );
    expect(markdown).not.toMatch(/null|\]\(\)|performance issue/);
    // An issue-only table keeps its heading.
    expect(renderMarkdown(report())).toContain("| Kind | Issue | Title |");
  });

  it("shows a dash for its first seen in a scan", () => {
    const markdown = renderMarkdown(performanceReport({ mode: "scan", findings: [crashing], listed: 1 }));
    expect(markdown).toContain(
      "| Kind | Issue / transaction | Title | Events | Users | First seen (or came back) | Where |",
    );
    expect(markdown).toContain("| 310 | — | — | — |");
  });

  it("gives its evidence instead of users and a place in the text report", () => {
    const text = renderText(performanceReport({ findings, listed: findings.length }));
    expect(text).toContain(
      [
        "  latency      GET /api/checkout  GET /api/checkout is slower: p95 420 ms since the deploy, 180 ms before",
        "               p95 180 ms → 420 ms; 38 of 120 over 216 ms (p = 2.1e-9)",
        `               ${CHECKOUT_PAGE}`,
        "  failure rate GET /api/checkout  GET /api/checkout fails more often: 6% of its requests since the deploy, 0.5% before",
        "               failed 0.5% → 6% (×12, p = 3.0e-7)",
        `               ${CHECKOUT_PAGE}`,
        "  crash rate   v2  Release v2 crashes more often: 2% of its sessions, 0.5% of v1's",
        "               crashed 0.5% → 1.94% (×3.9, p = 4.0e-4)",
        "",
      ].join("\n"),
    );
    expect(text).not.toMatch(/null|0 users/);
  });

  it("is in the findings output with the spec's fields and its subject", () => {
    const output = JSON.parse(findingsOutput(findings).json) as Record<string, unknown>[];
    expect(output.map((f) => [f.kind, f.subject, f.shortId])).toEqual([
      ["new", "issue", "WEB-7"],
      ["latency", "transaction", CHECKOUT],
      ["failure-rate", "transaction", CHECKOUT],
      ["crash-rate", "release", "v2"],
    ]);
    const fields = [
      "kind",
      "id",
      "shortId",
      "title",
      "project",
      "events",
      "users",
      "firstSeen",
      "permalink",
      "culprit",
    ];
    for (const f of output) expect(Object.keys(f)).toEqual(expect.arrayContaining(fields));
  });
});

describe("the MCP tools' output schema", () => {
  it("accepts a report with traffic and performance tests, and a scan with neither", () => {
    expect(reportSchema.safeParse(performanceReport()).error).toBeUndefined();
    const unknown = { errors: null, transactions: null, sessions: null };
    expect(reportSchema.safeParse(report({ mode: "scan", traffic: unknown })).error).toBeUndefined();
  });

  it("holds a count of every finding kind, each finding's subject, and the traffic", () => {
    const full = performanceReport();
    const { latency: _, ...counts } = full.counts;
    expect(reportSchema.safeParse({ ...full, counts }).success).toBe(false);
    const strange = { ...latencyFinding(), subject: "span" };
    expect(reportSchema.safeParse({ ...full, findings: [strange] }).success).toBe(false);
    const { traffic: __, ...untrafficked } = full;
    expect(reportSchema.safeParse(untrafficked).success).toBe(false);
  });
});

describe("the wording (issue #15)", () => {
  const spikeTest = {
    method: "exact conditional binomial",
    alpha: 0.01,
    minRatio: 2,
    minEvents: 10,
    baseline: "24h",
    candidates: 1,
    tested: 5,
    insufficientSample: 2,
    insufficientExamples: ["WEB-3", "API-1"],
    untested: [],
  };

  it("counts one as one and more as more, in the text report and the footer", () => {
    const one = finding({ events: 1, users: 1 });
    const text = renderText(report({ findings: [one], listed: 1 }));
    expect(text).toContain("1 event, 1 user, first +1m12s after deploy");
    expect(text).not.toMatch(/\(s\)/);
    const markdown = renderMarkdown(report({ polls: 1 }));
    expect(markdown).toContain("· evaluated 2026-11-25 12:03 UTC after 1 poll</sub>");
    expect(renderMarkdown(report({ polls: 3 }))).toContain("after 3 polls</sub>");
  });

  it("does not speak of polls in a scan, and says when a regressed issue came back", () => {
    const scan = report({
      mode: "scan",
      polls: 1,
      findings: [
        finding(),
        finding({ kind: "regressed", id: "102", shortId: "WEB-3", firstSeen: "2026-11-25T11:40:00.000Z" }),
      ],
    });
    const markdown = renderMarkdown(scan);
    expect(markdown).toContain("· evaluated 2026-11-25 12:03 UTC</sub>");
    expect(markdown).toContain("| First seen (or came back) |");
    expect(markdown).toContain("| 42 | 7 | 2026-11-25 12:01 UTC |");
    expect(markdown).toContain("| 42 | 7 | came back 2026-11-25 11:40 UTC |");
    const text = renderText(scan);
    expect(text).toContain("42 events, 7 users, first seen 2026-11-25 12:01 UTC");
    expect(text).toContain("42 events, 7 users, came back 2026-11-25 11:40 UTC");
  });

  it("keeps the spike test's line to what it tested, and its insufficient sample for the notes", () => {
    const markdown = renderMarkdown(report({ spikeTest, notes: ["Sentry knows no deploy of v2."] }));
    expect(markdown).toContain(
      "<sub>Spike test: 1 existing issue with at least 10 events since the rollout began was tested against a rate over 2× its last 24h, at a family-wise α of 0.01 over the 5 issues whose counts could reach significance.</sub>",
    );
    const notes = markdown.slice(markdown.indexOf("**Notes**"));
    expect(notes).toMatch(
      /^\*\*Notes\*\*\n\n- Insufficient sample, not clean: 2 issues \(among those and the busiest others\) had too few events for a 3× jump to show within 10m: WEB-3, API-1\.\n- Sentry knows no deploy of v2\.\n/,
    );
    expect(renderText(report({ spikeTest }))).toContain("\nNote: Insufficient sample, not clean: 2 issues");
  });

  it("links the pull request a fix was claimed in, without a zero-width space", () => {
    const fix = {
      shortId: "WEB-8",
      status: "confirmed" as const,
      events: 0,
      detail: "No event of release v2 since the deploy; it had 48 events in the 24h before.",
      claimedIn: ["pull request #42", "commit 1a2b3c4"],
      title: null,
      permalink: null,
      eventsBefore: 48,
    };
    const shown = report({ fixes: [fix] });
    expect(renderMarkdown(shown, { repositoryUrl: "https://github.com/o/r" })).toContain(
      "| [pull\u00a0request\u00a0#42](https://github.com/o/r/pull/42), [commit\u00a01a2b3c4](https://github.com/o/r/commit/1a2b3c4) |",
    );
    // Without the repository's address, GitHub links the reference itself: no zero-width space stops it.
    expect(renderMarkdown(shown)).toContain("| pull request #42, commit 1a2b3c4 |");
  });

  it("shows a permission to grant as code, with one full stop", () => {
    const markdown = renderMarkdown(report(), {
      repositoryUrl: "https://github.com/o/r",
      posted: {
        text: "No pull request comment: GitHub refused to comment on pull request #42 (Forbidden): give the job `permissions: pull-requests: write`.",
      },
    });
    expect(markdown).toContain(
      "> No pull request comment: GitHub refused to comment on [pull\u00a0request\u00a0#42](https://github.com/o/r/pull/42) (Forbidden): give the job `permissions: pull-requests: write`.\n",
    );
    expect(visibleText(githubHtml(markdown))).not.toContain("`");
  });
});
