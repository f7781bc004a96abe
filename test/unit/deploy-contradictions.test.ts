// Deploy records that contradict their release (issue 12): Sentry takes a record's dates as given, and
// a release is often created a little after its deploy began, so only a record dated more than a day
// before its release was created is set aside, with a note that says so.
import { describe, expect, it } from "vitest";
import { chooseDeployTime } from "../../src/engine/deploy-time.js";

const at = (iso: string) => new Date(iso);
const CREATED = at("2026-11-25T11:00:00Z");
const RUN_START = at("2026-11-25T12:30:00Z");

describe("a deploy record older than its release", () => {
  it("a few minutes before the release was created (sentry-cli --time, a release made after the deploy): used", () => {
    const record = {
      id: "7",
      environment: "production",
      dateStarted: at("2026-11-25T10:50:00Z"),
      dateFinished: at("2026-11-25T10:58:00Z"),
    };
    expect(chooseDeployTime("auto", [record], "production", RUN_START, CREATED)).toEqual({
      at: record.dateFinished,
      rolloutStart: record.dateStarted,
      source: "deploy-record",
    });
  });

  it("finished more than a day before: not used, and the report says why", () => {
    const bogus = {
      id: "8",
      environment: "production",
      dateStarted: null,
      dateFinished: at("1970-01-01T00:00:00Z"),
    };
    const time = chooseDeployTime("auto", [bogus], "production", RUN_START, CREATED);
    expect(time.source).toBe("run-start");
    expect(time.at).toEqual(RUN_START);
    expect(time.notes).toEqual([
      "Sentry's deploy record 8 (production) is dated 1970-01-01T00:00:00.000Z, more than a day before the release was created (2026-11-25T11:00:00.000Z): not used.",
    ]);
  });

  it("an older good record is used instead of a bogus newer one", () => {
    const good = {
      id: "1",
      environment: "production",
      dateStarted: null,
      dateFinished: at("2026-11-25T11:30:00Z"),
    };
    const bogus = {
      id: "2",
      environment: "production",
      dateStarted: null,
      dateFinished: at("2000-01-01T00:00:00Z"),
    };
    const time = chooseDeployTime("auto", [good, bogus], "production", RUN_START, CREATED);
    expect(time.at).toEqual(good.dateFinished);
    expect(time.notes).toHaveLength(1);
  });

  it("a rollout said to begin more than a day before: counted from the record's end", () => {
    const record = {
      id: "9",
      environment: "production",
      dateStarted: at("1970-01-01T00:00:00Z"),
      dateFinished: at("2026-11-25T11:10:00Z"),
    };
    const time = chooseDeployTime("auto", [record], "production", RUN_START, CREATED);
    expect(time.rolloutStart).toEqual(record.dateFinished);
    expect(time.notes?.[0]).toContain("says its rollout began 1970-01-01T00:00:00.000Z");
  });

  it("a rollout said to begin after the record's end: none, and the report says so", () => {
    const record = {
      id: "10",
      environment: "production",
      dateStarted: at("9999-12-31T23:59:59Z"),
      dateFinished: at("2026-11-25T11:10:00Z"),
    };
    const time = chooseDeployTime("auto", [record], "production", RUN_START, CREATED);
    expect(time.rolloutStart).toEqual(record.dateFinished);
    expect(time.notes?.[0]).toContain("after it finished");
  });

  it("a record dated after the run began: not used, and the report says so", () => {
    const record = {
      id: "11",
      environment: "production",
      dateStarted: null,
      dateFinished: at("2027-01-01T00:00:00Z"),
    };
    const time = chooseDeployTime("auto", [record], "production", RUN_START, CREATED);
    expect(time.source).toBe("run-start");
    expect(time.notes?.[0]).toContain("after this run began");
  });

  it("without the release's creation (an unknown release), records are taken as Sentry keeps them", () => {
    const old = {
      id: "3",
      environment: "production",
      dateStarted: null,
      dateFinished: at("2000-01-01T00:00:00Z"),
    };
    expect(chooseDeployTime("auto", [old], "production", RUN_START, null).at).toEqual(old.dateFinished);
  });
});
