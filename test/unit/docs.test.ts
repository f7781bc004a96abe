import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderActionYml, renderReadme } from "../../scripts/docs.js";
import { INPUTS, OUTPUTS } from "../../src/config/inputs.js";

const actionYml = readFileSync("action.yml", "utf8");

describe("action.yml and the README are made from the inputs table", () => {
  it("action.yml is what `npm run docs` writes", () => {
    expect(actionYml).toBe(renderActionYml());
  });

  it("the README's tables are what `npm run docs` writes", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toBe(renderReadme(readme));
  });

  it("declares node24, every input and output, and no default where an environment variable applies", () => {
    const action = parse(actionYml);
    expect(action.runs).toEqual({ using: "node24", main: "dist/action/index.js" });
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((spec) => spec.name));
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((output) => output.name));
    for (const spec of INPUTS) {
      const input = action.inputs[spec.name];
      expect(input.description.length).toBeGreaterThan(10);
      if ("env" in spec) {
        expect(input.default).toBeUndefined();
        expect(input.description).toContain(spec.env);
      } else {
        expect(input.default ?? "").toBe(spec.default);
      }
    }
  });
});
