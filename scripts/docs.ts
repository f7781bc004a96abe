// action.yml and the README's inputs and outputs tables are made from src/config/inputs.ts, so the
// Marketplace page, the README and the code cannot disagree. `npm run docs` writes them; a test checks.
import { readFileSync, writeFileSync } from "node:fs";
import { INPUTS, type InputSpec, OUTPUTS } from "../src/config/inputs.js";

const yamlString = (text: string) => JSON.stringify(text);

function inputDescription(spec: InputSpec): string {
  const parts = [spec.description];
  if (spec.env) {
    parts.push(spec.default ? `Default: ${spec.default}.` : "", `Read from ${spec.env} when empty.`);
  }
  return parts.filter(Boolean).join(" ");
}

export function renderActionYml(): string {
  const lines = [
    "# Generated from src/config/inputs.ts by `npm run docs`; edit there. Defaults of inputs with an",
    "# environment fallback live in the code, so that the variable can apply when the input is empty.",
    "name: Sentry Deploy Verify",
    "description: Fail the deploy job when the release brought new or regressed errors to production, from what Sentry recorded.",
    "author: sentry-deploy-verify",
    "branding:",
    "  icon: shield",
    "  color: purple",
    "inputs:",
  ];
  for (const spec of INPUTS as readonly InputSpec[]) {
    lines.push(
      `  ${spec.name}:`,
      `    description: ${yamlString(inputDescription(spec))}`,
      "    required: false",
    );
    if (!spec.env && spec.default) lines.push(`    default: ${yamlString(spec.default)}`);
  }
  lines.push("outputs:");
  for (const output of OUTPUTS)
    lines.push(`  ${output.name}:`, `    description: ${yamlString(output.description)}`);
  lines.push("runs:", "  using: node24", "  main: dist/action/index.js", "");
  return lines.join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderInputsTable(): string {
  const rows = (INPUTS as readonly InputSpec[]).map(
    (spec) =>
      `| \`${spec.name}\` | ${spec.env ? `\`${spec.env}\`` : ""} | ${spec.default ? `\`${cell(spec.default)}\`` : ""} | ${cell(spec.description)} |`,
  );
  return ["| input | environment | default | meaning |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function renderOutputsTable(): string {
  const rows = OUTPUTS.map((output) => `| \`${output.name}\` | ${cell(output.description)} |`);
  return ["| output | meaning |", "| --- | --- |", ...rows].join("\n");
}

const BLOCKS = { inputs: renderInputsTable, outputs: renderOutputsTable } as const;

/** The README with each generated block between its markers replaced. */
export function renderReadme(readme: string): string {
  let out = readme;
  for (const [name, render] of Object.entries(BLOCKS)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`README.md lacks the ${start} … ${end} markers`);
    out = `${out.slice(0, from + start.length)}\n${render()}\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1]?.endsWith("docs.ts")) {
  writeFileSync("action.yml", renderActionYml());
  writeFileSync("README.md", renderReadme(readFileSync("README.md", "utf8")));
}
