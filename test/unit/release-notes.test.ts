// scripts/release-notes.mjs: the release workflow's notes for a version, from CHANGELOG.md.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../../scripts/release-notes.mjs", import.meta.url));
// A JavaScript module without type declarations: imported by its path, and typed here.
const { parseVersion, releaseNotes } = (await import(script)) as {
  parseVersion: (text: string) => string;
  releaseNotes: (changelog: string, version: string) => string;
};

const CHANGELOG = `# Changelog

Some words about this file.

## Unreleased

- Not yet.

## [1.10.0] - 2026-12-20

### Added

- Ten.

## 1.2.3 - 2026-12-14

### Fixed

- The comment's marker.

\`\`\`yaml
## not a heading: inside a code block
\`\`\`

## v1.2.3-rc.1

- A candidate.

## [1.0.0]

[1.10.0]: https://github.com/sentry-deploy-verify/sentry-deploy-verify/compare/v1.2.3...v1.10.0
[1.2.3]: https://github.com/sentry-deploy-verify/sentry-deploy-verify/compare/v1.0.0...v1.2.3
`;

describe("the release notes of a version", () => {
  it("are its section, without the heading, up to the next version's", () => {
    expect(releaseNotes(CHANGELOG, "1.2.3")).toBe(
      "### Fixed\n\n- The comment's marker.\n\n```yaml\n## not a heading: inside a code block\n```",
    );
    expect(releaseNotes(CHANGELOG, "1.10.0")).toBe("### Added\n\n- Ten.");
  });

  it("take the version with or without a v, and the heading with or without brackets or a v", () => {
    expect(releaseNotes(CHANGELOG, "v1.2.3")).toBe(releaseNotes(CHANGELOG, "1.2.3"));
    expect(releaseNotes(CHANGELOG, "1.2.3-rc.1")).toBe("- A candidate.");
  });

  it("never take a version's notes for another's that starts the same", () => {
    expect(() => releaseNotes(CHANGELOG, "1.1.0")).toThrow(/no section for 1\.1\.0/);
    expect(() => releaseNotes(CHANGELOG, "1.2")).toThrow(/not a version/);
    expect(() => releaseNotes(CHANGELOG, "0.10.0")).toThrow(/no section/);
  });

  it("say what to do when the section is missing, empty or twice there", () => {
    expect(() => releaseNotes(CHANGELOG, "2.0.0")).toThrow(
      /rename "## Unreleased" to "## 2\.0\.0 - YYYY-MM-DD"/,
    );
    // The last section holds only the file's link definitions: those are not notes.
    expect(() => releaseNotes(CHANGELOG, "1.0.0")).toThrow(/section for 1\.0\.0 in CHANGELOG\.md is empty/);
    expect(() => releaseNotes(`${CHANGELOG}\n## 1.2.3\n\n- Again.\n`, "1.2.3")).toThrow(
      /2 sections for 1\.2\.3/,
    );
  });

  it("read CRLF line ends", () => {
    expect(releaseNotes(CHANGELOG.replace(/\n/g, "\r\n"), "1.10.0")).toBe("### Added\n\n- Ten.");
  });

  it("accept versions as the release workflow does", () => {
    expect(parseVersion("v2.0.0")).toBe("2.0.0");
    expect(parseVersion(" 1.3.0-rc.1 ")).toBe("1.3.0-rc.1");
    for (const bad of ["1", "1.2", "v1.2.x", "1.2.3.4", "latest", ""])
      expect(() => parseVersion(bad)).toThrow();
  });
});

describe("the command", () => {
  const dir = mkdtempSync(join(tmpdir(), "sdv-notes-"));
  const changelog = join(dir, "CHANGELOG.md");
  writeFileSync(changelog, CHANGELOG);

  it("prints the notes of the version it is given", () => {
    expect(execFileSync(process.execPath, [script, "v1.10.0", changelog], { encoding: "utf8" })).toBe(
      "### Added\n\n- Ten.\n",
    );
  });

  it("fails with one line on stderr, and nothing on stdout", () => {
    const run = spawnSync(process.execPath, [script, "9.9.9", changelog], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^CHANGELOG\.md has no section for 9\.9\.9: .*\n$/);
    expect(spawnSync(process.execPath, [script], { encoding: "utf8" }).stderr).toMatch(/^Usage: /);
  });

  it("reads every version of the project's CHANGELOG.md, whose sections are Unreleased or a version", () => {
    const project = readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8");
    const headings = [...project.replace(/^```[\s\S]*?^```$/gm, "").matchAll(/^## (.+)$/gm)].map(
      (m) => m[1] ?? "",
    );
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      if (heading === "Unreleased") continue;
      const version = /^\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?: - \d{4}-\d\d-\d\d)?$/.exec(
        heading,
      )?.[1];
      expect(version, `"## ${heading}" is "## 1.2.3 - YYYY-MM-DD"`).toBeDefined();
      expect(releaseNotes(project, version ?? "").length).toBeGreaterThan(0);
    }
  });
});
