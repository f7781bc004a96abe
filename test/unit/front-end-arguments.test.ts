// How the command line and the MCP server turn what they are given into the inputs' raw text, and how
// each names an input back when its value is wrong.
import { describe, expect, it } from "vitest";
import { parseCommandArgs, UsageError } from "../../src/cli/args.js";
import { argumentName, camelCase, rawInputs } from "../../src/mcp/arguments.js";

describe("the command line's flags", () => {
  it("reads a flag, else its environment variable, and leaves defaults to the one parser", () => {
    const { raw } = parseCommandArgs(["--org", "acme", "--window=5m"], {
      SENTRY_ORG: "other",
      SENTRY_PROJECT: "web",
    });
    expect(raw).toMatchObject({ org: "acme", project: "web", window: "5m" });
    expect(raw["poll-interval"]).toBeUndefined();
  });

  it("takes boolean flags alone, negated, or with a value", () => {
    const alone = parseCommandArgs(["--fail-on-inconclusive", "--org", "acme"], {}).raw;
    expect(alone).toMatchObject({ "fail-on-inconclusive": "true", org: "acme" });
    expect(parseCommandArgs(["--no-fail-fast"], {}).raw["fail-fast"]).toBe("false");
    expect(parseCommandArgs(["--fail-fast", "false"], {}).raw["fail-fast"]).toBe("false");
    expect(parseCommandArgs(["--fail-fast"], {}).raw["fail-fast"]).toBe("true");
  });

  it("has no flag for what only GitHub has, and refuses an unknown format", () => {
    expect(() => parseCommandArgs(["--github-token", "x"], {})).toThrow(/Unknown option '--github-token'/);
    expect(() => parseCommandArgs(["--mode", "scan"], {})).toThrow(/Unknown option '--mode'/);
    expect(() => parseCommandArgs(["--format", "yaml"], {})).toThrow(UsageError);
  });
});

describe("the MCP tools' arguments", () => {
  it("are the inputs' names in camelCase, lists joined, numbers as text, over the environment", () => {
    expect(camelCase("spike-min-ratio")).toBe("spikeMinRatio");
    expect(
      rawInputs(
        { project: ["web", "api"], minEvents: 3, failOn: "new", issues: ["WEB-1", "WEB-2"], unknown: "x" },
        { SENTRY_AUTH_TOKEN: "t", SENTRY_PROJECT: "other", SENTRY_ORG: "acme" },
      ),
    ).toEqual({
      "auth-token": "t",
      org: "acme",
      project: "web,api",
      "min-events": "3",
      "fail-on": "new",
      fixes: "WEB-1,WEB-2",
    });
  });

  it("name the argument, or the server's variable for what is configuration", () => {
    expect(argumentName("deployed-at")).toBe('argument "deployedAt"');
    expect(argumentName("fixes")).toBe('argument "issues"');
    expect(argumentName("auth-token")).toBe("the server's environment variable SENTRY_AUTH_TOKEN");
  });
});
