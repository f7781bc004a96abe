// Times in worlds are written relative to named instants: "deploy - 2d", "now + 3s", "deploy + 1h30m".
// A Date or an ISO 8601 string is taken as it is.

export type TimeInput = Date | string;

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const EXPRESSION = /^\s*([A-Za-z_][\w-]*)\s*(?:([+-])\s*(.+?))?\s*$/;
const TERM = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;

/** Milliseconds in a duration such as "2d", "90s" or "1h30m". */
export function parseDurationMs(text: string): number {
  const compact = text.replace(/\s+/g, "");
  TERM.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let match = TERM.exec(compact); match; match = TERM.exec(compact)) {
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
    consumed = TERM.lastIndex;
  }
  if (consumed === 0 || consumed !== compact.length) {
    throw new Error(`Not a duration: ${JSON.stringify(text)} (write e.g. 90s, 10m, 2d or 1h30m)`);
  }
  return total;
}

export function resolveTime(input: TimeInput, anchors: Readonly<Record<string, Date>>): Date {
  if (input instanceof Date) return new Date(input.getTime());
  const relative = EXPRESSION.exec(input);
  if (relative && !/^\d/.test(input.trim())) {
    const [, name, sign, duration] = relative;
    const anchor = anchors[name as string];
    if (!anchor) {
      const known = Object.keys(anchors).join(", ") || "none";
      throw new Error(`Unknown time anchor "${name}" in ${JSON.stringify(input)} (known: ${known})`);
    }
    const offset = sign ? parseDurationMs(duration as string) * (sign === "-" ? -1 : 1) : 0;
    return new Date(anchor.getTime() + offset);
  }
  const parsed = Date.parse(input);
  if (Number.isNaN(parsed)) throw new Error(`Not a time: ${JSON.stringify(input)}`);
  return new Date(parsed);
}
