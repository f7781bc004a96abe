// The npm package as a user gets it: `npm pack`, the tarball installed into an empty folder, the bin run
// from there. The tarball holds the CLI bundle, LICENSE and the third-party notices, not the action; it
// has no dependencies (the bundle carries them), so the install needs no network and warns of no engine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, run } from "../support/run-cli.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = "sentry-deploy-verify";

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let temp: string;
let packed: Packed;
let paths: string[];
let install: CliRun;
let app: string;

/** npm and the bin on this test's Node, as a user with nothing but this Node and its npm would run them. */
function sh(program: string, args: string[], cwd: string): Promise<CliRun> {
  return run(program, args, {
    cwd,
    env: { PATH: [dirname(process.execPath), process.env.PATH ?? ""].join(delimiter) },
  });
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "sdv-package-"));
  const pack = await sh("npm", ["pack", "--json", "--pack-destination", temp], ROOT);
  expect(pack.exitCode, pack.stderr).toBe(0);
  const [result] = JSON.parse(pack.stdout) as Packed[];
  if (!result) throw new Error(`npm pack printed no package: ${pack.stdout}`);
  packed = result;
  paths = packed.files.map((file) => file.path).sort();

  app = join(temp, "app");
  await mkdir(app);
  // No dependencies to fetch: --offline proves the tarball installs without the registry.
  install = await sh(
    "npm",
    ["install", "--no-audit", "--no-fund", "--offline", join(temp, packed.filename)],
    app,
  );
}, 60_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("holds the CLI bundle and its chunks, LICENSE, the notices and README; not the action, src or tests", () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        "LICENSE",
        "README.md",
        "package.json",
        "dist/cli/index.js",
        "dist/THIRD_PARTY_NOTICES.md",
      ]),
    );
    expect(paths.filter((path) => path.startsWith("dist/cli/chunks/")).length).toBeGreaterThan(0);
    expect(
      paths.filter((path) => /^(dist\/action|src|test|scripts|bench|docs|\.ci|\.github)\//.test(path)),
    ).toEqual([]);
    expect(
      paths.filter(
        (path) =>
          !/^(dist\/cli\/|dist\/THIRD_PARTY_NOTICES\.md$|LICENSE$|README\.md$|package\.json$)/.test(path),
      ),
    ).toEqual([]);
    // Every chunk the CLI imports, statically or on demand, is in the package.
    for (const path of paths.filter((file) => file.startsWith("dist/cli/"))) {
      const code = readFileSync(join(ROOT, path), "utf8");
      for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)"(\.{1,2}\/[^"]+)"/g)) {
        const target = join(dirname(path), spec as string).replaceAll("\\", "/");
        expect(paths, `${path} imports ${spec}`).toContain(target);
      }
    }
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it("installs from the tarball alone, with no dependency and no engine warning", () => {
    expect(install.exitCode, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/EBADENGINE/);
    const installed = readdirSync(join(app, "node_modules")).filter((name) => !name.startsWith("."));
    expect(installed).toEqual([BIN]);
    expect(existsSync(join(app, "node_modules", BIN, "dist/THIRD_PARTY_NOTICES.md"))).toBe(true);
  });

  it("runs its bin from the install: `demo clean` passes, `--help` prints the usage", async () => {
    const demo = await sh("npx", ["--no-install", BIN, "demo", "clean"], app);
    expect(demo.exitCode, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/^PASS: /m);

    const help = await sh("npx", ["--no-install", BIN, "--help"], app);
    expect(help.exitCode, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sentry-deploy-verify <command>/);
  }, 60_000);
});
