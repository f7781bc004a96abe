// While a window is waited out on a terminal: one line, redrawn every second, with the time left, the
// polls done and the findings so far. Nothing on a pipe or a file, where the result alone is wanted.
import { formatDuration } from "../config/duration.js";
import type { PollProgress } from "../engine/verify.js";
import type { CheckOptions } from "../entries/check.js";

export interface Progress extends Required<Pick<CheckOptions, "onDeployTime" | "onProgress">> {
  stop(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream, release: string): Progress {
  if (!stream.isTTY) return { onDeployTime: () => {}, onProgress: () => {}, stop: () => {} };
  /** When the answer comes: the last, settled poll. */
  let answerAt: Date | null = null;
  let last: PollProgress | null = null;
  const draw = () => {
    if (!answerAt) return;
    const left = Math.max(0, answerAt.getTime() - Date.now());
    const found = last
      ? `${last.counts.new} new, ${last.counts.regressed} regressed${last.error ? " (last poll failed; trying again)" : ""}`
      : "no poll yet";
    const polls = last ? `${last.poll} poll${last.poll === 1 ? "" : "s"}` : "0 polls";
    stream.write(
      `\r\x1b[2KWatching ${release.slice(0, 12)}: ${formatDuration(Math.ceil(left / 1000) * 1000)} left · ${polls} · ${found}`,
    );
  };
  const timer = setInterval(draw, 1_000);
  timer.unref();
  return {
    onDeployTime: (_deploy, watch) => {
      answerAt = watch.settledAt;
      draw();
    },
    onProgress: (progress) => {
      last = progress;
      draw();
    },
    stop: () => {
      clearInterval(timer);
      if (answerAt) stream.write("\r\x1b[2K");
    },
  };
}
