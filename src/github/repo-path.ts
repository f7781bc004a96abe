// Which file of the repository a Sentry frame's file name means. Frames name files as the runtime saw
// them (app:///src/x.js, webpack:///./src/x.ts, /srv/app/src/x.py, C:\app\src\x.cs); the repository
// knows them by path. The longest common tail of path segments decides, and only a unique best match
// counts: a wrong link is worse than none.

const SCHEME = /^[a-z][a-z0-9+.-]*:\/{2,3}/i;

function segments(file: string): string[] {
  const path = file.replace(/\\/g, "/").replace(SCHEME, "").split(/[?#]/)[0] ?? "";
  return path.split("/").filter((part) => part !== "" && part !== "." && part !== "~");
}

export function repoPathOf(frameFile: string, repoPaths: Iterable<string>): string | null {
  const frame = segments(frameFile);
  if (frame.length === 0) return null;
  let best: string | null = null;
  let bestLength = 0;
  let tied = false;
  for (const path of repoPaths) {
    const repo = path.split("/");
    let common = 0;
    while (
      common < frame.length &&
      common < repo.length &&
      frame[frame.length - 1 - common] === repo[repo.length - 1 - common]
    ) {
      common += 1;
    }
    if (common === 0) continue;
    if (common > bestLength) {
      best = path;
      bestLength = common;
      tied = false;
    } else if (common === bestLength) {
      tied = true;
    }
  }
  return tied ? null : best;
}
