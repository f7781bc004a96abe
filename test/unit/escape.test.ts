import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { codeSpan, markdownText, plainLine, safeLink } from "../../src/report/escape.js";
import { visibleText } from "../support/rendered-html.js";

const render = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
/** A one-row table whose middle cell is `cell`, rendered as GitHub would. */
const renderCell = (cell: string) => render(`| a | b | c |\n| --- | --- | --- |\n| x | ${cell} | y |\n`);

const HOSTILE = [
  "@octocat please look",
  "@acme/security-team",
  "<img src=x onerror=alert(1)>",
  "</td></tr></table><script>x</script>",
  "[click me](https://evil.example/phish)",
  "![x](https://evil.example/x.png)",
  "https://evil.example/steal www.evil.example",
  "a | b | c",
  "`code` ``` fence",
  "**bold** _it_ ~~strike~~ $x^2$",
  "<!-- sentry-deploy-verify:marker -->",
  "line1\nline2\r\n| --- |",
  "fixes #123 and acme/repo#9 and GH-4",
  "\u001b[31mred\u001b[0m \u202eevil\u202c",
  "\\| escaped pipe \\",
];

// Strings weighted towards markdown's and GitHub's special characters.
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ..."<>|`*_[]()!@#~$\\&:/.-\n\r\t\u0000\u001b\u202e".split(""),
        "www.",
        "://",
        "http",
        "gh-1",
        "<!--",
        "-->",
      ),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: "binary", maxLength: 2 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("markdownText keeps Sentry's text from acting on the page", () => {
  it.each(HOSTILE)("%j stays one plain cell", (text) => assertInert(text));

  it("holds for any text (property)", () => {
    fc.assert(
      fc.property(hostileText, (text) => assertInert(text)),
      { numRuns: 2000 },
    );
  });

  it("shows the reader the same characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const html = renderCell(markdownText(text));
        const cell = /<tr>\s*<td>x<\/td>\s*<td>(.*?)<\/td>\s*<td>y<\/td>/s.exec(html)?.[1] ?? "";
        expect(visibleText(cell).replace(/\u200b/g, "")).toBe(plainLine(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("shortens long titles", () => {
    expect(markdownText("x".repeat(500), 50)).toBe(`${"x".repeat(49)}…`);
  });
});

function assertInert(text: string) {
  const html = renderCell(markdownText(text));
  // Still exactly one row of three cells.
  expect(html.match(/<td>/g)).toHaveLength(3);
  expect(html).not.toMatch(/<(a|img|script|code|em|strong|del|!--)[\s>]/i);
  expect(html).not.toMatch(/<[a-z]+ [^>]*on\w+=/i);
  const cell = /<tr>\s*<td>x<\/td>\s*<td>(.*?)<\/td>\s*<td>y<\/td>/s.exec(html)?.[1] ?? "";
  const visible = visibleText(cell);
  // GitHub links mentions, issue references and bare URLs in the rendered text: none survives whole.
  expect(visible).not.toMatch(/@[A-Za-z0-9]/);
  expect(visible).not.toMatch(/#[0-9]/);
  expect(visible).not.toMatch(/(https?|ftp):\/\//i);
  expect(visible).not.toMatch(/www\./i);
  expect(visible).not.toMatch(/[\p{Cc}\u202e]/u);
}

describe("codeSpan", () => {
  it("shows backticks, backslashes and pipes verbatim inside a table", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "`", "|", "\\", " ", "b"), minLength: 1, maxLength: 20 }),
        (text) => {
          const line = plainLine(text);
          fc.pre(line.length > 0);
          const html = renderCell(codeSpan(text));
          expect(html.match(/<td>/g)).toHaveLength(3);
          const code = /<code>(.*?)<\/code>/s.exec(html)?.[1];
          expect(code && visibleText(code).replace(/\u200b/g, "")).toBe(line);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never ends a cell at a pipe after a backslash, which renderers split differently", () => {
    // Renderers disagree on `\\|` in a table: a backslash and an escaped pipe, or an escaped backslash and a cell's end.
    expect(codeSpan("a\\|b")).toBe("`a\\\u200b\\|b`");
  });

  it("never carries an HTML comment's opening, which would look like a comment marker", () => {
    expect(codeSpan("<!-- sentry-deploy-verify gate:0 -->")).not.toContain("<!--");
  });
});

describe("plainLine", () => {
  it("removes terminal escapes and direction overrides and folds lines", () => {
    expect(plainLine("a\u001b[2Jb\nc\u202ed")).toBe("a [2Jb c d");
  });
});

describe("safeLink", () => {
  it("keeps http(s) links and refuses other schemes", () => {
    expect(safeLink("https://acme.sentry.io/issues/1/")).toBe("https://acme.sentry.io/issues/1/");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("not a url")).toBeNull();
  });

  it("encodes what would end a markdown link early", () => {
    expect(safeLink("https://s.example/a)(b")).toBe("https://s.example/a%29%28b");
  });
});
