// Bundles each front end into dist/: the action carries no MCP SDK, the CLI carries no @actions/*.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

const entries = {
  "action/index": "src/entries/action.ts",
  "cli/index": "src/entries/cli.ts",
};

await rm("dist", { recursive: true, force: true });
for (const [out, entry] of Object.entries(entries)) {
  await build({
    entryPoints: { [out]: entry },
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: 'import { createRequire as __sdvCreateRequire } from "node:module"; const require = __sdvCreateRequire(import.meta.url);' },
  });
}
