// GET /organizations/{org}/shortids/{issue_id}/ (resolveOrganizationShortId) through real HTTP: how
// Sentry's get_group_with_redirect reads the reference, what the group in the answer counts, and 404s.
import { afterEach, describe, expect, it } from "vitest";
import {
  manualClock,
  SIMULATOR_TOKEN,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-11-25T12:00:00.000Z");

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function serve(world: World, options: Partial<SimulatorOptions> = {}) {
  sim = await startSimulator({ world, now, rateLimit: false, ...options });
  return sim;
}

async function call(s: Simulator, path: string, token = SIMULATOR_TOKEN) {
  const response = await fetch(`${s.url}/api/0${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * WEB-1: production and staging events, the latest one unhandled. WEB-2 … WEB-A: filler, so that
 * the tenth issue's short ID has a base32 letter. API-1: another project. WEB-B: first event after now.
 */
function world(): World {
  const b = new WorldBuilder({ anchors: { now } }).project("web").project("api");
  b.issue({
    title: "TypeError: x is undefined",
    events: [
      { at: "now - 3d", environment: "staging", user: "qa", handled: false },
      { at: "now - 2h", environment: "production", user: "u1" },
      { at: "now - 1h", environment: "production", user: "u2", handled: false },
    ],
  });
  for (let n = 2; n <= 10; n++) b.issue({ title: `Error: filler ${n}`, events: [{ at: "now - 5h" }] });
  b.issue({ title: "Error: in the api", project: "api", events: [{ at: "now - 1d", handled: false }] });
  b.issue({ title: "Error: not yet", events: [{ at: "now + 10m" }] });
  return b.build();
}

describe("resolving a short ID", () => {
  it("answers the organization, project, group ID, canonical short ID and the issue", async () => {
    const w = world();
    const s = await serve(w);
    const issue = w.issues[0];
    const { status, body } = await call(s, "/organizations/acme/shortids/WEB-1/");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([
      "group",
      "groupId",
      "organizationSlug",
      "projectSlug",
      "shortId",
    ]);
    expect(body).toMatchObject({
      organizationSlug: "acme",
      projectSlug: "web",
      groupId: issue?.id,
      shortId: "WEB-1",
      group: {
        id: issue?.id,
        shortId: "WEB-1",
        title: "TypeError: x is undefined",
        status: "unresolved",
        project: { slug: "web" },
        permalink: `${s.url}/organizations/acme/issues/${issue?.id}/`,
      },
    });
  });

  it("matches in any case and with any separator Sentry's parse_short_id accepts", async () => {
    const w = world();
    const s = await serve(w);
    for (const ref of ["web-1", "Web-1", "WEB_1", "web%201", "issue:WEB-1", "%20WEB-1%20"]) {
      const { status, body } = await call(s, `/organizations/acme/shortids/${ref}/`);
      expect({ ref, status, shortId: body.shortId }).toEqual({ ref, status: 200, shortId: "WEB-1" });
    }
    // The number is base32 without I, L, O, U: the tenth issue is WEB-A, in any case.
    expect((await call(s, "/organizations/acme/shortids/web-a/")).body).toMatchObject({
      shortId: "WEB-A",
      groupId: w.issues[9]?.id,
    });
    expect((await call(s, "/organizations/acme/shortids/api-1/")).body).toMatchObject({
      projectSlug: "api",
      shortId: "API-1",
    });
  });

  it("also resolves a numeric issue ID, as the endpoint's GroupEndpoint does", async () => {
    const w = world();
    const s = await serve(w);
    expect((await call(s, `/organizations/acme/shortids/${w.issues[0]?.id}/`)).body).toMatchObject({
      shortId: "WEB-1",
      groupId: w.issues[0]?.id,
    });
  });

  it("serializes the issue with the default GroupSerializer: all environments, all time", async () => {
    const w = world();
    const s = await serve(w);
    // No environment and no date range reach the serializer, whatever the request says.
    for (const path of [
      "/organizations/acme/shortids/WEB-1/",
      "/organizations/acme/shortids/WEB-1/?environment=production&statsPeriod=1h",
    ]) {
      const { body } = await call(s, path);
      expect(body.group).toMatchObject({
        count: "3",
        userCount: 3,
        firstSeen: "2026-11-22T12:00:00.000Z",
        lastSeen: "2026-11-25T11:00:00.000Z",
        // The latest event was unhandled.
        isUnhandled: true,
      });
      const group = body.group as Record<string, unknown>;
      for (const field of ["stats", "lifetime", "filtered", "activity", "tags", "firstRelease"]) {
        expect(group).not.toHaveProperty(field);
      }
    }
  });

  it("isUnhandled is the latest event's, not whether any event was unhandled", async () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.issue({
      title: "Error: once unhandled",
      events: [
        { at: "now - 2h", handled: false },
        { at: "now - 1h", handled: true },
      ],
    });
    const s = await serve(b.build());
    expect((await call(s, "/organizations/acme/shortids/WEB-1/")).body.group as object).toMatchObject({
      isUnhandled: false,
    });
  });
});

describe("the issue list's short-ID direct hit", () => {
  it("with shortIdLookup=1, finds the issue in any case and any project, ignoring the date range", async () => {
    const w = world();
    const s = await serve(w);
    const api = w.projects.find((p) => p.slug === "api")?.id ?? "";
    const response = await fetch(
      `${s.url}/api/0/organizations/acme/issues/?query=web_1&shortIdLookup=1&project=${api}&statsPeriod=1h`,
      { headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` } },
    );
    expect(response.headers.get("X-Sentry-Direct-Hit")).toBe("1");
    const [hit] = (await response.json()) as { shortId: string; count: string }[];
    // Not windowed: all three events.
    expect(hit).toMatchObject({ shortId: "WEB-1", count: "3" });
    // Without shortIdLookup the text is searched as free text.
    const plain = await call(s, "/organizations/acme/issues/?query=web_1");
    expect(plain.body).toEqual([]);
  });
});

describe("404s", () => {
  const NOT_FOUND = { status: 404, body: { detail: "The requested resource does not exist" } };

  it("answers ResourceDoesNotExist for an unknown short ID, one that does not parse, and an unknown organization", async () => {
    const s = await serve(world());
    for (const path of [
      "/organizations/acme/shortids/WEB-99/",
      "/organizations/acme/shortids/MOBILE-1/",
      "/organizations/acme/shortids/nodash/",
      // U is not a base32 digit, so this is no short ID at all.
      "/organizations/acme/shortids/WEB-U/",
      "/organizations/acme/shortids/999/",
      "/organizations/other/shortids/WEB-1/",
    ]) {
      expect(await call(s, path)).toEqual(NOT_FOUND);
    }
  });

  it("answers 404 for an issue whose first event is still ahead, and the issue once it arrives", async () => {
    const clock = manualClock(now);
    const s = await serve(world(), { now: clock });
    expect(await call(s, "/organizations/acme/shortids/WEB-B/")).toEqual(NOT_FOUND);
    clock.advance(10 * 60_000);
    expect((await call(s, "/organizations/acme/shortids/WEB-B/")).body).toMatchObject({ shortId: "WEB-B" });
  });

  it("needs event:read", async () => {
    const s = await serve(world(), { tokens: { orgOnly: ["org:read", "project:read"] } });
    expect((await call(s, "/organizations/acme/shortids/WEB-1/", "orgOnly")).status).toBe(403);
  });
});
