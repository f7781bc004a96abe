// Where the statistical tests leave their measured figures (test/.figures/, ignored by git): printed for
// a reader of the test run, and kept as JSON for the README's tables.
import { mkdirSync, writeFileSync } from "node:fs";

export function publishFigures(name: string, figures: unknown, lines: readonly string[]): void {
  console.log(lines.join("\n"));
  const directory = new URL("../.figures/", import.meta.url);
  mkdirSync(directory, { recursive: true });
  writeFileSync(new URL(`${name}.json`, directory), `${JSON.stringify(figures, null, 2)}\n`);
}
