// Extracts, from GitHub's OpenAPI description as @octokit/openapi ships it, the success response
// schemas of the REST operations the fake GitHub serves (test/support/fake-github), each as one
// self-contained JSON Schema, for the fake's contract test. Run it when the devDependency changes;
// the output is committed, so tests never read the 13 MB description.
//
//   node scripts/extract-github-schemas.mjs
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const packageJson = require.resolve("@octokit/openapi/package.json");
const { version } = JSON.parse(await readFile(packageJson, "utf8"));
// The non-dereferenced file: $refs stay, so shared components are written once per operation.
const FILE = "generated/api.github.com.json";
const input = new URL(FILE, pathToFileURL(packageJson));
const output = new URL("../test/fixtures/github-response-schemas.json", import.meta.url);

const OPERATIONS = [
  "repos/list-pull-requests-associated-with-commit",
  "repos/get-commit",
  "pulls/get",
  "pulls/list-files",
  "pulls/list-commits",
  "git/get-tree",
  "issues/list-comments",
  "issues/create-comment",
  "issues/update-comment",
  "issues/list-for-repo",
  "issues/create",
  "issues/update",
  "users/get-authenticated",
];

// Error bodies the fake sends, checked too: every 4xx of these operations uses one of them.
const ERROR_SCHEMAS = ["basic-error", "validation-error"];

const KEEP = new Set([
  "type",
  "enum",
  "const",
  "required",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
]);
// Formats ajv-formats checks and GitHub means literally; OpenAPI's int64, timestamp, repo.nwo… constrain nothing.
const FORMATS = new Set(["date-time", "date", "uri", "email"]);
const COMPONENT = "#/components/schemas/";

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a union with null (type arrays and
 * `type: "null"`, the 3.1 style, pass through); component $refs point into `$defs`, and each
 * referenced name is handed to `use`; annotations, examples, `discriminator` and x- extensions go.
 */
function convert(node, use) {
  if (node === true || node === false) return node;
  if (node.$ref) {
    if (!node.$ref.startsWith(COMPONENT)) throw new Error(`Unexpected $ref ${node.$ref}`);
    const name = node.$ref.slice(COMPONENT.length);
    use(name);
    return { $ref: `#/$defs/${name}` };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties")
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, use)]));
    else if (key === "items" || (key === "additionalProperties" && typeof value === "object"))
      out[key] = convert(value, use);
    else if (key === "additionalProperties") out[key] = value;
    else if (key === "anyOf" || key === "oneOf" || key === "allOf")
      out[key] = value.map((v) => convert(v, use));
    else if (key === "format") {
      if (FORMATS.has(value)) out.format = value;
    } else if (KEEP.has(key)) out[key] = value;
  }
  return node.nullable ? nullable(out) : out;
}

function nullable(schema) {
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null")) schema.type.push("null");
  else if (!schema.type) return { anyOf: [schema, { type: "null" }] };
  if (schema.enum && !schema.enum.includes(null)) schema.enum.push(null);
  return schema;
}

/** The schema and every component it reaches, as one document with `$defs`. */
function selfContained(root, components) {
  const defs = {};
  const pending = [];
  const use = (name) => {
    if (!(name in defs)) {
      defs[name] = null;
      pending.push(name);
    }
  };
  const schema = convert(root, use);
  while (pending.length > 0) {
    const name = pending.shift();
    const component = components[name];
    if (!component) throw new Error(`No component ${name}`);
    defs[name] = convert(component, use);
  }
  return Object.keys(defs).length > 0 ? { ...schema, $defs: defs } : schema;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  }
  return value;
}

const openapi = JSON.parse(await readFile(input, "utf8"));
const components = openapi.components.schemas;
const resolveResponse = (response) =>
  response.$ref ? openapi.components.responses[response.$ref.split("/").pop()] : response;

const operations = {};
for (const operationId of OPERATIONS) {
  const found = Object.entries(openapi.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => operation?.operationId === operationId)
      .map(([method, operation]) => ({ path, method, operation })),
  );
  if (found.length !== 1) throw new Error(`Expected one operation ${operationId}, found ${found.length}`);
  const [{ path, method, operation }] = found;
  const success = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
  if (success.length !== 1) throw new Error(`${operationId}: expected one success status, got ${success}`);
  const [status] = success;
  const response = resolveResponse(operation.responses[status]);
  operations[operationId] = {
    method: method.toUpperCase(),
    path,
    status: Number(status),
    documentation_url: operation.externalDocs.url,
    schema: selfContained(response.content["application/json"].schema, components),
  };
}

const errors = Object.fromEntries(
  ERROR_SCHEMAS.map((name) => [name, selfContained({ $ref: `${COMPONENT}${name}` }, components)]),
);

const fixture = {
  $comment: "Generated by scripts/extract-github-schemas.mjs; do not edit by hand.",
  source: {
    package: "@octokit/openapi",
    version,
    file: FILE,
    openapi: openapi.openapi,
    license: "MIT (GitHub's REST API description, github/rest-api-description)",
  },
  conversion:
    "OpenAPI 3.0 nullable became a union with null; component $refs became $defs; formats other than date-time, date, uri and email, descriptions, examples and discriminators were dropped.",
  operations,
  errors,
};
await writeFile(output, `${JSON.stringify(sortKeys(fixture), null, 2)}\n`);
console.log(`Wrote ${Object.keys(operations).length} response schemas to ${output.pathname}`);
