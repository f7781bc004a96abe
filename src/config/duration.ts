// Durations as users write them in workflows: 90s, 10m, 1h30m, 2d, or ISO 8601 (PT10M, P1D).

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
type Unit = keyof typeof UNIT_MS;
const SHORT = /^(?:\d+(?:ms|s|m|h|d))+$/;
const SHORT_PART = /(\d+)(ms|s|m|h|d)/g;
const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export const DURATION_FORMS = "a duration such as 90s, 10m, 1h, 1h30m, 2d or ISO 8601 PT10M";

/** Milliseconds, or null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (SHORT.test(value)) {
    let total = 0;
    for (const [, amount, unit] of value.matchAll(SHORT_PART))
      total += Number(amount) * UNIT_MS[unit as Unit];
    return total;
  }
  const iso = ISO.exec(value.toUpperCase());
  if (!iso || value.length <= 2 || value.toUpperCase().endsWith("T")) return null;
  const [, d = "0", h = "0", m = "0", s = "0"] = iso;
  return Number(d) * UNIT_MS.d + Number(h) * UNIT_MS.h + Number(m) * UNIT_MS.m + Math.round(Number(s) * 1000);
}

/** The shortest exact form: 600000 → "10m", 5400000 → "1h30m"; days only from 48h on (people say 24h). */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const unit of ["d", "h", "m", "s", "ms"] as const) {
    if (unit === "d" && ms < 2 * UNIT_MS.d) continue;
    const size = UNIT_MS[unit];
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      out += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return out;
}
