import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repoPathOf } from "../../src/github/repo-path.js";

const REPO = [
  "src/checkout/cart.ts",
  "src/checkout/price.ts",
  "src/auth/session.ts",
  "packages/web/src/index.ts",
  "packages/api/src/index.ts",
  "README.md",
];

describe("repoPathOf", () => {
  it.each([
    ["src/checkout/cart.ts", "src/checkout/cart.ts"],
    ["./src/checkout/cart.ts", "src/checkout/cart.ts"],
    ["app:///src/checkout/cart.ts", "src/checkout/cart.ts"],
    ["webpack:///./src/auth/session.ts", "src/auth/session.ts"],
    ["/srv/app/src/checkout/price.ts", "src/checkout/price.ts"],
    ["C:\\build\\src\\auth\\session.ts", "src/auth/session.ts"],
    ["https://cdn.example.com/assets/src/checkout/cart.ts?v=3", "src/checkout/cart.ts"],
    ["/app/packages/web/src/index.ts", "packages/web/src/index.ts"],
  ])("%s is %s", (frame, path) => expect(repoPathOf(frame, REPO)).toBe(path));

  it.each([
    ["index.ts", "two files end the same way"],
    ["node_modules/lodash/lodash.js", "not in the repository"],
    ["", "no file"],
    ["<anonymous>", "no file"],
  ])("%s has no path: %s", (frame) => expect(repoPathOf(frame, REPO)).toBeNull());

  it("finds every repository file from any prefix a runtime adds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPO.filter((p) => p !== "README.md")),
        fc.constantFrom("", "./", "/srv/app/", "app:///", "webpack:///./", "file:///home/ci/build/"),
        (path, prefix) => {
          expect(repoPathOf(`${prefix}${path}`, REPO)).toBe(path);
        },
      ),
    );
  });
});
