// What seeing none of something in n independent trials allows: the exact (Clopper–Pearson) upper
// confidence bound of its probability, 1 − (1 − confidence)^(1/n); about 3/n at 95% (the "rule of three").

export function zeroCountUpperBound(trials: number, confidence = 0.95): number {
  if (!(trials >= 1)) return 1;
  // -expm1(log(α)/n) keeps the digits that 1 − α^(1/n) loses when n is large.
  return -Math.expm1(Math.log(1 - confidence) / trials);
}
