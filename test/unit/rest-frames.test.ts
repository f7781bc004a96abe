import { describe, expect, it } from "vitest";
import { innermostInAppFrame } from "../../src/sentry/rest/frames.js";
import type { ExceptionData, Frame, ThreadsData } from "../../src/sentry/rest/schemas.js";

const frame = (filename: string, inApp: boolean, lineNo = 1): Frame => ({
  filename,
  inApp,
  lineNo,
  function: `fn_${filename}`,
});
const exception = (...stacks: Array<Frame[] | null>): ExceptionData => ({
  values: stacks.map((frames) => ({ stacktrace: frames === null ? null : { frames } })),
});

describe("innermostInAppFrame", () => {
  it("takes the last in-app frame of the stack", () => {
    const data = exception([
      frame("app/main.ts", true, 3),
      frame("app/handler.ts", true, 42),
      frame("node_modules/x.js", false),
    ]);
    expect(innermostInAppFrame([data], [])).toEqual({
      file: "app/handler.ts",
      line: 42,
      function: "fn_app/handler.ts",
    });
  });

  it("uses the newest exception of a chain that has a stack", () => {
    const data = exception([frame("app/cause.ts", true)], [frame("app/wrapper.ts", true)], null);
    expect(innermostInAppFrame([data], [])?.file).toBe("app/wrapper.ts");
  });

  it("is null when no frame is in-app", () => {
    expect(
      innermostInAppFrame([exception([frame("lib/a.js", false), frame("lib/b.js", false)])], []),
    ).toBeNull();
  });

  it("falls back to absPath, and skips in-app frames without any file", () => {
    const frames: Frame[] = [
      { absPath: "/srv/app/a.py", inApp: true, lineNo: 7, function: null },
      { inApp: true, function: "0x1234" },
    ];
    expect(innermostInAppFrame([exception(frames)], [])).toEqual({
      file: "/srv/app/a.py",
      line: 7,
      function: null,
    });
  });

  it("reads the crashed thread when there is no exception stack", () => {
    const threads: ThreadsData = {
      values: [
        { crashed: false, current: true, stacktrace: { frames: [frame("src/idle.c", true)] } },
        { crashed: true, stacktrace: { frames: [frame("src/crash.c", true, 9), frame("libc.so", false)] } },
      ],
    };
    expect(innermostInAppFrame([exception(null)], [threads])).toEqual({
      file: "src/crash.c",
      line: 9,
      function: "fn_src/crash.c",
    });
  });

  it("is null without any stack", () => {
    expect(innermostInAppFrame([], [])).toBeNull();
    expect(innermostInAppFrame([{ values: null }], [{ values: [] }])).toBeNull();
  });
});
