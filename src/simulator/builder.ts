// A concise way to write a world in a test or a scenario:
//
//   const world = new WorldBuilder({ org: "acme", anchors: { now, deploy } })
//     .project("web")
//     .release("web@2.0.0", { created: "deploy - 1h", deploys: [{ environment: "production", finished: "deploy" }] })
//     .issue({ title: "TypeError: x is undefined", events: [{ at: "deploy + 3m", release: "web@2.0.0" }] })
//     .build();
import { logNormal, poissonArrivals, uniform } from "./random.js";
import { parseDurationMs, resolveTime, type TimeInput } from "./relative-time.js";
import {
  addSessions,
  addTransactions,
  type SessionInput,
  type SpanStatus,
  type TransactionInput,
} from "./traffic.js";
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

/** Poisson arrivals in [from, to) (random.ts poissonArrivals); series take the world's processing delay. */
interface RandomSeries {
  from: TimeInput;
  /** Exclusive. */
  to: TimeInput;
  /** The process's rate: expected arrivals per minute (λ). */
  perMinute: number;
  /**
   * Uniform numbers in [0, 1), e.g. seededRandom(42): the only source of randomness, so that a seed
   * gives the same series every run. Never Math.random in a test that must be repeatable.
   */
  random: () => number;
  /** Users the arrivals take, each drawn uniformly from this list with `random`; none by default. */
  users?: readonly string[];
}

export interface PoissonSeriesInput extends RandomSeries, Omit<EventInput, "at" | "user" | "processedAt"> {}

export interface TransactionSeriesInput
  extends Omit<RandomSeries, "users">,
    Omit<TransactionInput, "at" | "processedAt" | "durationMs" | "status"> {
  /** Durations are log-normal with this median, in milliseconds… */
  medianMs: number;
  /** …and this spread: the standard deviation of their logarithm (p95 = median · e^(1.645 · spread)). */
  spread: number;
  /** The probability that a transaction fails; default 0. */
  failureRate?: number;
  /** A failed transaction's status; default internal_error. */
  failureStatus?: SpanStatus;
}

export interface SessionSeriesInput
  extends RandomSeries,
    Omit<SessionInput, "at" | "processedAt" | "status" | "user"> {
  /** The probability that a session crashes; default 0. */
  crashRate?: number;
  /** The probability that a session ends errored (a handled error, no crash); default 0. */
  erroredRate?: number;
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
    const start = this.time(from);
    const end = this.time(to);
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
    const events: EventInput[] = [];
    poissonArrivals(
      this.time(from),
      this.time(to),
      perMinute,
      random,
      (at) => {
        const user = users?.length ? pick(users, random, "poissonSeries") : null;
        events.push({ ...event, at: new Date(at), user });
      },
      "poissonSeries",
    );
    return events;
  }

  /** Adds sampled transactions (segment spans), e.g. from transactionSeries. */
  transactions(inputs: readonly TransactionInput[]): this {
    addTransactions(this.world, inputs);
    return this;
  }

  /** Adds release-health sessions, e.g. from sessionSeries. */
  sessions(inputs: readonly SessionInput[]): this {
    addSessions(this.world, inputs);
    return this;
  }

  /**
   * Transactions arriving as poissonSeries' events do, each with a log-normal duration, then failing
   * with probability `failureRate`: per arrival, two draws for the duration and one for the failure.
   */
  transactionSeries(input: TransactionSeriesInput): TransactionInput[] {
    const { from, to, perMinute, random, medianMs, spread, failureRate = 0, failureStatus, ...rest } = input;
    const who = "transactionSeries";
    const transactions: TransactionInput[] = [];
    poissonArrivals(
      this.time(from),
      this.time(to),
      perMinute,
      random,
      (at) => {
        const durationMs = logNormal(medianMs, spread, random, who);
        const failed = uniform(random, who) < failureRate;
        // Written out, not spread: a series may hold tens of thousands of transactions.
        transactions.push({
          transaction: rest.transaction,
          project: rest.project,
          release: rest.release,
          environment: rest.environment,
          sampleRate: rest.sampleRate,
          at: new Date(at),
          durationMs,
          status: failed ? (failureStatus ?? "internal_error") : "ok",
        });
      },
      who,
    );
    return transactions;
  }

  /** Sessions arriving as poissonSeries' events do; per arrival, one draw for the status, one for the user. */
  sessionSeries(input: SessionSeriesInput): SessionInput[] {
    const { from, to, perMinute, random, crashRate = 0, erroredRate = 0, users, ...rest } = input;
    const who = "sessionSeries";
    const sessions: SessionInput[] = [];
    poissonArrivals(
      this.time(from),
      this.time(to),
      perMinute,
      random,
      (at) => {
        const u = uniform(random, who);
        const status = u < crashRate ? "crashed" : u < crashRate + erroredRate ? "errored" : "healthy";
        const user = users?.length ? pick(users, random, who) : null;
        sessions.push({
          release: rest.release,
          project: rest.project,
          environment: rest.environment,
          at: new Date(at),
          status,
          user,
        });
      },
      who,
    );
    return sessions;
  }

  private time(input: TimeInput): number {
    return resolveTime(input, this.world.anchors).getTime();
  }

  build(): World {
    return this.world;
  }
}

function pick(items: readonly string[], random: () => number, who: string): string {
  return items[Math.floor(uniform(random, who) * items.length)] as string;
}
