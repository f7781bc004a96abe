import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SentryError } from "../../src/sentry/errors.js";
import { issueQuery, quoteSearchValue } from "../../src/sentry/rest/search-query.js";

// Sentry's grammar for a quoted value (src/sentry/api/event_search.py):
//   quoted_value = '"' ('\\"' / ~r'[^"]')* '"'   and then the content's \" becomes ".
function readQuoted(query: string, start: number): { value: string; end: number } | null {
  if (query[start] !== '"') return null;
  let raw = "";
  let index = start + 1;
  while (index < query.length) {
    if (query.startsWith('\\"', index)) {
      raw += '\\"';
      index += 2;
    } else if (query[index] === '"') {
      return { value: raw.replaceAll('\\"', '"'), end: index + 1 };
    } else {
      raw += query[index];
      index += 1;
    }
  }
  return null;
}

describe("issueQuery", () => {
  it("turns every condition into Sentry's syntax, the user's terms last", () => {
    const query = issueQuery({
      firstSeenFrom: new Date("2026-03-01T12:00:00Z"),
      firstRelease: "app@1.2.3",
      regressedInRelease: "app@1.2.3",
      release: "app@1.2.3",
      regressed: true,
      userQuery: "  level:[error,fatal] ",
    });
    expect(query).toBe(
      'firstSeen:>=2026-03-01T12:00:00.000Z firstRelease:"app@1.2.3" regressed_in_release:"app@1.2.3"' +
        ' release:"app@1.2.3" is:regressed level:[error,fatal]',
    );
  });

  it("is empty without conditions, so that Sentry's default is:unresolved is not applied", () => {
    expect(issueQuery({ userQuery: "" })).toBe("");
  });

  it("quotes release versions with quotes and spaces", () => {
    expect(issueQuery({ release: 'a "b" c', userQuery: "" })).toBe('release:"a \\"b\\" c"');
  });
});

describe("quoteSearchValue", () => {
  it("refuses a backslash, which no release version can contain and Sentry cannot quote", () => {
    expect(() => quoteSearchValue("a\\")).toThrow(SentryError);
    expect(() => quoteSearchValue("a\\")).toThrow(/backslash/);
  });

  const interesting = fc.string({ unit: fc.constantFrom('"', " ", "a", ":", "*", "[", "]", "é", "\n") });
  const values = fc.oneof(
    interesting,
    fc.string({ unit: "binary" }).filter((value) => !value.includes("\\")),
  );

  it("reads back as exactly the value, and the next term stays a term of its own", () => {
    fc.assert(
      fc.property(values, (value) => {
        const query = `release:${quoteSearchValue(value)} is:regressed`;
        const read = readQuoted(query, "release:".length);
        expect(read?.value).toBe(value);
        expect(query.slice(read?.end)).toBe(" is:regressed");
      }),
      { numRuns: 500 },
    );
  });

  it("refuses every value with a backslash", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        expect(() => quoteSearchValue(`${before}\\${after}`)).toThrow(SentryError);
      }),
    );
  });
});
