// The release notes of one version: its section of CHANGELOG.md, without the heading. The release
// workflow (.github/workflows/release.yml) makes the GitHub release's text of it.
//
//   node scripts/release-notes.mjs 1.2.3 [CHANGELOG.md]     (a leading "v" is allowed: v1.2.3)
//
// A section starts at a level-2 heading that names the version: "## 1.2.3", "## v1.2.3" or
// "## [1.2.3]", with anything after it (" - 2026-12-01"). It ends at the next level-1 or level-2
// heading outside a code block. Link definitions at its end ("[1.2.3]: https://…") are not notes.
// No such section, two of them, or one with nothing in it: an error that says what to fix.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

/** "v1.2.3" or "1.2.3" → "1.2.3"; anything else is an error. */
export function parseVersion(text) {
  const match = VERSION.exec(String(text).trim());
  if (!match?.[1]) throw new Error(`"${text}" is not a version such as 1.2.3 (or v1.2.3, 1.3.0-rc.1)`);
  return match[1];
}

/** The notes of `version` in `changelog` (the text of CHANGELOG.md), trimmed. */
export function releaseNotes(changelog, version) {
  const wanted = parseVersion(version);
  const escaped = wanted.replace(/[.+]/g, "\\$&");
  const heading = new RegExp(`^##[ \\t]+\\[?v?${escaped}\\]?(?=[ \\t]|$)`);
  const lines = changelog.replace(/\r\n?/g, "\n").split("\n");
  const sections = [];
  let current = null;
  let fence = null;
  for (const line of lines) {
    const marker = /^[ ]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && /^#{1,2}[ \t]/.test(line)) {
      current = heading.test(line) ? [] : null;
      if (current) sections.push(current);
      continue;
    }
    if (marker && fence === null) fence = marker[0];
    else if (marker && fence !== null && marker[0] === fence) fence = null;
    current?.push(line);
  }
  if (sections.length === 0)
    throw new Error(
      `CHANGELOG.md has no section for ${wanted}: rename "## Unreleased" to "## ${wanted} - YYYY-MM-DD" (or add that section), commit it, and release again`,
    );
  if (sections.length > 1)
    throw new Error(`CHANGELOG.md has ${sections.length} sections for ${wanted}: keep one`);
  const body = sections[0];
  // Link definitions at the end belong to the whole file, not to this version.
  while (body.length > 0 && /^\s*(\[[^\]]+\]:\s+\S+.*)?$/.test(body[body.length - 1] ?? "")) body.pop();
  while (body.length > 0 && (body[0] ?? "").trim() === "") body.shift();
  const notes = body.join("\n");
  if (notes.trim() === "")
    throw new Error(`The section for ${wanted} in CHANGELOG.md is empty: say what changed`);
  return notes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [version, path = "CHANGELOG.md"] = process.argv.slice(2);
  try {
    if (!version) throw new Error("Usage: node scripts/release-notes.mjs <version> [CHANGELOG.md]");
    process.stdout.write(`${releaseNotes(readFileSync(path, "utf8"), version)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
