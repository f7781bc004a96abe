// A seeded mutating HTTP proxy on 127.0.0.1 in front of the Sentry simulator: it passes every request
// through and bends one answer (the first eligible one from the plan's target on), by family: dropped
// fields, wrong types, truncated and non-JSON bodies, huge strings, deep nesting, control characters,
// absurd numbers, odd dates, duplicates across pages, endless pagination, foreign links, every status
// code, stalls, resets, and the token echoed back. Endless pagination and duplicated pages go on along
// the list they started in; everything else is one answer.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { seededRandom } from "../../src/simulator/random.js";

export const FAMILIES = [
  "dropped-field",
  "wrong-type",
  "truncated",
  "non-json",
  "huge-string",
  "deep-nesting",
  "control-chars",
  "absurd-number",
  "odd-date",
  "duplicate-pages",
  "endless-pagination",
  "foreign-link",
  "status",
  "stall",
  "reset",
  "token-echo",
] as const;

export type Family = (typeof FAMILIES)[number];

export interface Plan {
  seed: number;
  family: Family;
  variant: string;
  /** The first answer (by arrival, from 0) that may be bent. */
  target: number;
}

export interface Applied {
  /** The answer's index and path. */
  index: number;
  path: string;
  /** What was done, briefly. */
  what: string;
}

export interface FuzzProxy {
  url: string;
  plan: Plan | null;
  /** Set once the plan's mutation was made; null when no answer was eligible. */
  applied: Applied | null;
  /** Requests the proxy received, and those it answered along a mutated list (endless, duplicate). */
  requests: number;
  chainPages: number;
  close(): Promise<void>;
}

const STATUSES = [
  201, 202, 203, 204, 205, 206, 207, 226, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404,
  405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428,
  429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 599,
];

/** Each family's variants; a plan draws one. */
export const VARIANTS: Record<Family, readonly string[]> = {
  "dropped-field": ["one-field"],
  "wrong-type": ["number", "string", "null", "boolean", "list", "object", "float", "empty-string"],
  truncated: ["cut-declared", "cut-complete", "empty"],
  "non-json": ["html", "plain", "bom-json", "binary", "trailing-garbage", "two-documents", "single-quotes"],
  "huge-string": ["1mb-title", "1mb-any", "5mb-any", "1mb-multibyte"],
  "deep-nesting": ["600-value", "5000-value", "100000-body"],
  "control-chars": ["nul", "ansi", "newline-command", "bidi", "lone-surrogate", "all-strings"],
  "absurd-number": [
    "2^53+",
    "digits-1e16",
    "digits-400",
    "raw-400",
    "negative",
    "fraction",
    "1e308",
    "nan-string",
  ],
  "odd-date": [
    "epoch",
    "year-9999",
    "feb-30",
    "date-only",
    "words",
    "empty",
    "year-0",
    "max-date",
    "offset+14",
    "century-ago",
  ],
  "duplicate-pages": ["same-page-twice"],
  "endless-pagination": ["fresh-cursors", "same-cursor", "self-link", "empty-pages", "fresh-issues"],
  "foreign-link": [
    "attacker",
    "other-port",
    "user-pass",
    "javascript",
    "file",
    "protocol-relative",
    "broken",
    "data",
  ],
  status: STATUSES.map(String).flatMap((code) =>
    code === "429"
      ? [
          "429-no-reset",
          "429-past-reset",
          "429-reset-1s",
          "429-reset-3s",
          "429-reset-far",
          "429-reset-garbage",
        ]
      : code.startsWith("3")
        ? [`${code}-no-location`, `${code}-same-host`, `${code}-other-host`]
        : [code],
  ),
  stall: ["before-headers", "after-headers", "mid-body"],
  reset: ["before-headers", "after-headers", "mid-body"],
  "token-echo": ["in-title", "percent-encoded", "in-error-detail", "in-link-cursor"],
};

/** A seeded plan for one run: a variant of the family, and an answer among the baseline's `answers`. */
export function planRun(seed: number, family: Family, answers: number): Plan {
  const random = seededRandom(seed);
  const variants = VARIANTS[family];
  const variant = variants[Math.floor(random() * variants.length)] as string;
  return { seed, family, variant, target: Math.floor(random() * Math.max(1, answers)) };
}

interface Upstream {
  status: number;
  headers: Headers;
  text: string;
}

type Json = unknown;
type Path = Array<string | number>;

