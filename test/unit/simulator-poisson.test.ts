// WorldBuilder.poissonSeries and seededRandom: repeatable Poisson event streams for statistics tests,
// and a large seeded world whose windowed issue counts must equal a brute-force count (the issue
// search finds each issue's window by binary search).
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type EventInput,
  SIMULATOR_TOKEN,
  type SimEvent,
  type Simulator,
  seededRandom,
  startSimulator,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-11-25T12:00:00.000Z");
const MINUTE = 60_000;

const times = (events: EventInput[]) => events.map((e) => (e.at as Date).getTime());

describe("seededRandom", () => {
  it("gives the same numbers for the same seed, other numbers for another, all in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    const mean = first.reduce((sum, u) => sum + u, 0) / first.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });
});

describe("poissonSeries", () => {
  const builder = () => new WorldBuilder({ anchors: { now } }).project("web");

  it("is repeatable from its seed and never calls Math.random", () => {
    const spy = vi.spyOn(Math, "random");
    try {
      const make = (seed: number) =>
        builder().poissonSeries({ from: "now - 1h", to: "now", perMinute: 5, random: seededRandom(seed) });
      expect(times(make(1))).toEqual(times(make(1)));
      expect(times(make(1))).not.toEqual(times(make(2)));
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("puts events in [from, to), in time order, with the given fields", () => {
    const events = builder().poissonSeries({
      from: "now - 2h",
      to: "now - 1h",
      perMinute: 3,
      random: seededRandom(7),
      environment: "staging",
      release: "web@2.0.0",
      tags: { region: "eu" },
      handled: false,
    });
    const ms = times(events);
    expect(ms.length).toBeGreaterThan(100);
    expect(ms[0]).toBeGreaterThanOrEqual(now.getTime() - 2 * 60 * MINUTE);
    expect(ms.at(-1)).toBeLessThan(now.getTime() - 60 * MINUTE);
    expect(ms).toEqual([...ms].sort((x, y) => x - y));
    expect(events[0]).toMatchObject({
      environment: "staging",
      release: "web@2.0.0",
      tags: { region: "eu" },
      handled: false,
      user: null,
    });
  });

  it("has Poisson counts: mean λt, variance λt per window, exponential gaps", () => {
    const perMinute = 10;
    const minutes = 1000;
    const events = builder().poissonSeries({
      from: new Date(now.getTime() - minutes * MINUTE),
      to: now,
      perMinute,
      random: seededRandom(2026),
    });
    // Total ~ Poisson(10,000): standard deviation 100; 5 of them is a margin no seed should reach.
    expect(Math.abs(events.length - perMinute * minutes)).toBeLessThan(500);
    // Per minute: the index of dispersion (variance / mean) of a Poisson count is 1.
    const counts = new Array<number>(minutes).fill(0);
    const start = now.getTime() - minutes * MINUTE;
    for (const t of times(events))
      counts[Math.floor((t - start) / MINUTE)] = (counts[Math.floor((t - start) / MINUTE)] ?? 0) + 1;
    const mean = counts.reduce((a, b) => a + b, 0) / minutes;
    const variance = counts.reduce((a, b) => a + (b - mean) ** 2, 0) / (minutes - 1);
    expect(variance / mean).toBeGreaterThan(0.8);
    expect(variance / mean).toBeLessThan(1.2);
    // Gaps: mean 6 s, and P(gap > mean) = e^-1 for an exponential.
    const ms = times(events);
    const gaps = ms.slice(1).map((t, i) => t - (ms[i] as number));
    const meanGap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(Math.abs(meanGap - 6000) / 6000).toBeLessThan(0.05);
    const longer = gaps.filter((g) => g > 6000).length / gaps.length;
    expect(Math.abs(longer - Math.exp(-1))).toBeLessThan(0.03);
  });

  it("draws each event's user from the list with the same random source", () => {
    const events = builder().poissonSeries({
      from: "now - 10h",
      to: "now",
      perMinute: 2,
      random: seededRandom(5),
      users: ["a", "b", "c"],
    });
    const seen = new Map<string, number>();
    for (const e of events) seen.set(e.user as string, (seen.get(e.user as string) ?? 0) + 1);
    expect([...seen.keys()].sort()).toEqual(["a", "b", "c"]);
    for (const n of seen.values()) expect(n / events.length).toBeGreaterThan(0.25);
  });

  it("gives nothing at rate 0, and refuses a negative rate or a random source outside [0, 1)", () => {
    const b = builder();
    expect(b.poissonSeries({ from: "now - 1h", to: "now", perMinute: 0, random: () => 0.5 })).toEqual([]);
    expect(() => b.poissonSeries({ from: "now - 1h", to: "now", perMinute: -1, random: () => 0.5 })).toThrow(
      /perMinute/,
    );
    expect(() => b.poissonSeries({ from: "now - 1h", to: "now", perMinute: 1, random: () => 1 })).toThrow(
      /\[0, 1\)/,
    );
  });
});

describe("a large seeded world", () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it("answers the windowed counts a brute-force count gives, window bounds included and excluded", async () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web").project("api");
    const random = seededRandom(99);
    for (let i = 0; i < 40; i++) {
      b.issue({
        title: `Error: issue ${i}`,
        project: i % 2 ? "api" : "web",
        events: b.poissonSeries({
          from: "now - 14d",
          to: "now",
          perMinute: 2000 / (14 * 24 * 60),
          random,
          environment: i % 3 ? "production" : "staging",
          users: ["a", "b", "c", "d", "e"],
        }),
      });
    }
    const world = b.build();
    // The window starts exactly at one event and ends exactly at another.
    const pivot = world.issues[1]?.events ?? [];
    const start = (pivot[pivot.length - 40] as SimEvent).at;
    const end = (pivot[pivot.length - 5] as SimEvent).at;
    // A test pushing an event out of order into a staging issue: Sentry orders by time whatever the
    // arrival order, so it counts in the window.
    const early = world.issues[0]?.events as SimEvent[];
    early.push({
      ...(early[0] as SimEvent),
      id: "f".repeat(32),
      environment: "production",
      at: new Date((start.getTime() + end.getTime()) / 2),
    });
    early.push({ ...(early[0] as SimEvent), id: "e".repeat(32), environment: "production", at: start });
    sim = await startSimulator({ world, now, rateLimit: false });
    const params = new URLSearchParams({
      start: start.toISOString(),
      end: end.toISOString(),
      environment: "production",
      query: "is:unresolved",
      limit: "100",
    });
    const response = await fetch(`${sim.url}/api/0/organizations/acme/issues/?${params}`, {
      headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
    });
    const listed = (await response.json()) as {
      id: string;
      count: string;
      userCount: number;
      lastSeen: string;
    }[];
    const expected = world.issues
      .map((issue) => {
        const inWindow = issue.events.filter(
          (e) => e.environment === "production" && e.at >= start && e.at < end && e.at <= now,
        );
        return { issue, inWindow };
      })
      .filter(({ inWindow }) => inWindow.length > 0);
    expect(expected.find(({ issue }) => issue === world.issues[0])?.inWindow.length).toBe(2);
    expect(listed.map((i) => i.id).sort()).toEqual(expected.map(({ issue }) => issue.id).sort());
    for (const { issue, inWindow } of expected) {
      const item = listed.find((i) => i.id === issue.id);
      const last = Math.max(...inWindow.map((e) => e.at.getTime()));
      expect(item).toMatchObject({
        count: String(inWindow.length),
        userCount: new Set(inWindow.map((e) => e.user)).size,
        lastSeen: new Date(last).toISOString(),
      });
    }
  });
});
