// The third-party notices of the bundles: which npm packages' code each bundle carries (from esbuild's
// metafile), and, for each, its name, version, licence and full licence text, read from node_modules.
// The bundles keep no legal comments (legalComments: "none"): this file is where those packages' notices go.
// The build fails when a bundled package has no licence text, or a licence not on the list below.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Licences whose terms a notice beside the bundle satisfies (SPDX identifiers). */
export const ACCEPTED_LICENCES = new Set([
  "MIT",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "Apache-2.0",
  "0BSD",
  "BlueOak-1.0.0",
]);

const LICENCE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const NOTICE_FILE = /^notice([.-].*)?$/i;

/**
 * The package directories (`node_modules/<name>`, or a nested `…/node_modules/<name>`) whose code is in
 * a build's outputs: inputs that contribute bytes, so a module tree-shaken away does not count.
 */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const dir = packageDir(input);
      if (dir) dirs.add(dir);
    }
  }
  return [...dirs].sort(compare);
}

/** `node_modules/@scope/name/lib/x.js` → `node_modules/@scope/name`; the innermost package of a nested path. */
function packageDir(input) {
  const path = input.replaceAll("\\", "/");
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match ? match[1] : undefined;
}

/**
 * Writes `file`, the notices of every package in `bundles` (bundle name → package directories), and
 * returns the packages listed. Throws, naming every offending package, when one has no licence text or
 * a licence that is not accepted.
 */
export async function writeThirdPartyNotices(file, bundles) {
  const inBundles = new Map();
  for (const [bundle, dirs] of Object.entries(bundles)) {
    for (const dir of dirs) inBundles.set(dir, [...(inBundles.get(dir) ?? []), bundle]);
  }
  const packages = [];
  const problems = [];
  for (const [dir, bundleNames] of inBundles) {
    const pkg = await readPackage(dir);
    if (!pkg.licenceTexts.length) problems.push(`${pkg.name}@${pkg.version} (${dir}): no LICENSE file`);
    if (!acceptable(pkg.licence)) {
      problems.push(
        `${pkg.name}@${pkg.version} (${dir}): licence ${JSON.stringify(pkg.licence)} is not accepted`,
      );
    }
    packages.push({ ...pkg, bundles: [...bundleNames].sort(compare) });
  }
  if (problems.length) {
    throw new Error(
      `Third-party notices: bundled packages whose licence cannot be shipped as is:\n  ${problems.join("\n  ")}\n` +
        `Accepted: ${[...ACCEPTED_LICENCES].join(", ")} (an SPDX expression that one of them satisfies), with ` +
        "the licence text in the package. Drop the dependency, or review its licence and extend the list.",
    );
  }
  packages.sort((a, b) => compare(a.name, b.name) || compare(a.version, b.version) || compare(a.dir, b.dir));
  await writeFile(file, render(packages));
  return packages;
}

async function readPackage(dir) {
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort(compare);
  const read = (names) =>
    Promise.all(names.map(async (name) => ({ name, text: clean(await readFile(join(dir, name), "utf8")) })));
  return {
    dir,
    name: manifest.name,
    version: manifest.version,
    licence: declaredLicence(manifest),
    licenceTexts: (await read(files.filter((name) => LICENCE_FILE.test(name)))).filter((file) => file.text),
    notices: (await read(files.filter((name) => NOTICE_FILE.test(name)))).filter((file) => file.text),
  };
}

/** package.json's `license`, or the deprecated `license: {type}` and `licenses: [{type}]`, as one SPDX expression. */
function declaredLicence(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === "string") return license.trim();
  if (license && typeof license.type === "string") return license.type.trim();
  if (Array.isArray(licenses) && licenses.length) {
    const types = licenses.map((entry) => (typeof entry === "string" ? entry : entry?.type));
    if (types.every((type) => typeof type === "string")) return types.map((type) => type.trim()).join(" OR ");
  }
  return "";
}

/** Whether an SPDX expression is satisfied by accepted licences: one side of an OR, both sides of an AND. */
export function acceptable(expression) {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const or = () => {
    let ok = and();
    while (peek()?.toUpperCase() === "OR") {
      at++;
      ok = and() || ok;
    }
    return ok;
  };
  const and = () => {
    let ok = term();
    while (peek()?.toUpperCase() === "AND") {
      at++;
      ok = term() && ok;
    }
    return ok;
  };
  const term = () => {
    const token = tokens[at++];
    if (token === "(") {
      const ok = or();
      if (tokens[at++] !== ")")
        throw new SyntaxError(`unbalanced licence expression ${JSON.stringify(expression)}`);
      return ok;
    }
    // A licence WITH an exception is a different licence: review it by hand.
    if (peek()?.toUpperCase() === "WITH") return false;
    return token !== undefined && ACCEPTED_LICENCES.has(token);
  };
  try {
    const ok = tokens.length > 0 && or();
    return ok && at === tokens.length;
  } catch {
    return false;
  }
}

/** One line-ending convention, no byte-order mark, no trailing blank lines: the same text on every machine. */
function clean(text) {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/^\n+|\n+$/g, "");
}

function render(packages) {
  const lines = [
    "# Third-party notices",
    "",
    "<!-- Generated by scripts/build.mjs (scripts/third-party-notices.mjs) from the packages bundled into dist/. Do not edit. -->",
    "",
    "The bundles in this directory contain code from the npm packages below. Each is listed with the",
    "version bundled, its licence, the bundles that carry it (`action`: dist/action/, the GitHub Action;",
    "`cli`: dist/cli/, the command line and MCP server), and its licence text as the package ships it.",
    "",
    "| Package | Version | Licence | Bundles |",
    "| ------- | ------- | ------- | ------- |",
    ...packages.map((pkg) => `| ${pkg.name} | ${pkg.version} | ${pkg.licence} | ${pkg.bundles.join(", ")} |`),
  ];
  for (const pkg of packages) {
    lines.push(
      "",
      `## ${pkg.name} ${pkg.version}`,
      "",
      `Licence: ${pkg.licence}. Bundles: ${pkg.bundles.join(", ")}.`,
    );
    for (const file of [...pkg.licenceTexts, ...pkg.notices])
      lines.push("", `${file.name}:`, "", ...fenced(file.text));
  }
  return `${lines.join("\n")}\n`;
}

/** A code block whose fence is longer than any run of backticks in the text. */
function fenced(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}text`, text, fence];
}

/** Code-unit order, not the locale's: the same on every machine. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
