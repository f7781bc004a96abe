// A concise way to write a world in a test or a scenario:
//
//   const world = new WorldBuilder({ org: "acme", anchors: { now, deploy } })
//     .project("web")
//     .release("web@2.0.0", { created: "deploy - 1h", deploys: [{ environment: "production", finished: "deploy" }] })
//     .issue({ title: "TypeError: x is undefined", events: [{ at: "deploy + 3m", release: "web@2.0.0" }] })
//     .build();
import { parseDurationMs, resolveTime, type TimeInput } from "./relative-time.js";
import {
  addDeploy,
  addIssue,
  addProject,
  addRelease,
  createWorld,
  type DeployInput,
  type EventInput,
  type IssueInput,
  type ProjectInput,
  type ReleaseInput,
  type World,
  type WorldOptions,
} from "./world.js";

/** Series take the world's processing delay: one processedAt for many events would make no sense. */
export interface SeriesInput extends Omit<EventInput, "at" | "user" | "processedAt"> {
  from: TimeInput;
  /** Exclusive. */
  to: TimeInput;
  every: string;
  /** Users the events take in turn; none by default. */
  users?: string[];
}

export interface PoissonSeriesInput extends Omit<EventInput, "at" | "user" | "processedAt"> {
  from: TimeInput;
  /** Exclusive. */
  to: TimeInput;
  /** The process's rate: expected events per minute (λ). */
  perMinute: number;
  /**
   * Uniform numbers in [0, 1), e.g. seededRandom(42): the only source of randomness, so that a seed
   * gives the same events every run. Never Math.random in a test that must be repeatable.
   */
  random: () => number;
  /** Users the events take, each drawn uniformly from this list with `random`; none by default. */
  users?: readonly string[];
}

export class WorldBuilder {
  readonly world: World;

  constructor(options: WorldOptions = {}) {
    this.world = createWorld(options);
  }

  /** Names an instant that later relative times can use ("deploy + 3m"). */
  anchor(name: string, time: TimeInput): this {
    this.world.anchors[name] = resolveTime(time, this.world.anchors);
    return this;
  }

  project(slug: string, options: Omit<ProjectInput, "slug"> = {}): this {
    addProject(this.world, { slug, ...options });
    return this;
  }

  release(version: string, options: Omit<ReleaseInput, "version">): this {
    addRelease(this.world, { version, ...options });
    return this;
  }

  deploy(version: string, deploy: DeployInput): this {
    addDeploy(this.world, version, deploy);
    return this;
  }

  issue(input: IssueInput): this {
    addIssue(this.world, input);
    return this;
  }

  /** Evenly spaced events in [from, to), e.g. a steady background error. */
  series(input: SeriesInput): EventInput[] {
    const { from, to, every, users, ...event } = input;
    const start = resolveTime(from, this.world.anchors).getTime();
    const end = resolveTime(to, this.world.anchors).getTime();
    const step = parseDurationMs(every);
    if (step <= 0) throw new Error(`series: "every" must be positive, got ${every}`);
    const events: EventInput[] = [];
    for (let at = start, i = 0; at < end; at += step, i++) {
      events.push({
        ...event,
        at: new Date(at),
        user: users?.length ? (users[i % users.length] as string) : null,
      });
    }
    return events;
  }

  /**
   * Events of a homogeneous Poisson process with rate `perMinute` in [from, to): the gaps between
   * events are independent exponential draws (inverse transform, -ln(1 - U) / λ, U from `random`), so
   * the count in any window of length t is Poisson(λt). For statistics tests on seeded random worlds.
   */
  poissonSeries(input: PoissonSeriesInput): EventInput[] {
    const { from, to, perMinute, random, users, ...event } = input;
    if (!(Number.isFinite(perMinute) && perMinute >= 0)) {
      throw new Error(`poissonSeries: "perMinute" must be a finite rate >= 0, got ${perMinute}`);
    }
    const start = resolveTime(from, this.world.anchors).getTime();
    const end = resolveTime(to, this.world.anchors).getTime();
    const events: EventInput[] = [];
    if (perMinute === 0) return events;
    const meanGapMs = 60_000 / perMinute;
    const draw = () => {
      const u = random();
      if (!(u >= 0 && u < 1))
        throw new Error(`poissonSeries: random() must return a number in [0, 1), got ${u}`);
      return u;
    };
    // An exponential gap with mean 1/λ, by inverse transform; 1 - U lies in (0, 1], so the log is finite.
    const gap = () => -meanGapMs * Math.log(1 - draw());
    for (let at = start + gap(); at < end; at += gap()) {
      const user = users?.length ? (users[Math.floor(draw() * users.length)] as string) : null;
      events.push({ ...event, at: new Date(at), user });
    }
    return events;
  }

  build(): World {
    return this.world;
  }
}
