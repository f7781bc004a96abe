// Where an event happened, for the report: the innermost frame of the application's own code.
// Frames run caller → callee, so the last in-app frame is the closest to the crash.
import type { CodeLocation } from "../source.js";
import type { ExceptionData, Frame, ThreadsData } from "./schemas.js";

export function innermostInAppFrame(
  exceptions: readonly ExceptionData[],
  threads: readonly ThreadsData[],
): CodeLocation | null {
  const frames = newestExceptionFrames(exceptions) ?? crashedThreadFrames(threads) ?? [];
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index] as Frame;
    const file = frame.filename || frame.absPath;
    // A native in-app frame may have no file (only an address): it cannot be shown or linked.
    if (frame.inApp === true && file)
      return { file, line: frame.lineNo ?? null, function: frame.function ?? null };
  }
  return null;
}

/** A chain of exceptions is listed oldest first: the last one with a stack is the one that was raised. */
function newestExceptionFrames(exceptions: readonly ExceptionData[]): Frame[] | null {
  const values = exceptions.flatMap((data) => data.values ?? []);
  const withFrames = values.findLast((value) => (value.stacktrace?.frames?.length ?? 0) > 0);
  return withFrames?.stacktrace?.frames ?? null;
}

/** Native and threaded events keep their stacks per thread: the crashed one, else the current one. */
function crashedThreadFrames(threads: readonly ThreadsData[]): Frame[] | null {
  const values = threads.flatMap((data) => data.values ?? []);
  const thread =
    values.find((value) => value.crashed === true) ?? values.find((value) => value.current === true);
  return thread?.stacktrace?.frames ?? null;
}
