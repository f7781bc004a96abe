import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The e2e tests spawn the bundled action with real waiting; two cores, so keep parallelism modest.
    maxWorkers: 2,
    // GitHub's workflow parser imports JSON without an import attribute, which Node alone refuses.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
