// "Fixes WEB-123": which Sentry issues a text claims to fix, what is not a claim (code, comments,
// URLs, GitHub references, words that merely contain a keyword), and which claims belong to the
// verified projects. Hostile input parses in linear time and never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  claimsForProjects,
  type FixClaim,
  findFixClaims,
  isShortId,
  visibleText,
} from "../../src/engine/fix-claims.js";

/** The short IDs one text claims. */
const claimed = (text: string) => findFixClaims([{ where: "pull request #42", text }]).map((c) => c.shortId);

describe("findFixClaims", () => {
  it.each([
    ["Fixes WEB-123", ["WEB-123"]],
    ["fixes web-10", ["WEB-10"]],
    ["FIXED Web-1a", ["WEB-1A"]],
    ["Fix WEB-A", ["WEB-A"]],
    ["resolve WEB-1", ["WEB-1"]],
    ["Resolves WEB-1", ["WEB-1"]],
    ["resolved WEB-1", ["WEB-1"]],
    ["close WEB-1", ["WEB-1"]],
    ["Closes WEB-1", ["WEB-1"]],
    ["closed WEB-1", ["WEB-1"]],
    ["Fixes: WEB-1", ["WEB-1"]],
    ["Fixes:\tWEB-1", ["WEB-1"]],
    ["Fixes MY-APP-3Z", ["MY-APP-3Z"]],
    ["Fixes my_app-3z", ["MY_APP-3Z"]],
  ])("keyword and case: %j", (text, ids) => {
    expect(claimed(text)).toEqual(ids);
  });

  it.each([
    ["Fixes WEB-1, WEB-2 and web-3", ["WEB-1", "WEB-2", "WEB-3"]],
    ["Fixes WEB-1 WEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1 & WEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1&WEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1, and WEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1 AND WEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1,\nWEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1 in the checkout, not WEB-2", ["WEB-1"]],
    ["Fixes WEB-1 and the log-in form", ["WEB-1"]],
    ["Fixes WEB-1, see #4 and WEB-2", ["WEB-1"]],
    ["Fixes WEB-1 android WEB-2", ["WEB-1"]],
    ["Fixes WEB-1 and", ["WEB-1"]],
    ["Fixes WEB-1, WEB-", ["WEB-1"]],
  ])("lists stop at the first token that is not a short ID: %j", (text, ids) => {
    expect(claimed(text)).toEqual(ids);
  });

  it.each([
    ["Fixes WEB-1 and fixes WEB-2", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1 and resolves API-2", ["WEB-1", "API-2"]],
    ["Fixes WEB-1\n\nAlso closes WEB-7. Resolves MY-APP-3Z", ["WEB-1", "WEB-7", "MY-APP-3Z"]],
    ["fixes fixes WEB-1", ["WEB-1"]],
    ["Fixes WEB-1, fixes WEB-1", ["WEB-1"]],
  ])("several claims in one text: %j", (text, ids) => {
    expect(claimed(text)).toEqual(ids);
  });

  it.each([
    ["Fixes WEB-1.", ["WEB-1"]],
    ["Fixes WEB-1!", ["WEB-1"]],
    ["Fixes WEB-1;", ["WEB-1"]],
    ["Fixes WEB-1: the total", ["WEB-1"]],
    ["(fixes WEB-1)", ["WEB-1"]],
    ["This change (fixes WEB-1, WEB-2).", ["WEB-1", "WEB-2"]],
    ["Fixes WEB-1's crash", ["WEB-1"]],
    ['"Fixes WEB-1"', ["WEB-1"]],
    ["- Fixes WEB-1", ["WEB-1"]],
    ["**Fixes:** WEB-1", ["WEB-1"]],
    ["**Fixes**: **WEB-1** and *WEB-2*", ["WEB-1", "WEB-2"]],
    ["Fixes [WEB-1](https://acme.sentry.io/issues/123/)", ["WEB-1"]],
    [
      "Fixes [WEB-1](https://acme.sentry.io/issues/1/), [WEB-2](https://acme.sentry.io/issues/2/)",
      ["WEB-1", "WEB-2"],
    ],
  ])("punctuation, brackets and emphasis around a claim: %j", (text, ids) => {
    expect(claimed(text)).toEqual(ids);
  });

  it.each([
    "prefixes WEB-1",
    "unfixed WEB-1",
    "hotfixes WEB-1",
    "pre-fixes WEB-1",
    "fix-up WEB-1",
    "fixes_ WEB-1",
    "éfixes WEB-1",
    "Fixes",
    "Fixes WEB-",
    "Fixes -1",
    "Fixes WEB",
    "Fixes 2024-10",
    "FixesWEB-1",
    "Fixes:WEB-1",
    "Fixes, WEB-1",
    "Fixes the WEB-1 crash",
    "fix: log-in button",
    "Fixes sign-up, e-mail",
    "Fixes WEB-1I",
    "Fixes WEB-1O",
  ])("not a claim: %j", (text) => {
    expect(claimed(text)).toEqual([]);
  });

  it.each([
    "Fixes https://acme.sentry.io/issues/WEB-1/",
    "Fixes http://example.com/WEB-1",
    "Fixes <https://example.com/WEB-1>",
    "Fixes #123",
    "Fixes #123 and WEB-1",
    "Fixes acme/web#12",
    "Fixes web-app#12",
    "Fixes WEB-1#anchor",
    "Fixes WEB-1/WEB-2",
    "Fixes WEB-1.2",
    "Fixes sentry-web-1.example.com",
    "Fixes WEB-1@v2",
    "Fixes WEB-1:3",
    "Fixes [WEB-1] soon",
    "Fixes [WEB-1](not a link)",
    "Fixes WEB-1é",
  ])("a URL, a GitHub reference or part of a longer token is not a claim: %j", (text) => {
    expect(claimed(text)).toEqual([]);
  });

  it("an over-long token is not a short ID", () => {
    expect(claimed(`Fixes ${"A".repeat(79)}-1`)).toEqual([]);
    expect(claimed(`Fixes ${"A".repeat(70)}-1`)).toEqual([`${"A".repeat(70)}-1`]);
  });

  describe("nothing inside code or HTML comments", () => {
    it.each([
      ["```\nFixes WEB-1\n```\nFixes WEB-2", ["WEB-2"]],
      ["```md\nFixes WEB-1\n```", []],
      ["~~~\nFixes WEB-1\n~~~\nFixes WEB-2", ["WEB-2"]],
      ["````\n```\nFixes WEB-1\n```\nFixes WEB-3\n````\nFixes WEB-2", ["WEB-2"]],
      ["~~~~\nFixes WEB-1\n~~~\nFixes WEB-3\n~~~~~\nFixes WEB-2", ["WEB-2"]],
      ["```\nFixes WEB-1\n~~~\nFixes WEB-3", []],
      ["  ```\n  Fixes WEB-1\n  ```\nFixes WEB-2", ["WEB-2"]],
      ["> ```\n> Fixes WEB-1\n> ```\nFixes WEB-2", ["WEB-2"]],
      ["```\r\nFixes WEB-1\r\n```\r\nFixes WEB-2", ["WEB-2"]],
      ["Text ```Fixes WEB-1``` and fixes WEB-2", ["WEB-2"]],
    ])("fenced code blocks: %j", (text, ids) => {
      expect(claimed(text)).toEqual(ids);
    });

    it.each([
      ["`Fixes WEB-1` fixes WEB-2", ["WEB-2"]],
      ["Fixes `WEB-1`", []],
      ["``Fixes `WEB-1` `` fixes WEB-2", ["WEB-2"]],
      ["`` ` `` Fixes WEB-2", ["WEB-2"]],
      ["` unclosed Fixes WEB-2", ["WEB-2"]],
      ["`a\n\nFixes WEB-2 `", ["WEB-2"]],
      ["`a\nFixes WEB-1 `", []],
      ["``a` Fixes WEB-2", ["WEB-2"]],
    ])("inline code spans: %j", (text, ids) => {
      expect(claimed(text)).toEqual(ids);
    });

    it.each([
      ["<!-- Write 'Fixes WEB-123' to have the fix checked -->\nFixes WEB-2", ["WEB-2"]],
      ["<!--\nFixes WEB-1\n-->Fixes WEB-2", ["WEB-2"]],
      ["Fixes <!-- WEB-1 --> WEB-2", ["WEB-2"]],
      ["Fixes WEB-2 <!-- and WEB-1 -->", ["WEB-2"]],
      ["<!-- unclosed\nFixes WEB-1", []],
      ["`<!--` Fixes WEB-2 `-->`", ["WEB-2"]],
      ["<!-- ``` -->\nFixes WEB-2", ["WEB-2"]],
    ])("HTML comments: %j", (text, ids) => {
      expect(claimed(text)).toEqual(ids);
    });

    it("a pull request template, filled in", () => {
      const body = [
        "## What",
        "<!-- What does this change? If it fixes a Sentry issue, write `Fixes PROJECT-123`. -->",
        "Rounds the checkout total once, at the end.",
        "",
        "## Fixes",
        "Fixes WEB-1Z, WEB-20",
        "",
        "```ts",
        "// fixes WEB-99, the old way",
        "total = round(sum)",
        "```",
      ].join("\n");
      expect(claimed(body)).toEqual(["WEB-1Z", "WEB-20"]);
    });

    it("visibleText blanks what it drops, keeping line breaks", () => {
      expect(visibleText("a `b` c")).toBe("a   c");
      expect(visibleText("a\n```\nb\n```\nc")).toBe("a\n\n\nc");
      expect(visibleText("x <!-- y\n--> z")).toBe("x \n z");
    });
  });

  it("merges the places of a claim across texts, in order, once each", () => {
    const claims = findFixClaims([
      { where: "pull request #42", text: "Fix the checkout total" },
      { where: "pull request #42", text: "Fixes WEB-1 and web-2" },
      { where: "commit 1a2b3c4", text: "Round once\n\nFixes WEB-2, WEB-1" },
      { where: "commit 5d6e7f8", text: "Fixes web-1; fixes WEB-1" },
      { where: "commit 9a0b1c2", text: "Closes API-3" },
    ]);
    expect(claims).toEqual<FixClaim[]>([
      { shortId: "WEB-1", where: ["pull request #42", "commit 1a2b3c4", "commit 5d6e7f8"] },
      { shortId: "WEB-2", where: ["pull request #42", "commit 1a2b3c4"] },
      { shortId: "API-3", where: ["commit 9a0b1c2"] },
    ]);
  });

  it("finds nothing in nothing", () => {
    expect(findFixClaims([])).toEqual([]);
    expect(findFixClaims([{ where: "commit 1a2b3c4", text: "" }])).toEqual([]);
  });
});

describe("isShortId", () => {
  it.each(["WEB-1", "web-1", "WEB-A", "MY-APP-3Z", "my_app-1", "A1-2", "_x-1", "2024-10-01"])(
    "%s is",
    (id) => {
      expect(isShortId(id)).toBe(true);
    },
  );
  it.each([
    "WEB-",
    "-1",
    "WEB",
    "WEB--1",
    "-WEB-1",
    "WEB-1I",
    "WEB-L",
    "WEB-O",
    "WEB-U",
    "12-3",
    "WEB-1.2",
    "",
  ])("%j is not", (id) => {
    expect(isShortId(id)).toBe(false);
  });
});

describe("claimsForProjects", () => {
  const claim = (shortId: string): FixClaim => ({ shortId, where: ["commit 1a2b3c4"] });

  it("keeps the claims whose prefix is a project's slug upper-cased", () => {
    const claims = ["WEB-1", "API-2", "JIRA-12", "GH-7", "WEB-A"].map(claim);
    expect(claimsForProjects(claims, ["web", "api"])).toEqual({
      inProjects: [claim("WEB-1"), claim("API-2"), claim("WEB-A")],
      elsewhere: [claim("JIRA-12"), claim("GH-7")],
    });
  });

  it("slugs with hyphens and underscores: the number is after the last hyphen", () => {
    const claims = ["MY-APP-3Z", "MY-3Z", "MY-APP", "MY_APP-1", "APP-1", "MY-APP-X-1"].map(claim);
    expect(claimsForProjects(claims, ["my-app", "my_app"])).toEqual({
      inProjects: [claim("MY-APP-3Z"), claim("MY_APP-1")],
      elsewhere: [claim("MY-3Z"), claim("MY-APP"), claim("APP-1"), claim("MY-APP-X-1")],
    });
    // As Sentry reads it: MY-APP is issue APP of project "my".
    expect(claimsForProjects([claim("MY-APP")], ["my"]).inProjects).toEqual([claim("MY-APP")]);
  });

  it("compares without regard to case, and wants a base32 number", () => {
    expect(claimsForProjects([claim("web-1a"), claim("WEB-1I"), claim("WEB-")], ["Web"])).toEqual({
      inProjects: [claim("web-1a")],
      elsewhere: [claim("WEB-1I"), claim("WEB-")],
    });
  });

  it("without projects, every claim is elsewhere", () => {
    expect(claimsForProjects([claim("WEB-1")], [])).toEqual({ inProjects: [], elsewhere: [claim("WEB-1")] });
  });
});

describe("hostile input", () => {
  const MB = 1 << 20;

  it.each([
    ["fixes fixes fixes", "fixes ".repeat(MB / 6)],
    ["a keyword and a growing list", `Fixes ${"WEB-1, ".repeat(MB / 7)}`],
    ["one long token", `Fixes ${"A-".repeat(MB / 2)}`],
    [
      "unclosed backticks of every length",
      Array.from({ length: 1400 }, (_, i) => "`".repeat(i + 1)).join(" x "),
    ],
    ["backticks alone", "`".repeat(MB)],
    ["alternating backtick runs", "` `` ".repeat(MB / 5)],
    ["unclosed comments", "<!-- ".repeat(MB / 5)],
    ["fence openers", "```\n".repeat(MB / 4)],
    ["unclosed fence", `~~~\n${"fixes WEB-1\n".repeat(MB / 12)}`],
    ["link openers", "fixes [WEB-1](".repeat(MB / 14)],
    ["links without spaces", `fixes [WEB-1](${"x".repeat(MB)}`],
    ["blank lines", "\n \n".repeat(MB / 3)],
    ["non-ASCII letters", "éfixes ".repeat(MB / 7)],
  ])("%s: a megabyte parses", (_name, text) => {
    expect(() => findFixClaims([{ where: "pull request #42", text }])).not.toThrow();
  });

  it("a megabyte of claims yields each short ID once", () => {
    const text = "Fixes WEB-1 and fixes WEB-2. ".repeat(MB / 29);
    expect(findFixClaims([{ where: "pull request #42", text }])).toEqual([
      { shortId: "WEB-1", where: ["pull request #42"] },
      { shortId: "WEB-2", where: ["pull request #42"] },
    ]);
  });

  it("never throws, and claims only short IDs in upper case, deduplicated", () => {
    const pieces = fc.constantFrom(
      "fixes",
      "Fixes:",
      "closes",
      "WEB-1",
      "web-a",
      "MY-APP-3Z",
      "and",
      "&",
      ",",
      " ",
      "\n",
      "`",
      "```",
      "~~~",
      "<!--",
      "-->",
      "[",
      "](",
      ")",
      "#",
      "*",
      ".",
      "https://",
      "é",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ where: fc.string(), text }), { maxLength: 4 }), (texts) => {
        const claims = findFixClaims(texts);
        const ids = claims.map((c) => c.shortId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const claim of claims) {
          expect(isShortId(claim.shortId)).toBe(true);
          expect(claim.shortId).toBe(claim.shortId.toUpperCase());
          expect(new Set(claim.where).size).toBe(claim.where.length);
          expect(claim.where.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a claim is found wherever it stands between plain lines", () => {
    const line = fc.stringMatching(/^[a-z ,.]{0,40}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.array(line, { maxLength: 5 }), (before, after) => {
        const text = [...before, "Fixes WEB-7Q", ...after].join("\n");
        expect(claimed(text)).toContain("WEB-7Q");
      }),
    );
  });
});
