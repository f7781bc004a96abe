// A release's deploys as release_deploys.py lists them: only the deploys that are some (project,
// environment)'s ReleaseProjectEnvironment.last_deploy_id, of the `project` parameters' projects,
// newest dateFinished first; the release's lastDeploy and deployCount still cover every deploy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addDeploy,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-05-10T12:00:00.000Z");
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

/**
 * v1 (web and api): staging 5 h ago; production 4 h ago (both projects), then 3 h ago (web only),
 * then a canary, then production again 1 h ago (api only).
 */
function world(): World {
  return new WorldBuilder({ anchors: { now } })
    .project("web")
    .project("api")
    .release("v1", {
      created: "now - 6h",
      deploys: [
        { environment: "staging", finished: "now - 5h", name: "staging" },
        { environment: "production", finished: "now - 4h", name: "prod both" },
        { environment: "production", finished: "now - 3h", name: "prod web", projects: ["web"] },
        { environment: "canary", finished: "now - 2h", name: "canary" },
        { environment: "production", finished: "now - 1h", name: "prod api", projects: ["api"] },
      ],
    })
    .build();
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ world: world(), now, rateLimit: false });
});
afterAll(() => sim.close());

async function get(path: string) {
  const response = await fetch(`${sim.url}/api/0/organizations/acme/releases/v1/${path}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const names = async (params = "") =>
  ((await get(`deploys/${params}`)).body as { name: string; dateFinished: string }[]).map((d) => d.name);

describe("the deploys list", () => {
  it("has each project and environment's latest deploy, newest first", async () => {
    // "prod both" is no longer the latest production deploy of either project.
    expect(await names()).toEqual(["prod api", "canary", "prod web", "staging"]);
  });

  it("takes the project parameter", async () => {
    expect(await names("?project=web")).toEqual(["canary", "prod web", "staging"]);
    expect(await names("?project=api")).toEqual(["prod api", "canary", "staging"]);
    expect((await get("deploys/?project=nope")).status).toBe(403);
  });

  it("while the release's lastDeploy is the newest and deployCount counts them all", async () => {
    expect((await get("")).body).toMatchObject({
      deployCount: 5,
      lastDeploy: { name: "prod api", environment: "production", dateFinished: ago(1) },
    });
  });

  it("refuses a deploy for a project the release does not have", () => {
    const w = new WorldBuilder({ anchors: { now } }).project("web").project("api");
    w.release("web@1", { created: "now - 1h", projects: ["web"] });
    expect(() =>
      addDeploy(w.world, "web@1", { environment: "production", finished: "now", projects: ["api"] }),
    ).toThrow("Invalid projects (api) for release web@1");
  });
});
