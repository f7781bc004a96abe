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
