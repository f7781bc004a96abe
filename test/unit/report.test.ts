import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/engine/report.js";
import { findingsOutput } from "../../src/report/findings-output.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    kind: "new",
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
    counts: { new: 1, regressed: 1, spike: 0, unfixed: 0 },
    findings,
    fixes: [],
    spikeTest: null,
    listed: findings.length,
    omitted: 0,
    timeline: null,
    notes: [],
    ...overrides,
  };
}

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe("the markdown report", () => {
  it("puts the verdict first, then release, environment, deploy time and window", () => {
    const lines = renderMarkdown(report()).split("\n");
    expect(lines[0]).toBe(
      "### ❌ FAIL: 1 new issue and 1 regressed issue in release v2 in production since its deploy",
    );
    expect(lines[4]).toBe(
      "| `v2` | production | 2026-11-25 12:00:00 UTC (Sentry deploy record) | 10m, until 2026-11-25 12:10:00 UTC; settled at 2026-11-25 12:10:30 UTC |",
    );
  });

  it("lists each finding with kind, linked short ID, title, counts, time after deploy and where", () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain(
      "| new | [WEB-7](https://acme.sentry.io/issues/101/) | TypeError: Cannot read properties of undefined (reading 'id') | 42 | 7 | +1m12s | src/checkout.ts:42 |",
    );
    // Without a looked-up frame, the culprit says where.
    expect(markdown).toContain("| regressed | [WEB-3](https://acme.sentry.io/issues/101/) |");
    expect(markdown).toContain("| app/checkout in submit |");
    const rendered = html(markdown);
    expect(rendered.match(/<tr>/g)).toHaveLength(5);
    expect(rendered).toContain('<a href="https://acme.sentry.io/issues/101/">WEB-7</a>');
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
    expect(markdown.split("\n")[0]).toBe("### 🛑 ERROR: Sentry rejected the token (401)");
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
      "  deployed:    2026-11-25 12:00:00 UTC (Sentry deploy record)",
      "  window:      10m, until 2026-11-25 12:10:00 UTC; settled at 2026-11-25 12:10:30 UTC",
    ]);
    expect(text).toContain(
      "  new       WEB-7  TypeError: Cannot read properties of undefined (reading 'id')",
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
