// The command line's flags per command: each command's own, a dash-led value given to the input's own
// check, and usage errors that name the flag meant.
import { describe, expect, it } from "vitest";
import { flagHelp, flagNames, parseCommandArgs, parseFlags, UsageError } from "../../src/cli/args.js";
import { shellWord } from "../../src/cli/shell.js";

describe("each command's flags", () => {
  it("verify has the release's and the window's flags, and no --lookback; scan the reverse", () => {
    const verify = flagHelp("verify");
    expect(verify).toContain("  --fail-fast, --no-fail-fast\n");
    expect(verify).toContain("  --fail-on-inconclusive, --no-fail-on-inconclusive\n");
    expect(verify).toContain("--deployed-at");
    expect(verify).not.toContain("--lookback");
    const scan = flagHelp("scan");
    expect(scan).toContain("--lookback");
    for (const flag of [
      "--release",
      "--window",
      "--settle",
      "--fail-fast",
      "--fixes",
      "--spike-alpha",
      "--deployed-at",
    ])
      expect(scan).not.toContain(flag);
    expect(flagNames("verify")).toContain("--[no-]fail-fast");
  });

  it("refuses the other command's flag by saying whose it is", () => {
    expect(() => parseCommandArgs(["--window", "5m"], {}, { command: "scan" })).toThrow(
      "--window is a flag of verify, not of scan",
    );
    expect(() => parseCommandArgs(["--lookback=1h"], {}, { command: "verify" })).toThrow(
      "--lookback is a flag of scan, not of verify",
    );
    expect(parseCommandArgs(["--lookback", "1h"], { SENTRY_RELEASE: "r" }, { command: "scan" }).raw).toEqual(
      expect.objectContaining({ lookback: "1h" }),
    );
  });
});

describe("values", () => {
  it("takes a value that starts with a dash as the flag's, for the input's check to judge", () => {
    expect(parseCommandArgs(["--window", "-5m"], {}).raw.window).toBe("-5m");
    expect(parseCommandArgs(["--query", "-level:info", "--org", "acme"], {}).raw).toMatchObject({
      query: "-level:info",
      org: "acme",
    });
  });

  it("says a missing value as such", () => {
    expect(() => parseCommandArgs(["--window"], {})).toThrow("--window needs a value");
    expect(() => parseCommandArgs(["--release", "--org", "acme"], {})).toThrow("--release needs a value");
    expect(() => parseCommandArgs(["--window", "-h"], {})).toThrow("--window needs a value");
  });

  it("names the flag likely meant, and is a UsageError", () => {
    expect(() => parseCommandArgs(["--widnow", "5m"], {})).toThrow(
      "Unknown option '--widnow' (did you mean --window?)",
    );
    expect(() => parseCommandArgs(["-x"], {})).toThrow(UsageError);
    expect(() => parseFlags(["--prot", "1"], { port: { type: "string" } })).toThrow(
      "Unknown option '--prot' (did you mean --port?)",
    );
    expect(() => parseFlags(["extra"], { port: { type: "string" } })).toThrow(UsageError);
  });

  it("demo takes a scenario and --format, nothing of verify's", () => {
    expect(parseCommandArgs(["clean", "--format", "json"], {}, { command: "demo" })).toMatchObject({
      positionals: ["clean"],
      format: "json",
    });
    expect(() => parseCommandArgs(["--window", "5m"], {}, { command: "demo" })).toThrow(
      /Unknown option '--window'/,
    );
  });
});

describe("shellWord", () => {
  it("leaves a plain word as it is and single-quotes the rest, as a POSIX shell reads it back", () => {
    expect(shellWord("http://127.0.0.1:9077")).toBe("http://127.0.0.1:9077");
    expect(shellWord("web,api")).toBe("web,api");
    expect(shellWord("it's $HOME")).toBe("'it'\\''s $HOME'");
    expect(shellWord("")).toBe("''");
  });
});
