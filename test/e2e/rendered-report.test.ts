// What a reader sees of the job summary on GitHub: the bundled action's summary of the regression
// scenario (with a token that may not write, so the permission warning shows), rendered as
// GitHub-flavoured markdown into a page as wide as GitHub's, Mermaid run on its chart, in headless
// Chromium. Asserted with the DOM; a screenshot is kept in test/.figures/ for a person to look at.
// Skipped when /usr/bin/chromium is absent (.ci/run installs it).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { afterAll, describe, expect, it } from "vitest";
import { regressionScenario } from "../../src/simulator/index.js";
import { MERGE_SHA, pushEvent, REPO } from "../fixtures/events/index.js";
import {
  deployedPullRequest,
  READ_ONLY,
  startFakeGitHub,
  WORKFLOW_TOKEN,
  workflowToken,
} from "../support/fake-github/index.js";
import { runAction } from "../support/run-action.js";
import { inputsFor, simulate } from "../support/simulated.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`rendered-report: skipped, ${CHROMIUM} is absent (apt-get install chromium to run it).`);

const FIGURES = fileURLToPath(new URL("../.figures/", import.meta.url));
const require = createRequire(import.meta.url);

// GitHub's markdown body: 780 px of content in a pull request's conversation column.
const CSS = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 812px; padding: 16px; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 1.5; word-wrap: break-word; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto;
  border-spacing: 0; border-collapse: collapse; margin: 0 0 16px; }
.markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body code { padding: .2em .4em; font-size: 85%; white-space: break-spaces;
  background: rgba(129,139,152,.12); border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body sub { font-size: 75%; }
.markdown-body a { color: #0969da; text-decoration: none; }
`;

/** GitHub's HTML for the markdown, with the mermaid fences as Mermaid's own elements. */
function html(markdown: string): string {
  const body = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  }).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, chart: string) => `<pre class="mermaid">${chart}</pre>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head>
<body><article class="markdown-body">${body}</article>
<script src="/mermaid.min.js"></script>
<script>mermaid.initialize({ startOnLoad: false, theme: "default" });</script></body></html>`;
}

/** The page and Mermaid's script, from this machine only. */
async function serve(page: string): Promise<{ server: Server; url: string }> {
  const mermaid = readFileSync(join(require.resolve("mermaid/package.json"), "..", "dist", "mermaid.min.js"));
  const server = createServer((request, response) => {
    if (request.url === "/mermaid.min.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(mermaid);
    } else {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** The regression scenario's job summary, from the bundled action, its comment refused for want of a permission. */
async function regressionSummary(): Promise<string> {
  const scenario = regressionScenario();
  const fake = await startFakeGitHub({
    repos: deployedPullRequest({
      tree: ["README.md", "src/checkout/cart.ts", "src/checkout/price.ts", "src/auth/session.ts"],
      files: [{ filename: "src/checkout/cart.ts", additions: 4, deletions: 2 }],
      comments: [],
      body: scenario.pullRequestBody,
      private: false,
    }),
    tokens: { [WORKFLOW_TOKEN]: workflowToken(READ_ONLY) },
  });
  try {
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: { ...inputsFor(scenario, simulator), "github-token": WORKFLOW_TOKEN },
      eventName: "push",
      event: pushEvent({ sha: MERGE_SHA }),
      sha: MERGE_SHA,
      env: {
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: REPO,
        GITHUB_RUN_ID: "4242",
      },
    });
    return run.summary;
  } finally {
    await fake.close();
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(!available)("the job summary as GitHub shows it (headless Chromium)", () => {
  it("reads well: a one-line heading, unbroken short IDs, a rendered warning and a chart with whole ticks", async () => {
    const { chromium } = await import("playwright-core");
    const markdown = await regressionSummary();
    mkdirSync(FIGURES, { recursive: true });
    writeFileSync(join(FIGURES, "rendered-report.md"), markdown);
    const { server, url } = await serve(html(markdown));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const profile = mkdtempSync(join(tmpdir(), "rendered-report-"));
    cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
    // A fresh profile, thrown away afterwards: nothing of another run, nothing fetched at start.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 860, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(url);
    await page.evaluate(async () => {
      const { mermaid } = globalThis as unknown as { mermaid: MermaidApi };
      await mermaid.run({ querySelector: ".mermaid" });
    });
    expect(problems, "the page's errors").toEqual([]);
    await page.screenshot({ path: join(FIGURES, "rendered-report.png"), fullPage: true });

    const facts = (await page.evaluate(MEASURE)) as Facts;
    console.log(JSON.stringify({ ...facts, text: undefined }, null, 2));

    // The heading: one line, with the short SHA (the table has the full one).
    expect(facts.heading.text).toMatch(/^\S+ FAIL: release 3f2c9a1 in production$/);
    expect(facts.heading.height).toBeLessThan(facts.heading.lineHeight * 1.5);
    expect(facts.releaseCell).toBe("3f2c9a1e7b6d5c4a3b2e1f0d9c8b7a6f5e4d3c21");
    // Short IDs, in the findings and the claimed fixes, each on one line.
    expect(facts.ids.length).toBeGreaterThan(5);
    for (const id of facts.ids) expect(id, id.text).toMatchObject({ lines: 1 });
    // "pull request #42" is a link to it, as GitHub would make it, without a zero-width space.
    expect(facts.pullRequestLinks).toContain(`https://github.com/${REPO}/pull/42`);
    expect(facts.text).not.toMatch(/#\u200b42/);
    // The warning about the permission: code, not backticks; one full stop.
    expect(facts.warning).toMatch(
      /^No pull request comment: GitHub refused to comment on pull\srequest\s#42 /,
    );
    expect(facts.warning).toMatch(/permissions: pull-requests: write/);
    expect(facts.warningCode).toContain("permissions: pull-requests: write");
    expect(facts.warning).not.toContain("`");
    expect(facts.warning).not.toMatch(/\.\.$/);
    // The chart: whole-number ticks, the deploy labelled and coloured apart, no label over another.
    expect(facts.svg).toBe(true);
    expect(facts.yTicks.length).toBeGreaterThan(2);
    for (const tick of facts.yTicks) expect(tick).toMatch(/^\d+$/);
    expect(facts.xLabels).toContain("deploy");
    expect(facts.barColours).toHaveLength(2);
    expect(facts.overlaps).toBe(0);
  }, 120_000);
});

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  run(options: { querySelector: string }): Promise<void>;
}