export async function startFuzzProxy(options: { target: string; plan: Plan | null }): Promise<FuzzProxy> {
  const { plan } = options;
  const random = seededRandom((plan?.seed ?? 0) ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const target = options.target.replace(/\/$/, "");
  let origin = "";
  /** Raw JSON to put where a placeholder string is (numbers and nesting JSON.stringify cannot write). */
  const raws = new Map<string, string>();
  // A list bent into endless or duplicated pagination: its page, to serve again.
  let chainBody = "";
  let claimed = false;

  const proxy: FuzzProxy = {
    url: "",
    plan,
    applied: null,
    requests: 0,
    chainPages: 0,
    close: async () => {},
  };

  async function forward(pathAndQuery: string, request: IncomingMessage): Promise<Upstream> {
    const response = await fetch(`${target}${pathAndQuery}`, {
      headers: {
        authorization: request.headers.authorization ?? "",
        accept: request.headers.accept ?? "application/json",
      },
      redirect: "manual",
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  const linkOf = (upstream: Upstream) => upstream.headers.get("link")?.replaceAll(target, origin) ?? null;

  function send(
    response: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ) {
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      ...headers,
    });
    response.end(body);
  }

  function raw(text: string): string {
    const key = `\u0000raw${raws.size}\u0000`;
    raws.set(key, text);
    return key;
  }

  function serialize(value: Json): string {
    let text = JSON.stringify(value);
    for (const [key, rawText] of raws) text = text.split(JSON.stringify(key)).join(rawText);
    raws.clear();
    return text;
  }

  /** The next link of a list page, to the proxy, with results. */
  function chainLink(url: URL, n: number, cursor: string): string {
    const next = new URL(url.href);
    next.searchParams.set("fuzzchain", String(n));
    return `<${url.origin}${url.pathname}?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", <${next.href}>; rel="next"; results="true"; cursor="${cursor}"`;
  }

  /** A full page of 100 issues never seen before: the list's first item, under new IDs. */
  function freshPage(n: number): string {
    const items = JSON.parse(chainBody) as Array<Record<string, unknown>>;
    const model = items[0];
    if (!model) return "[]";
    return JSON.stringify(
      Array.from({ length: 100 }, (_, i) => ({
        ...model,
        id: String(9_000_000_000 + n * 100 + i),
        shortId: `FUZZ-${n * 100 + i}`,
      })),
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const index = proxy.requests++;
    const url = new URL(request.url ?? "/", origin);
    const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");

    // Along a list bent into endless pagination.
    const chain = url.searchParams.get("fuzzchain");
    if (chain !== null && plan) {
      proxy.chainPages += 1;
      const n = Number(chain) + 1;
      const body =
        plan.variant === "empty-pages" ? "[]" : plan.variant === "fresh-issues" ? freshPage(n) : chainBody;
      const cursor = plan.variant === "same-cursor" ? "0:100:0" : `0:${n * 100}:0`;
      const link =
        plan.variant === "self-link"
          ? `<${url.href}>; rel="next"; results="true"; cursor="self"`
          : chainLink(url, n, cursor);
      return send(response, 200, body, { link });
    }
    // The page a duplicated link leads to: the same page again, as the list's end.
    if (url.searchParams.has("fuzzdup")) {
      proxy.chainPages += 1;
      url.searchParams.delete("fuzzdup");
      const upstream = await forward(`${url.pathname}${url.search}`, request);
      return send(response, upstream.status, upstream.text);
    }

    const due = plan !== null && !claimed && index >= plan.target;
    // Faults that need no answer from upstream.
    if (due && (plan.family === "stall" || plan.family === "reset") && plan.variant === "before-headers") {
      claimed = true;
      proxy.applied = { index, path: url.pathname, what: `${plan.family} ${plan.variant}` };
      if (plan.family === "reset") request.socket.destroy();
      return; // a stall: never answered
    }

    const upstream = await forward(`${url.pathname}${url.search}`, request);
    const link = linkOf(upstream);
    const headers: Record<string, string> = {};
    if (link) headers.link = link;
    for (const name of [
      "x-sentry-rate-limit-reset",
      "x-sentry-rate-limit-limit",
      "x-sentry-rate-limit-remaining",
    ]) {
      const value = upstream.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const ok = upstream.status >= 200 && upstream.status < 300;
    let body: Json;
    if (ok) {
      try {
        body = JSON.parse(upstream.text);
      } catch {
        body = undefined;
      }
    }
    const done = (what: string) => {
      proxy.applied = { index, path: url.pathname, what };
    };
    // Answers arrive together: the first eligible one takes the mutation, and no other.
    if (!due || claimed || !ok || body === undefined)
      return send(response, upstream.status, upstream.text, headers);
    const mutated = mutate(plan, body, { url, token, link, upstream, headers, done });
    if (mutated === null) return send(response, upstream.status, upstream.text, headers);
    claimed = true;
    await mutated(response);
  }

  interface Context {
    url: URL;
    token: string;
    link: string | null;
    upstream: Upstream;
    headers: Record<string, string>;
    done: (what: string) => void;
  }

  /** How to answer with the plan's mutation, or null when this answer has nothing it could bend. */
  function mutate(
    plan: Plan,
    body: Json,
    c: Context,
  ): ((response: ServerResponse) => Promise<void> | void) | null {
    const text = c.upstream.text;
    const json = (value: Json, what: string) => (response: ServerResponse) => {
      c.done(what);
      send(response, 200, serialize(value), c.headers);
    };
    const atSite = (
      predicate: (value: Json, key: string | number | null) => boolean,
      replace: (value: Json, path: Path) => Json,
      what: string,
    ) => {
      const candidates = sites(body, predicate);
      if (candidates.length === 0) return null;
      const path = pick(candidates);
      return json(setAt(body, path, replace(getAt(body, path), path)), `${what} at ${pathText(path)}`);
    };
    const isString = (value: Json) => typeof value === "string";
    const isDate = (value: Json) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value);
    const isCount = (value: Json) =>
      (typeof value === "number" && Number.isInteger(value)) ||
      (typeof value === "string" && /^\d+$/.test(value));
    const paginated = Array.isArray(body) && c.link !== null;

    switch (plan.family) {
      case "dropped-field": {
        const candidates = sites(body, (_value, key) => typeof key === "string");
        if (candidates.length === 0) return null;
        const path = pick(candidates);
        return json(deleteAt(body, path), `dropped ${pathText(path)}`);
      }
      case "wrong-type": {
        const replacement: Json = {
          number: 42,
          string: "42",
          null: null,
          boolean: true,
          list: [1, "two"],
          object: { unexpected: true },
          float: 0.5,
          "empty-string": "",
        }[plan.variant];
        return atSite(
          (value, key) => key !== null && typeof value !== typeof replacement,
          () => structuredClone(replacement),
          `${plan.variant} instead`,
        );
      }
      case "truncated":
        return (response) => {
          c.done(`${plan.variant} of ${text.length} characters`);
          const cut = plan.variant === "empty" ? "" : text.slice(0, Math.floor(random() * text.length));
          if (plan.variant === "cut-declared") {
            response.writeHead(200, {
              "content-type": "application/json",
              "content-length": String(Buffer.byteLength(text)),
            });
            response.write(cut, () => response.destroy());
            return;
          }
          send(response, 200, cut, c.headers);
        };
      case "non-json": {
        const bodies: Record<string, string> = {
          html: "<html><body><h1>502 Bad Gateway</h1></body></html>",
          plain: "OK",
          "bom-json": `\ufeff${text}`,
          binary: "\u0000\u0001\u0002\u00ff\ufffd\u0007",
          "trailing-garbage": `${text}xyz`,
          "two-documents": `${text}\n${text}`,
          "single-quotes": text.replaceAll('"', "'"),
        };
        return (response) => {
          c.done(plan.variant);
          send(response, 200, bodies[plan.variant] ?? "", {
            ...c.headers,
            "content-type": plan.variant === "html" ? "text/html" : "application/json",
          });
        };
      }
      case "huge-string": {
        const huge =
          plan.variant === "5mb-any"
            ? "A".repeat(5 * 1024 * 1024)
            : plan.variant === "1mb-multibyte"
              ? "\u{1f525}é".repeat(350_000)
              : "A".repeat(1024 * 1024);
        return atSite(
          (value, key) => isString(value) && (plan.variant !== "1mb-title" || key === "title"),
          () => huge,
          `${plan.variant}`,
        );
      }
      case "deep-nesting": {
        const depth = Number(plan.variant.split("-")[0]);
        const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
        if (plan.variant.endsWith("-body")) {
          return (response) => {
            c.done(`the body nested ${depth} deep`);
            send(response, 200, nested, c.headers);
          };
        }
        return atSite(
          (_value, key) => key !== null,
          () => raw(nested),
          `nested ${depth} deep`,
        );
      }
      case "control-chars": {
        const inserts: Record<string, string> = {
          nul: "\u0000",
          ansi: "\u001b[31m\u001b]0;pwned\u0007\u001b[2J",
          "newline-command": "\r\n::error::injected\n::set-output name=verdict::pass\n%0A::warning::x",
          bidi: "\u202egnp.exe\u202c\u2066",
          "lone-surrogate": "\ud800x\udfff",
          "all-strings": "\u0000\u001b[2J\r\n::error::injected\u202e",
        };
        const insert = inserts[plan.variant] ?? "";
        if (plan.variant === "all-strings") {
          const candidates = sites(body, (value) => isString(value));
          if (candidates.length === 0) return null;
          const value = structuredClone(body);
          for (const path of candidates) {
            const parent = getAt(value, path.slice(0, -1)) as Record<string | number, Json>;
            const key = path.at(-1) as string | number;
            parent[key] = `${parent[key] as string}${insert}`;
          }
          return json(value, `control characters in all ${candidates.length} strings`);
        }
        return atSite(isString, (value) => `${insert}${value as string}${insert}`, `${plan.variant}`);
      }
      case "absurd-number": {
        const values: Record<string, () => Json> = {
          "2^53+": () => 2 ** 53 + 2,
          "digits-1e16": () => "10000000000000000",
          "digits-400": () => "1".repeat(400),
          "raw-400": () => raw("9".repeat(400)),
          negative: () => -1,
          fraction: () => 2.5,
          "1e308": () => 1e308,
          "nan-string": () => "NaN",
        };
        return atSite(isCount, values[plan.variant] ?? (() => -1), plan.variant);
      }
      case "odd-date": {
        const values: Record<string, string> = {
          epoch: "1970-01-01T00:00:00Z",
          "year-9999": "9999-12-31T23:59:59Z",
          "feb-30": "2026-02-30T00:00:00Z",
          "date-only": "2026-03-01",
          words: "yesterday afternoon",
          empty: "",
          "year-0": "0000-01-01T00:00:00Z",
          "max-date": "+275760-09-13T00:00:00.000Z",
          "offset+14": new Date(Date.now() - 60_000).toISOString().replace("Z", "+14:00"),
          "century-ago": new Date(Date.now() - 100 * 365.25 * 86_400_000).toISOString(),
        };
        return atSite(isDate, () => values[plan.variant] ?? "", plan.variant);
      }
      case "duplicate-pages": {
        if (!paginated) return null;
        const next = new URL(c.url.href);
        next.searchParams.set("fuzzdup", "1");
        return (response) => {
          c.done("the same page again as the next one");
          send(response, 200, text, {
            ...c.headers,
            link: `<${next.href}>; rel="next"; results="true"; cursor="fuzz:dup"`,
          });
        };
      }
      case "endless-pagination": {
        if (!paginated) return null;
        chainBody = text;
        return (response) => {
          c.done(`${plan.variant} from here`);
          const link =
            plan.variant === "self-link"
              ? `<${c.url.href}>; rel="next"; results="true"; cursor="self"`
              : chainLink(c.url, 1, plan.variant === "same-cursor" ? "0:100:0" : "0:100:0");
          send(response, 200, plan.variant === "empty-pages" ? "[]" : text, { ...c.headers, link });
        };
      }
      case "foreign-link": {
        if (!paginated) return null;
        const path = `${c.url.pathname}${c.url.search}&cursor=0:100:0`;
        const targets: Record<string, string> = {
          attacker: `https://sentry.attacker.example${path}`,
          "other-port": `http://127.0.0.1:1${path}`,
          "user-pass": `${origin.replace("http://", "http://admin:hunter2@")}${path}`,
          javascript: "javascript:alert(document.cookie)",
          file: "file:///etc/passwd",
          "protocol-relative": `//sentry.attacker.example${path}`,
          broken: "http://[::1",
          data: "data:application/json,[]",
        };
        return (response) => {
          c.done(`next link to ${plan.variant}`);
          send(response, 200, text, {
            ...c.headers,
            link: `<${targets[plan.variant]}>; rel="next"; results="true"; cursor="0:100:0"`,
          });
        };
      }
      case "status":
        return (response) => {
          const code = Number(plan.variant.slice(0, 3));
          c.done(`status ${plan.variant}`);
          const headers: Record<string, string> = {};
          if (plan.variant.endsWith("-same-host")) headers.location = `${origin}${c.url.pathname}`;
          if (plan.variant.endsWith("-other-host"))
            headers.location = "https://sentry.attacker.example/api/0/";
          const now = Date.now() / 1000;
          const resets: Record<string, string> = {
            "429-past-reset": String(now - 30),
            "429-reset-1s": String(now + 1),
            "429-reset-3s": String(now + 3),
            "429-reset-far": String(now + 86_400 * 365),
            "429-reset-garbage": "soon",
          };
          const reset = resets[plan.variant];
          if (reset !== undefined) headers["x-sentry-rate-limit-reset"] = reset;
          // No body where HTTP allows none; otherwise Sentry's error shape, or the original body.
          const empty = code === 204 || code === 205 || code === 304;
          const payload = empty ? "" : random() < 0.5 ? text : JSON.stringify({ detail: `fuzz ${code}` });
          response.writeHead(code, { "content-type": "application/json", ...headers });
          response.end(payload);
        };
      case "stall":
        return (response) => {
          c.done(`stall ${plan.variant}`);
          response.writeHead(200, { "content-type": "application/json", ...c.headers });
          response.flushHeaders();
          if (plan.variant === "mid-body") response.write(text.slice(0, Math.floor(text.length / 2)));
          // and nothing more
        };
      case "reset":
        return (response) => {
          c.done(`reset ${plan.variant}`);
          response.writeHead(200, { "content-type": "application/json", ...c.headers });
          response.flushHeaders();
          if (plan.variant === "mid-body") response.write(text.slice(0, Math.floor(text.length / 2)));
          setTimeout(() => response.destroy(), 20);
        };
      case "token-echo": {
        if (plan.variant === "in-error-detail") {
          return (response) => {
            c.done("the token in a 400's detail");
            send(
              response,
              400,
              JSON.stringify({ detail: `Invalid request; Authorization: Bearer ${c.token}` }),
            );
          };
        }
        if (plan.variant === "in-link-cursor") {
          if (!paginated) return null;
          return (response) => {
            c.done("the token in the next link's cursor");
            const next = new URL(c.url.href);
            next.searchParams.set("cursor", c.token);
            send(response, 200, text, {
              ...c.headers,
              link: `<${next.href}>; rel="next"; results="true"; cursor="${c.token}"`,
            });
          };
        }
        const echoed = plan.variant === "percent-encoded" ? encodeURIComponent(c.token) : `Bearer ${c.token}`;
        return atSite(
          (value, key) => isString(value) && (plan.variant !== "in-title" || key === "title"),
          (value) => `${value as string} ${echoed}`,
          plan.variant,
        );
      }
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 599, JSON.stringify({ detail: `proxy: ${String(error)}` }));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.url = origin;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

/** Paths to the values (under the root) for which `predicate` holds; at most 20,000 nodes looked at. */
function sites(root: Json, predicate: (value: Json, key: string | number | null) => boolean): Path[] {
  const found: Path[] = [];
  const stack: Array<{ value: Json; path: Path }> = [{ value: root, path: [] }];
  let seen = 0;
  while (stack.length > 0 && seen < 20_000) {
    const { value, path } = stack.pop() as { value: Json; path: Path };
    seen += 1;
    const key = path.length === 0 ? null : (path.at(-1) as string | number);
    if (path.length > 0 && predicate(value, key)) found.push(path);
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) stack.push({ value: item, path: [...path, i] });
    } else if (typeof value === "object" && value !== null)
      for (const [name, item] of Object.entries(value)) stack.push({ value: item, path: [...path, name] });
  }
  return found.reverse();
}

function getAt(root: Json, path: Path): Json {
  let value = root;
  for (const key of path) value = (value as Record<string | number, Json>)[key];
  return value;
}

function setAt(root: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1) as string | number] = replacement;
  return copy;
}

function deleteAt(root: Json, path: Path): Json {
  const copy = structuredClone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
  else delete parent[path.at(-1) as string];
  return copy;
}

function pathText(path: Path): string {
  return (
    path
      .map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`))
      .join("")
      .replace(/^\./, "") || "(body)"
  );
}
