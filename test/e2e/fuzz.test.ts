// The bundled action against a Sentry whose answers are bent one at a time (test/support/fuzz-proxy.ts,
// seeded): every run ends by its deadline with a verdict or one clear error line, never a crash, a hang
// or the token anywhere, and in bounded memory (the action runs with a small heap). Quick inside
// `npm test` (3 runs a family); `npm run fuzz` runs FUZZ_RUNS of them and prints the outcomes by family.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regressionScenario, type Scenario, type Simulator } from "../../src/simulator/index.js";
import {
  FAMILIES,
  type Family,
  type Plan,
  planRun,
  startFuzzProxy,
  VARIANTS,
} from "../support/fuzz-proxy.js";
import { type ActionRun, runAction } from "../support/run-action.js";
import { inputsFor, simulate } from "../support/simulated.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? FAMILIES.length * 3);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
/** The action's heap: a run that holds what it pages through would die of it. */
const HEAP_MB = 160;

/**
 * The deploy was 12 minutes ago, so the window is over and the action decides at once; a short window
 * keeps the deadline near (and a run whose deploy record is set aside watches from its own start).
 */
const INPUTS = { window: "30s", settle: "5s", "poll-interval": "30s" };
/** The run's deadline: window + settle + 2 minutes after its start. */
const DEADLINE_MS = (30 + 5 + 2 * 60) * 1_000;
/** A run still going this long after its start has missed its deadline: it is stopped, and counted as hung. */
const HANG_MS = DEADLINE_MS + 15_000;
/** Peak resident memory of any run (the heap alone is held to HEAP_MB). */
const MAX_RSS_MB = 512;
/** "One clear error line": one line, short enough to read. */
const MAX_ERROR_LINE = 500;

// In the quick run, the variants that found bugs before (issue 12) come first, so that each is run.
const QUICK: Partial<Record<Family, readonly string[]>> = {
  "endless-pagination": ["fresh-cursors", "same-cursor", "empty-pages"],
  "absurd-number": ["digits-400", "raw-400", "digits-1e16"],
  "huge-string": ["1mb-title", "5mb-any", "1mb-multibyte"],
  "deep-nesting": ["5000-value", "100000-body", "600-value"],
  "foreign-link": ["user-pass", "attacker", "javascript"],
  status: ["304-no-location", "429-reset-far", "503"],
  stall: ["after-headers", "mid-body", "before-headers"],
  reset: ["after-headers", "mid-body", "before-headers"],
  truncated: ["cut-complete", "empty", "cut-declared"],
  "odd-date": ["epoch", "feb-30", "year-9999"],
  "token-echo": ["in-title", "in-error-detail", "in-link-cursor"],
};

interface Outcome {
  plan: Plan | null;
  run: ActionRun;
  applied: string | null;
  requests: number;
  chainPages: number;
  /** The action's peak resident memory, MB; null when it was not measured (a run killed). */
  peakRssMb: number | null;
}

const PEAK_RSS = join(import.meta.dirname, "../support/peak-rss.cjs");