interface Facts {
  heading: { text: string; height: number; lineHeight: number };
  releaseCell: string;
  ids: { text: string; lines: number }[];
  pullRequestLinks: string[];
  text: string;
  warning: string;
  warningCode: string[];
  svg: boolean;
  yTicks: string[];
  xLabels: string[];
  overlaps: number;
  barColours: string[];
}

// Run in the page (a string: this project's TypeScript has no DOM types).
const MEASURE = `(() => {
  const body = document.querySelector(".markdown-body");
  const heading = document.querySelector("h3");
  const tables = [...document.querySelectorAll("table")];
  const header = (table) => [...table.rows[0].cells].map((cell) => cell.textContent.trim());
  const release = tables.find((table) => header(table)[0] === "Release");
  // The short IDs: links whose text is a Sentry short ID, in the findings and the claimed fixes.
  const ids = tables
    .flatMap((table) => [...table.querySelectorAll("td a")])
    .filter((link) => /^[A-Z0-9]+-\u2060?[A-Z0-9]+$/.test(link.textContent))
    .map((link) => ({ text: link.textContent, lines: link.getClientRects().length }));
  const quote = [...document.querySelectorAll("blockquote")].map((q) => q.textContent.trim()).find((t) => t.startsWith("No pull request comment"));
  const warningCode = [...document.querySelectorAll("blockquote code")].map((c) => c.textContent);
  const svg = document.querySelector(".mermaid svg");
  const yTicks = svg ? [...svg.querySelectorAll(".left-axis .label text")].map((t) => t.textContent.trim()) : [];
  const xTexts = svg ? [...svg.querySelectorAll(".bottom-axis .label text")] : [];
  const shown = xTexts.filter((t) => t.textContent.replace(/\\u200b/g, "").trim() !== "");
  const boxes = shown.map((t) => t.getBoundingClientRect());
  let overlaps = 0;
  for (let i = 1; i < boxes.length; i++) if (boxes[i].left < boxes[i - 1].right - 0.5) overlaps++;
  const barColours = svg ? [...new Set([...svg.querySelectorAll(".plot rect")].map((r) => r.getAttribute("fill")))] : [];
  return {
    heading: { text: heading.textContent, height: heading.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(heading).lineHeight) },
    releaseCell: release ? release.rows[1].cells[0].textContent.trim() : "",
    ids,
    pullRequestLinks: [...document.querySelectorAll("a")].filter((a) => /pull\\srequest\\s#42/.test(a.textContent)).map((a) => a.href),
    text: body.textContent,
    warning: quote ?? "",
    warningCode,
    svg: svg !== null,
    yTicks,
    xLabels: shown.map((t) => t.textContent.trim()),
    overlaps,
    barColours,
  };
})()`;
