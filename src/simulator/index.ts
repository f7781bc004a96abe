// The Sentry simulator: a real HTTP server answering as Sentry's REST API does, from a world of
// recorded events whose derived state (status, regressions, first seen per environment) Sentry's
// own rules compute at request time.
export { FULL_SCOPES, SIMULATOR_TOKEN } from "./auth.js";
export {
  type PoissonSeriesInput,
  type SeriesInput,
  type SessionSeriesInput,
  type TransactionSeriesInput,
  WorldBuilder,
} from "./builder.js";
export { type Clock, fixedClock, type ManualClock, manualClock, systemClock } from "./clock.js";
export type { Fault, FaultAction, FaultQueue } from "./faults.js";
export { seededRandom } from "./random.js";
export { type RateLimitOptions, SENTRY_RATE_LIMITS } from "./rate-limit.js";
export type { TimeInput } from "./relative-time.js";
export {
  cleanScenario,
  HOSTILE_TITLE,
  largeSteadyWorld,
  largeWorld,
  quietScenario,
  RELEASES,
  regressionScenario,
  SCENARIOS,
  type Scenario,
  scenarioInputs,
  silentScenario,
} from "./scenarios.js";
export { type RecordedRequest, type Simulator, type SimulatorOptions, startSimulator } from "./server.js";
export {
  addSessions,
  addTransactions,
  isFailure,
  type SessionInput,
  type SessionStatus,
  type SimSession,
  type SimTransaction,
  SPAN_STATUSES,
  type SpanStatus,
  type TransactionInput,
} from "./traffic.js";
export {
  addDeploy,
  addEvent,
  addIssue,
  addProject,
  addRelease,
  createWorld,
  type DeployInput,
  type EventInput,
  type FrameInput,
  findIssue,
  type IssueCategory,
  type IssueInput,
  type Level,
  type ProjectInput,
  type ReleaseInput,
  type ResolutionInput,
  type SimDeploy,
  type SimEvent,
  type SimFrame,
  type SimIssue,
  type SimOrg,
  type SimProject,
  type SimRelease,
  type SimResolution,
  type World,
  type WorldOptions,
} from "./world.js";