async function fuzzRun(scenario: Scenario, simulator: Simulator, plan: Plan | null): Promise<Outcome> {
  const proxy = await startFuzzProxy({ target: simulator.url, plan });
  const dir = mkdtempSync(join(tmpdir(), "sdv-fuzz-"));
  const rssFile = join(dir, "peak-rss");
  try {
    const run = await runAction({
      inputs: { ...inputsFor(scenario, simulator), ...INPUTS, url: proxy.url },
      env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB} --require ${PEAK_RSS}`, PEAK_RSS_FILE: rssFile },
      timeoutMs: HANG_MS,
    });
    const applied = proxy.applied ? `${proxy.applied.path}: ${proxy.applied.what}` : null;
    const peakRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : null;
    return { plan, run, applied, requests: proxy.requests, chainPages: proxy.chainPages, peakRssMb };
  } finally {
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything a user could see, without the runner's own add-mask command that carries the secret to it. */
function visible(run: ActionRun): string {
  const stdout = run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.report)].join(
    "\n",
  );
}

const VERDICTS = new Set(["pass", "fail", "inconclusive", "error"]);

/** What is wrong with a run, if anything. */
function problemsOf({ run, peakRssMb }: Outcome, token: string): string[] {
  const problems: string[] = [];
  if (run.exitCode === null) return [`hung: killed after ${HANG_MS / 1000} s`];
  if (peakRssMb !== null && peakRssMb > MAX_RSS_MB) problems.push(`peak memory ${Math.round(peakRssMb)} MB`);
  if (run.durationMs > DEADLINE_MS)
    problems.push(`ended ${run.durationMs} ms after its start, past its deadline`);
  const verdict = run.outputs.verdict ?? "";
  if (!VERDICTS.has(verdict)) problems.push(`no verdict (exit ${run.exitCode})`);
  const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error::"));
  if (verdict === "error") {
    if (errors.length !== 1) problems.push(`${errors.length} error lines`);
    const line = errors[0] ?? "";
    if (line.includes("%0A") || line.includes("%0D"))
      problems.push(`a multi-line error: ${line.slice(0, 200)}`);
    if (line.length > MAX_ERROR_LINE)
      problems.push(`an error line of ${line.length} characters: ${line.slice(0, 200)}…`);
  }
  if (run.stderr !== "") problems.push(`stderr: ${run.stderr.slice(0, 300)}`);
  if (/^\s+at \S.*:\d+:\d+\)?$/m.test(run.stdout)) problems.push("a stack trace on stdout");
  const seen = visible(run);
  if (seen.includes(token) || seen.includes(token.slice(7, 30)) || seen.includes(encodeURIComponent(token)))
    problems.push("the token is visible");
  if (run.report === null) problems.push("no report file");
  else if (verdict !== "error") {
    // The findings output holds every finding (none dropped for a long title).
    const findings = run.report.findings as unknown[];
    const output = JSON.parse(run.outputs.findings ?? "null") as unknown[] | null;
    if (!Array.isArray(output) || output.length !== findings.length)
      problems.push(`the findings output holds ${output?.length} of ${findings.length} findings`);
  }
  return problems;
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

function plans(answers: number): Plan[] {
  return Array.from({ length: RUNS }, (_, i) => {
    const family = FAMILIES[i % FAMILIES.length] as Family;
    const round = Math.floor(i / FAMILIES.length);
    const plan = planRun(FIRST_SEED + i, family, answers);
    const quick = QUICK[family]?.[round];
    return quick !== undefined && RUNS <= FAMILIES.length * 3 ? { ...plan, variant: quick } : plan;
  });
}

/** One run in a line or two: the plan, what was bent, the outcome, and why. */
function describeRun({ plan, run, applied, requests, chainPages }: Outcome): string {
  const error = run.stdout.split("\n").find((line) => line.startsWith("::error::"));
  const notes = (run.report?.notes as string[] | undefined)?.filter((note) => !note.startsWith("Spike test"));
  return [
    `seed ${plan?.seed} ${plan?.family}/${plan?.variant} target ${plan?.target} → ${applied ?? "not applied"}`,
    `  ${run.outputs.verdict} in ${(run.durationMs / 1000).toFixed(1)} s, ${requests} requests${chainPages ? ` (${chainPages} along the list)` : ""}${error ? `: ${error.slice(0, 300)}` : ""}`,
    ...(notes ?? []).map((note) => `  note: ${note.slice(0, 300)}`),
  ].join("\n");
}

/** The outcomes by family, and the error messages' first words, for the closing note. */
function table(outcomes: readonly Outcome[], baseline: string, wallMs: number): string {
  const rows = FAMILIES.map((family) => {
    const mine = outcomes.filter((o) => o.plan?.family === family);
    const count = (verdict: string) => mine.filter((o) => o.run.outputs.verdict === verdict).length;
    const same = mine.filter((o) => o.run.outputs.verdict === baseline).length;
    const applied = mine.filter((o) => o.applied !== null).length;
    const slowest = Math.max(0, ...mine.map((o) => o.run.durationMs));
    const memory = Math.max(0, ...mine.map((o) => o.peakRssMb ?? 0));
    return `| ${family} | ${mine.length} | ${applied} | ${count("pass")} | ${count("fail")} | ${count("inconclusive")} | ${count("error")} | ${same} | ${(slowest / 1000).toFixed(1)} s | ${Math.round(memory)} MB |`;
  });
  const errors = new Map<string, number>();
  for (const o of outcomes) {
    const line = o.run.stdout.split("\n").find((l) => l.startsWith("::error::ERROR: "));
    if (!line) continue;
    const kind = line
      .slice("::error::ERROR: ".length)
      .replace(/https?:\/\/\S+/g, "…")
      .replace(/\d+/g, "N")
      .slice(0, 70);
    errors.set(kind, (errors.get(kind) ?? 0) + 1);
  }
  return [
    `${outcomes.length} runs in ${(wallMs / 1000).toFixed(1)} s (${CONCURRENCY} at a time), seeds ${FIRST_SEED}–${FIRST_SEED + outcomes.length - 1}; unmutated verdict: ${baseline}`,
    "",
    "| family | runs | applied | pass | fail | inconclusive | error | same as unmutated | slowest | peak RSS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "errors, by their first words:",
    ...[...errors].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `  ${String(n).padStart(4)}  ${kind}`),
  ].join("\n");
}

describe("the bundled action against a Sentry that answers anything", () => {
  it(
    `ends each of ${RUNS} seeded runs by its deadline with a verdict or one clear error, no crash, no hang, no token`,
    async () => {
      const scenario = regressionScenario();
      const simulator = await simulate(scenario, { rateLimit: false });

      const baseline = await fuzzRun(scenario, simulator, null);
      expect(problemsOf(baseline, scenario.token)).toEqual([]);
      expect(baseline.run.outputs.verdict).toBe(scenario.expected.verdict);

      const started = Date.now();
      const outcomes = await pool(plans(baseline.requests), CONCURRENCY, (plan) =>
        fuzzRun(scenario, simulator, plan),
      );
      const wallMs = Date.now() - started;
      console.log(table(outcomes, baseline.run.outputs.verdict ?? "", wallMs));
      if (process.env.FUZZ_VERBOSE) for (const outcome of outcomes) console.log(describeRun(outcome));

      const problems = outcomes.flatMap((outcome) =>
        problemsOf(outcome, scenario.token).map(
          (problem) =>
            `seed ${outcome.plan?.seed} ${outcome.plan?.family}/${outcome.plan?.variant} (${outcome.applied ?? "not applied"}): ${problem}`,
        ),
      );
      expect(problems).toEqual([]);

      // Endless pagination: read to the limit (or stopped at the repeat, or where the list had given
      // enough) and no further, then an error, or the failure a poll had already found.
      for (const o of outcomes.filter((o) => o.plan?.family === "endless-pagination" && o.applied)) {
        expect(o.chainPages).toBeLessThanOrEqual(1_000);
        expect(["error", "fail"]).toContain(o.run.outputs.verdict);
      }
      // Every family bent at least one answer.
      const bent = new Set(outcomes.filter((o) => o.applied).map((o) => o.plan?.family));
      if (RUNS >= FAMILIES.length * 3) expect(FAMILIES.filter((f) => !bent.has(f))).toEqual([]);
      expect(Object.keys(VARIANTS)).toEqual([...FAMILIES]);
    },
    Math.max(240_000, (RUNS * 15_000) / CONCURRENCY + 120_000),
  );
});
