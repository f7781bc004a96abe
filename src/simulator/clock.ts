// The simulator's sense of "now". Only events at or before now exist, so a test can schedule an
// event a few seconds after a deploy and watch a real waiting run see it appear on a later poll.

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function fixedClock(at: Date): Clock {
  return () => new Date(at.getTime());
}

/** A clock a test moves by hand: `clock.advance(60_000)` is a minute later for every later request. */
export interface ManualClock extends Clock {
  set(at: Date): void;
  advance(ms: number): void;
}

export function manualClock(start: Date): ManualClock {
  let current = start.getTime();
  const clock = (() => new Date(current)) as ManualClock;
  clock.set = (at) => {
    current = at.getTime();
  };
  clock.advance = (ms) => {
    current += ms;
  };
  return clock;
}

export function toClock(now: Clock | Date | undefined): Clock {
  if (now === undefined) return systemClock;
  return now instanceof Date ? fixedClock(now) : now;
}
