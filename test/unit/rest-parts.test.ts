import { describe, expect, it } from "vitest";
import { SentryError } from "../../src/sentry/errors.js";
import { createRedactor } from "../../src/sentry/redact.js";
import { nextPageLink } from "../../src/sentry/rest/link-header.js";
import { apiPath, apiUrl } from "../../src/sentry/rest/paths.js";
import { controlHostOf, trustedRegion } from "../../src/sentry/rest/region.js";

describe("nextPageLink", () => {
  const link = (results: string) =>
    '<https://us.sentry.io/api/0/organizations/acme/issues/?query=a%2Cb&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", ' +
    `<https://us.sentry.io/api/0/organizations/acme/issues/?query=a%2Cb&cursor=0:100:0>; rel="next"; results="${results}"; cursor="0:100:0"`;

  it("gives the next URL while it has results", () => {
    expect(nextPageLink(link("true"))).toBe(
      "https://us.sentry.io/api/0/organizations/acme/issues/?query=a%2Cb&cursor=0:100:0",
    );
  });

  it('stops at results="false", without a next link, or without a header', () => {
    expect(nextPageLink(link("false"))).toBeNull();
    expect(nextPageLink('<https://x/?cursor=1>; rel="previous"; results="true"')).toBeNull();
    expect(nextPageLink(null)).toBeNull();
  });

  it("keeps commas inside the URL", () => {
    expect(nextPageLink('<https://x/?q=[a,b]&cursor=2>; rel="next"; results="true"')).toBe(
      "https://x/?q=[a,b]&cursor=2",
    );
  });
});

describe("trustedRegion", () => {
  it("accepts the control host and its subdomains over https, as an origin", () => {
    expect(trustedRegion("https://us.sentry.io", "sentry.io")?.href).toBe("https://us.sentry.io/");
    expect(trustedRegion("https://de.sentry.io/some/path", "sentry.io")?.href).toBe("https://de.sentry.io/");
    expect(trustedRegion("https://sentry.io", "sentry.io")?.href).toBe("https://sentry.io/");
  });

  it.each([
    ["http://us.sentry.io", "plain http"],
    ["https://us.sentry.io.evil.com", "a look-alike suffix"],
    ["https://evilsentry.io", "a look-alike name"],
    ["https://user:pass@us.sentry.io", "credentials"],
    ["not a url", "garbage"],
    ["", "empty"],
  ])("refuses %s (%s)", (regionUrl) => {
    expect(trustedRegion(regionUrl, "sentry.io")).toBeNull();
  });

  it("refuses a missing regionUrl", () => {
    expect(trustedRegion(null, "sentry.io")).toBeNull();
    expect(trustedRegion(undefined, "sentry.io")).toBeNull();
  });

  it("discovers only on a control host", () => {
    expect(controlHostOf(new URL("https://sentry.io"), ["sentry.io"])).toBe("sentry.io");
    expect(controlHostOf(new URL("https://us.sentry.io"), ["sentry.io"])).toBeNull();
    expect(controlHostOf(new URL("https://sentry.example.com"), ["sentry.io"])).toBeNull();
  });
});

describe("apiPath", () => {
  it("encodes each value as one segment", () => {
    const version = "app@1.0 beta?x=1#y/z";
    expect(apiPath`/organizations/${"acme"}/releases/${version}/`).toBe(
      "/api/0/organizations/acme/releases/app%401.0%20beta%3Fx%3D1%23y%2Fz/",
    );
  });

  it.each([".", "..", ""])("refuses %j", (value) => {
    expect(() => apiPath`/organizations/${value}/`).toThrow(SentryError);
  });

  it("keeps a self-hosted base path", () => {
    expect(
      apiUrl(new URL("https://example.com/sentry/"), "/api/0/x/", [
        ["a", "1"],
        ["a", "2"],
      ]).href,
    ).toBe("https://example.com/sentry/api/0/x/?a=1&a=2");
  });
});

describe("createRedactor", () => {
  const redact = createRedactor("sntrys_abc+/=");

  it("masks the token and its URL-encoded form", () => {
    expect(redact.text("t=sntrys_abc+/= and sntrys_abc%2B%2F%3D")).toBe("t=*** and ***");
  });

  it("quotes a body on one line, masked before it is cut", () => {
    const body = `${"x".repeat(195)}sntrys_abc+/=\u0000\u001b[31m\u202e${"y".repeat(300)}`;
    const quoted = redact.quote(body);
    expect(quoted).not.toContain("sntrys_");
    expect(quoted).toContain("***");
    expect(quoted).not.toMatch(/[\p{Cc}\u202e]/u);
    expect(quoted.length).toBeLessThanOrEqual(201);
  });
});
