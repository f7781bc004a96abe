// What the current directory's git repository says, as sentry-cli proposes: the release defaults to
// HEAD, and the deployed commit's message may claim fixes. No git, or no repository: nothing.
import { execFileSync } from "node:child_process";
import type { Config } from "../config/schema.js";
import type { ClaimText } from "../engine/fix-claims.js";
import type { CheckOptions } from "../entries/check.js";

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5_000,
    });
  } catch {
    return undefined;
  }
}

export function gitHead(): string | undefined {
  return git(["rev-parse", "HEAD"])?.trim() || undefined;
}

/** The message of the commit a release names, when the release is a commit this repository has. */
function commitClaimText(release: string): ClaimText[] {
  if (!/^[0-9a-f]{7,40}$/i.test(release)) return [];
  const message = git(["log", "-1", "--format=%B", `${release}^{commit}`, "--"]);
  return message ? [{ where: `commit ${release.slice(0, 7).toLowerCase()}`, text: message }] : [];
}

/**
 * Outside GitHub (the CLI, the MCP server) the texts that may claim fixes, with fixes: auto, are the
 * message of the release's commit in this checkout.
 */
export function localClaimTexts(config: Pick<Config, "mode" | "fixes" | "release">): CheckOptions {
  return config.mode === "verify" && config.fixes === "auto"
    ? { fixClaimTexts: Promise.resolve(commitClaimText(config.release)) }
    : {};
}
