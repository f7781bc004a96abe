// A small seeded random source for worlds built from random draws (WorldBuilder.poissonSeries): the
// same seed gives the same numbers on every machine and run, unlike Math.random.

/**
 * Uniform numbers in [0, 1) from a 32-bit seed (the mulberry32 generator: fast, 2^32 period, good
 * enough for test statistics, not for anything cryptographic).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One number from `random`, checked to be in [0, 1) (`who` names the caller in the error). */
export function uniform(random: () => number, who: string): number {
  const u = random();
  if (!(u >= 0 && u < 1)) throw new Error(`${who}: random() must return a number in [0, 1), got ${u}`);
  return u;
}

/**
 * The arrival times of a homogeneous Poisson process with rate `perMinute` in [startMs, endMs), in
 * order: the gaps are independent exponential draws (inverse transform, -ln(1 - U) / λ), so the count
 * in any window of length t is Poisson(λt). `onArrival` runs before the next gap is drawn, so that a
 * caller's own draws for each arrival interleave with the gaps, always in the same order.
 */
export function poissonArrivals(
  startMs: number,
  endMs: number,
  perMinute: number,
  random: () => number,
  onArrival: (atMs: number) => void,
  who: string,
): void {
  if (!(Number.isFinite(perMinute) && perMinute >= 0)) {
    throw new Error(`${who}: "perMinute" must be a finite rate >= 0, got ${perMinute}`);
  }
  if (perMinute === 0) return;
  const meanGapMs = 60_000 / perMinute;
  // 1 - U lies in (0, 1], so the log is finite.
  const gap = () => -meanGapMs * Math.log(1 - uniform(random, who));
  for (let at = startMs + gap(); at < endMs; at += gap()) onArrival(at);
}

/**
 * A log-normal draw with the given median and spread (the standard deviation of its logarithm, σ):
 * median · e^(σZ), Z standard normal by Box–Muller from two uniforms. Its p95 is median · e^(1.645σ).
 */
export function logNormal(median: number, spread: number, random: () => number, who: string): number {
  const radius = Math.sqrt(-2 * Math.log(1 - uniform(random, who)));
  const z = radius * Math.cos(2 * Math.PI * uniform(random, who));
  return median * Math.exp(spread * z);
}
