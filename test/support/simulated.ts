// The end-to-end tests' way to stand up the Sentry simulator for a scenario and close it afterwards.
import { afterEach } from "vitest";
import {
  type Scenario,
  type Simulator,
  type SimulatorOptions,
  scenarioInputs,
  startSimulator,
} from "../../src/simulator/index.js";

const running: Simulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});

export async function simulate(
  scenario: Pick<Scenario, "world" | "token">,
  options: Partial<SimulatorOptions> = {},
): Promise<Simulator> {
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token, ...options });
  running.push(simulator);
  return simulator;
}

/** The action inputs that point at a scenario's world. */
export function inputsFor(scenario: Scenario, simulator: Simulator, extra: Record<string, string> = {}) {
  return { ...scenarioInputs(scenario, simulator.url), ...extra };
}

/** Requests the simulator answered, without the ones a test itself made. */
export const sentryRequests = (simulator: Simulator) =>
  simulator.requests.filter((request) => request.route !== null);
