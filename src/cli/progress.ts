// While a window is waited out on a terminal: one line, redrawn every second, with the time left, the
// polls done and the findings so far. Nothing on a pipe or a file, where the result alone is wanted.
// The line always fits the terminal's width (less one column, so that it never wraps): a line that
// wraps cannot be redrawn from its start, and would leave a stale copy of itself at each redraw.
import { formatDuration } from "../config/duration.js";
import { count } from "../engine/quantities.js";
import type { PollProgress } from "../engine/verify.js";
import type { CheckOptions } from "../entries/check.js";

export interface Progress extends Required<Pick<CheckOptions, "onDeployTime" | "onProgress">> {
  /** A line said at once, on its own, above the progress line. */
  say(text: string): void;
  stop(): void;
}

/** What the line shows. */
export interface LineState {
  release: string;
  /** Until the answer: the settled poll. */
  leftMs: number;
  last: Pick<PollProgress, "poll" | "counts" | "error"> | null;
}

/** Columns assumed when the terminal does not say (a pseudo-terminal of size 0). */
const DEFAULT_COLUMNS = 80;

/** Printable text only: a release name must not move the cursor. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

/**
 * The progress line for a terminal `columns` wide: the longest of its forms that fits in columns − 1,
 * else the shortest cut with an ellipsis.
 */
export function progressLine(state: LineState, columns: number | undefined): string {
  const width = Math.max(1, (columns && columns > 0 ? columns : DEFAULT_COLUMNS) - 1);
  const release = printable(state.release);
  const left = `${formatDuration(Math.ceil(Math.max(0, state.leftMs) / 1000) * 1000)} left`;
  const { last } = state;
  const found = last ? `${last.counts.new} new, ${last.counts.regressed} regressed` : "no poll yet";
  const polls = count(last?.poll ?? 0, "poll");
  const failed = last?.error !== undefined;
  const forms = [
    `Watching ${release.slice(0, 12)}: ${left} · ${polls} · ${found}${failed ? " · last poll failed; trying again" : ""}`,
    `Watching ${release.slice(0, 12)}: ${left} · ${found}${failed ? " · last poll failed; trying again" : ""}`,
    `${release.slice(0, 7)}: ${left} · ${found}${failed ? " · poll failed, retrying" : ""}`,
    `${left} · ${found}${failed ? " · retrying" : ""}`,
  ];
  const fits = forms.find((form) => [...form].length <= width);
  if (fits) return fits;
  const shortest = [...(forms.at(-1) as string)];
  return width === 1 ? "…" : `${shortest.slice(0, width - 1).join("")}…`;
}

/** Back to the line's start, and clear it. */
const CLEAR = "\r\x1b[2K";

export function terminalProgress(stream: NodeJS.WriteStream, release: string): Progress {
  if (!stream.isTTY) {
    return {
      onDeployTime: () => {},
      onProgress: () => {},
      say: (text) => {
        stream.write(`${text}\n`);
      },
      stop: () => {},
    };
  }
  /** When the answer comes: the last, settled poll. */
  let answerAt: Date | null = null;
  let last: PollProgress | null = null;
  let stopped = false;
  const draw = () => {
    if (!answerAt || stopped) return;
    const leftMs = answerAt.getTime() - Date.now();
    stream.write(`${CLEAR}${progressLine({ release, leftMs, last }, stream.columns)}`);
  };
  const timer = setInterval(draw, 1_000);
  timer.unref();
  // A narrower terminal: redrawn at once, to its new width.
  stream.on("resize", draw);
  return {
    onDeployTime: (_deploy, watch) => {
      answerAt = watch.settledAt;
      draw();
    },
    onProgress: (progress) => {
      last = progress;
      draw();
    },
    say: (text) => {
      stream.write(`${answerAt && !stopped ? CLEAR : ""}${text}\n`);
      draw();
    },
    stop: () => {
      stopped = true;
      clearInterval(timer);
      stream.off("resize", draw);
      if (answerAt) stream.write(CLEAR);
    },
  };
}
