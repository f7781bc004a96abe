// The progress line on a terminal: it fits the terminal's width less one column at every width, so
// that a redraw (carriage return, erase line) leaves no stale copy of a wrapped line behind.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type LineState, progressLine, terminalProgress } from "../../src/cli/progress.js";

const RELEASE = "3f2c9a1e7b6d5c4a3b2e1f0d9c8b7a6f5e4d3c21";
const counts = { new: 2, regressed: 1, spike: 0, unfixed: 0, latency: 0, "failure-rate": 0, "crash-rate": 0 };
const polling: LineState = { release: RELEASE, leftMs: 599_000, last: { poll: 12, counts } };
const failing: LineState = { ...polling, last: { poll: 12, counts, error: "network error: ECONNRESET" } };
const width = (line: string) => [...line].length;

describe("progressLine", () => {
  it("says everything when the terminal is wide enough", () => {
    expect(progressLine(polling, 120)).toBe(
      "Watching 3f2c9a1e7b6d: 9m59s left · 12 polls · 2 new, 1 regressed",
    );
    expect(progressLine(failing, 120)).toBe(
      "Watching 3f2c9a1e7b6d: 9m59s left · 12 polls · 2 new, 1 regressed · last poll failed; trying again",
    );
    expect(progressLine({ release: RELEASE, leftMs: 600_000, last: null }, 120)).toBe(
      "Watching 3f2c9a1e7b6d: 10m left · 0 polls · no poll yet",
    );
  });

  it("at 80 columns, a failed poll still fits in 79, and still says it failed", () => {
    const line = progressLine(failing, 80);
    expect(width(line)).toBeLessThanOrEqual(79);
    expect(line).toBe("3f2c9a1: 9m59s left · 2 new, 1 regressed · poll failed, retrying");
    expect(progressLine(polling, 80)).toBe(
      "Watching 3f2c9a1e7b6d: 9m59s left · 12 polls · 2 new, 1 regressed",
    );
  });

  it("at 50 columns, the normal line drops what matters least", () => {
    expect(progressLine(polling, 50)).toBe("3f2c9a1: 9m59s left · 2 new, 1 regressed");
    expect(progressLine(failing, 50)).toBe("9m59s left · 2 new, 1 regressed · retrying");
    for (const state of [polling, failing]) expect(width(progressLine(state, 50))).toBeLessThanOrEqual(49);
  });

  it("is cut with an ellipsis on a very narrow terminal, and never wider than columns − 1", () => {
    expect(progressLine(polling, 20)).toBe("9m59s left · 2 new…");
    for (let columns = 1; columns <= 130; columns++) {
      for (const state of [polling, failing])
        expect(width(progressLine(state, columns))).toBeLessThanOrEqual(Math.max(1, columns - 1));
    }
  });

  it("takes 80 columns when the terminal says none, and prints no control character of a release", () => {
    expect(progressLine(failing, 0)).toBe(progressLine(failing, 80));
    expect(progressLine(failing, undefined)).toBe(progressLine(failing, 80));
    expect(progressLine({ ...polling, release: "v1\x1b[2J\r\n" }, 120)).toMatch(/^Watching v1\?\[2J\?\?: /);
  });
});

/** A terminal as terminalProgress sees one: isTTY, columns, resize events, what was written. */
class FakeTerminal extends EventEmitter {
  readonly isTTY = true;
  written = "";
  constructor(public columns: number) {
    super();
  }
  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }
  /** Each drawing: what follows a return to the line's start and an erase of it. */
  lines(): string[] {
    return this.written.split("\r\x1b[2K").slice(1);
  }
}

const watch = { windowEnd: new Date(Date.now() + 500_000), settledAt: new Date(Date.now() + 530_000) };
const deploy = { at: new Date(), rolloutStart: new Date(), source: "explicit" } as never;

describe("terminalProgress", () => {
  it("clears and redraws the line fitted to the terminal, and again to its new width when resized", () => {
    const terminal = new FakeTerminal(80);
    const progress = terminalProgress(terminal as unknown as NodeJS.WriteStream, RELEASE);
    progress.onDeployTime(deploy, watch, []);
    progress.onProgress({
      poll: 1,
      evaluatedAt: new Date(),
      windowEnd: watch.windowEnd,
      final: false,
      counts,
    });
    progress.onProgress({
      poll: 1,
      evaluatedAt: new Date(),
      windowEnd: watch.windowEnd,
      final: false,
      counts,
      error: "network error: ECONNRESET",
    });
    terminal.columns = 50;
    terminal.emit("resize");
    progress.stop();
    const lines = terminal.lines();
    expect(lines.slice(0, 3).every((line) => width(line) <= 79)).toBe(true);
    expect(lines[2]).toMatch(/poll failed, retrying$/);
    expect(width(lines[3] as string)).toBeLessThanOrEqual(49);
    expect(lines[3]).toMatch(/^8m\d+s left · 2 new, 1 regressed · retrying$/);
    // Stopped: the line is cleared, and a resize draws nothing more.
    expect(lines.at(-1)).toBe("");
    terminal.emit("resize");
    expect(terminal.lines()).toHaveLength(lines.length);
    expect(terminal.listenerCount("resize")).toBe(0);
  });

  it("says a line on its own above the progress line, and on a pipe writes only such lines", () => {
    const terminal = new FakeTerminal(80);
    const progress = terminalProgress(terminal as unknown as NodeJS.WriteStream, RELEASE);
    progress.onDeployTime(deploy, watch, []);
    progress.say("sentry-deploy-verify: Sentry knows no release x in acme.");
    progress.stop();
    expect(terminal.lines()[1]).toMatch(/^sentry-deploy-verify: Sentry knows no release x in acme\.\n/);

    const pipe = Object.assign(new FakeTerminal(0), { isTTY: false });
    const quiet = terminalProgress(pipe as unknown as NodeJS.WriteStream, RELEASE);
    quiet.onDeployTime(deploy, watch, []);
    quiet.say("a note");
    quiet.stop();
    expect(pipe.written).toBe("a note\n");
  });
});
