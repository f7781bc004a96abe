// Bundles each front end into dist/: the action carries no MCP SDK, the CLI carries no @actions/*.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

const entries = {
  "action/index": "src/entries/action.ts",
  "cli/index": "src/entries/cli.ts",
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
for (const [out, entry] of Object.entries(entries)) {
  await build({
    entryPoints: { [out]: entry },
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    // What an entry imports on demand (the Sentry MCP client, for source: mcp) goes to a chunk of its own.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    target: "node20",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    plugins: [sideEffectFree],
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: 'import { createRequire as __sdvCreateRequire } from "node:module"; const require = __sdvCreateRequire(import.meta.url);',
    },
  });
}
