// Extracts, from Sentry's public OpenAPI description, the 200 response schemas of the endpoints the
// simulator serves, as JSON Schema for the simulator's contract test. Run it (npm run schemas) when
// the pinned schema changes; the output is committed, so tests never need the OpenAPI file.
//
//   node scripts/extract-sentry-schemas.mjs [path/to/openapi-derefed.json]
//
// Default input: ../shared/sentry-openapi/openapi-derefed.json beside the repository.
import { readFile, writeFile } from "node:fs/promises";

const COMMIT = "a589a26c3b29bfc342a47baa963b7970961f958e";
const input = process.argv[2] ?? new URL("../../shared/sentry-openapi/openapi-derefed.json", import.meta.url);
const output = new URL("../test/fixtures/sentry-response-schemas.json", import.meta.url);

const OPERATIONS = [
  "getOrganization",
  "listOrganizationProjects",
  "getProject",
  "getOrganizationRelease",
  "listOrganizationReleaseDeploys",
  "listOrganizationIssues",
  "getOrganizationIssue",
  "resolveOrganizationShortId",
  "getOrganizationIssueEvent",
  "listOrganizationIssueEvents",
  "listOrganizationEvents",
  "listOrganizationEventsTimeseries",
  "getOrganizationSessions",
];

// Fields the schema marks required that real responses omit: expand-only, special-hit and collapse-
// dependent fields (SOURCE.md; StreamGroupSerializerSnubaResponse marks them NotRequired, isUnhandled
// included, since collapse=unhandled drops it).
const CONDITIONAL_ISSUE_FIELDS = [
  "inbox",
  "owners",
  "integrationIssues",
  "sentryAppIssues",
  "latestEventHasAttachments",
  "sessionCount",
  "matchingEventId",
  "matchingEventEnvironment",
  "filtered",
  "lifetime",
  "stats",
  "isUnhandled",
];

const UNNAMED_DEPLOY = "a deploy created without a name has name null (the deploys list schema allows it)";

/** Per operation: where in the converted schema to relax what, and why (written into the fixture). */
const RELAXATIONS = {
  listOrganizationIssues: [
    {
      at: ["items"],
      optional: CONDITIONAL_ISSUE_FIELDS,
      why: "expand-only, special-hit and collapse-dependent fields",
    },
    {
      at: ["items", "properties", "filtered"],
      optional: ["stats"],
      why: "_Filtered.stats is NotRequired: absent when groupStatsPeriod is ''",
    },
  ],
  getOrganizationIssue: [
    { at: [], optional: CONDITIONAL_ISSUE_FIELDS, why: "expand-only and collapse-dependent fields" },
  ],
  getOrganizationRelease: [
    { at: ["properties", "lastDeploy", "properties", "name"], nullable: true, why: UNNAMED_DEPLOY },
  ],
  getOrganizationIssueEvent: [
    {
      at: ["properties", "release", "properties", "lastDeploy", "properties", "name"],
      nullable: true,
      why: UNNAMED_DEPLOY,
    },
  ],
};

const KEEP = new Set([
  "type",
  "enum",
  "required",
  "format",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "const",
]);
// JSON Schema validators know these formats; OpenAPI's numeric ones (double, int64…) carry no constraint.
const FORMATS = new Set(["date-time", "uri"]);

function convert(node) {
  if (node === true || node === false) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties")
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    else if (key === "items" || (key === "additionalProperties" && typeof value === "object"))
      out[key] = convert(value);
    else if (key === "additionalProperties") out[key] = value;
    else if (key === "anyOf" || key === "oneOf" || key === "allOf") out[key] = value.map(convert);
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

function relax(schema, relaxation) {
  const target = relaxation.at.reduce((node, key) => node?.[key], schema);
  if (!target) throw new Error(`Nothing at ${relaxation.at.join(".")} to relax`);
  if (relaxation.optional && target.required) {
    target.required = target.required.filter((field) => !relaxation.optional.includes(field));
  }
  if (relaxation.nullable) nullable(target);
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
const operations = {};
for (const operationId of OPERATIONS) {
  const found = Object.entries(openapi.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => operation?.operationId === operationId)
      .map(([method, operation]) => ({ path, method, operation })),
  );
  if (found.length !== 1) throw new Error(`Expected one operation ${operationId}, found ${found.length}`);
  const [{ path, method, operation }] = found;
  const schema = convert(operation.responses["200"].content["application/json"].schema);
  const relaxations = RELAXATIONS[operationId] ?? [];
  for (const relaxation of relaxations) relax(schema, relaxation);
  operations[operationId] = {
    method: method.toUpperCase(),
    path,
    relaxed: relaxations.map(({ at, optional, nullable: isNullable, why }) => ({
      at: at.join("."),
      ...(optional ? { optional } : {}),
      ...(isNullable ? { nullable: true } : {}),
      why,
    })),
    schema,
  };
}

const fixture = {
  $comment: "Generated by scripts/extract-sentry-schemas.mjs (npm run schemas); do not edit by hand.",
  source: {
    repository: "getsentry/sentry-api-schema",
    file: "openapi-derefed.json",
    commit: COMMIT,
    license: "FSL-1.1-Apache-2.0 (Functional Software, Inc. dba Sentry)",
  },
  conversion:
    "OpenAPI 3.0 nullable became a union with null; formats other than date-time and uri, descriptions and examples were dropped.",
  operations,
};
await writeFile(output, `${JSON.stringify(sortKeys(fixture), null, 2)}\n`);
console.log(`Wrote ${Object.keys(operations).length} response schemas to ${output.pathname}`);
