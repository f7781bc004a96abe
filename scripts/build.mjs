// Bundles each front end into dist/: the CLI carries no @actions/*; the MCP client is a chunk loaded on demand.
// Each front end's chunks stay under its own directory (dist/action/, dist/cli/), so the npm package can
// ship the CLI (package.json "files": dist/cli) without the action, which is used from the git repository.
// Beside them, dist/THIRD_PARTY_NOTICES.md: the licences of the npm packages bundled (third-party-notices.mjs).
import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { bundledPackageDirs, writeThirdPartyNotices } from "./third-party-notices.mjs";

process.chdir(new URL("..", import.meta.url).pathname);

const entries = {
  action: "src/entries/action.ts",
  cli: "src/entries/cli.ts",
};

// @actions/core imports its OIDC client (and with it undici, ~800 KB) at the top of the module; we never
// call it. Declaring those packages free of side effects lets the bundler drop them when unused.
const unusedUnlessCalled = /^(@actions\/http-client|undici|tunnel)(\/|$)/;
const sideEffectFree = {
  name: "side-effect-free",
  setup(build) {
    build.onResolve({ filter: unusedUnlessCalled }, async (args) => {
      if (args.pluginData === sideEffectFree) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: sideEffectFree,
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

await rm("dist", { recursive: true, force: true });
const bundled = {};
for (const [name, entry] of Object.entries(entries)) {
  const { metafile } = await build({
    entryPoints: { [`${name}/index`]: entry },
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    // What an entry imports on demand (the Sentry MCP client, for source: mcp) goes to a chunk of its own.
    splitting: true,
    chunkNames: `${name}/chunks/[name]-[hash]`,
    target: "node20",
    sourcemap: false,
    // No licence comments in the bundles: dist/THIRD_PARTY_NOTICES.md carries the full licence text of
    // every package bundled, where "linked" would keep only the few /*! … */ comments some packages have.
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [sideEffectFree],
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: 'import { createRequire as __sdvCreateRequire } from "node:module"; const require = __sdvCreateRequire(import.meta.url);',
    },
  });
  // A front end loads nothing from another's directory: each ships (or not) on its own.
  const outside = Object.keys(metafile.outputs).filter((out) => !out.startsWith(`dist/${name}/`));
  if (outside.length)
    throw new Error(`The ${name} bundle wrote outside dist/${name}/: ${outside.join(", ")}`);
  bundled[name] = bundledPackageDirs(metafile);
}
await writeThirdPartyNotices("dist/THIRD_PARTY_NOTICES.md", bundled);
