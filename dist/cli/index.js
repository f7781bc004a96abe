#!/usr/bin/env node
import { createRequire as __sdvCreateRequire } from "node:module"; const require = __sdvCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/entries/cli.ts
import { parseArgs } from "node:util";

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema2) => schema2;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema2) {
  return rawShape(schema2._zod.def) ?? schema2._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema2) {
  return mergeDefs(schema2._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema2, maskedKeys(schema2, mask));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema2, mask) {
  const raw = sourceShape(schema2);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema2, mask));
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)).filter((key) => !omitted.has(key)));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema2._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema2);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function extended(schema2, shape) {
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema2, mask, name = "partial") {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema2, mask) {
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var NEVER = /* @__PURE__ */ Object.freeze({
  status: "aborted"
});
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema2, value, _ctx) => {
  const validator = schema2._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema2, value, _ctx);
});
function validateFallback(schema2, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema2._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema2._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    return parse2(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    return await parseAsync2(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema2, value, ctx);
};
var _safeDecode = (_Err) => (schema2, value, _ctx) => {
  return _safeParse(_Err)(schema2, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema2, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema2, value, _ctx) => {
  return _safeParseAsync(_Err)(schema2, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field2 = shape[key]._zod;
      if (field2.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field2.values)
          propValues[key].add(v);
        if (field2.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema2 = shape[key];
      const optin = schema2?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema2?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema2 = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema2, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema2, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema2, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema2._zod.def;
  const seen = ctx.seen.get(schema2);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema2);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema2, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema2._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema2],
      path: _params.path
    };
    if (schema2._zod.processJSONSchema) {
      schema2._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema2, ctx, _json, params);
    }
    const parent = schema2._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema2);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema2)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema2);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema3 = seen.schema;
    for (const key in schema3) {
      delete schema3[key];
    }
    schema3.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema2 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema2 !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema2) {
  const options = schema2.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema2.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema2.anyOf;
  schema2.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required3 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required3.add(key);
  }
  const folded = { type: "object", properties };
  if (required3.size)
    folded.required = [...required3];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema3 = seen.def ?? seen.schema;
    const _cached = { ...schema3 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema3.allOf = schema3.allOf ?? [];
        schema3.allOf.push(refSchema);
      } else {
        assignProps(schema3, refSchema);
      }
      assignProps(schema3, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema3[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema3[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema3.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema3) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema3[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema3,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema2)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema2)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema2["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema2, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema2, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema2, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};
var createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema2) {
  const agg = {};
  const def = schema2._zod.def;
  const list = schema2._zod.traits.has("$ZodCheck") ? [schema2, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema2._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema2, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema2);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema2, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema2, _ctx, json, _params) => {
  const def = schema2._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema2, ctx, json, params) => {
  handleUnrepresentable(schema2, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema2, ctx, json, params) => {
  handleUnrepresentable(schema2, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def = schema2._zod.def;
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema2) {
  const def = schema2._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema2._zod.optin;
}
var objectProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def = schema2._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema2, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field2 = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field2) === void 0 : field2._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var nullableProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema2, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema2, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema2, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var readonlyProcessor = (schema2, ctx, json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/config/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var SHORT = /^(?:\d+(?:ms|s|m|h|d))+$/;
var SHORT_PART = /(\d+)(ms|s|m|h|d)/g;
var ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
var DURATION_FORMS = "a duration such as 90s, 10m, 1h, 1h30m, 2d or ISO 8601 PT10M";
function parseDuration(text) {
  const value = text.trim();
  if (SHORT.test(value)) {
    let total = 0;
    for (const [, amount, unit] of value.matchAll(SHORT_PART))
      total += Number(amount) * UNIT_MS[unit];
    return total;
  }
  const iso2 = ISO.exec(value.toUpperCase());
  if (!iso2 || value.length <= 2 || value.toUpperCase().endsWith("T")) return null;
  const [, d = "0", h = "0", m = "0", s = "0"] = iso2;
  return Number(d) * UNIT_MS.d + Number(h) * UNIT_MS.h + Number(m) * UNIT_MS.m + Math.round(Number(s) * 1e3);
}
function formatDuration(ms) {
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const unit of ["d", "h", "m", "s", "ms"]) {
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

// src/config/inputs.ts
var PINNED_SENTRY_MCP = "@sentry/mcp-server@0.39.0";
var INPUTS = [
  {
    name: "auth-token",
    env: "SENTRY_AUTH_TOKEN",
    default: "",
    description: "Sentry token with event:read, org:read and project:read (an internal integration token or a user token; organization tokens cannot read issues). Masked at once."
  },
  { name: "org", env: "SENTRY_ORG", default: "", description: "Sentry organization slug." },
  {
    name: "project",
    env: "SENTRY_PROJECT",
    default: "",
    description: "One or more Sentry project slugs, comma- or newline-separated."
  },
  {
    name: "url",
    env: "SENTRY_URL",
    default: "https://sentry.io",
    description: "Sentry base URL. On sentry.io the organization's region is discovered; self-hosted URLs are used as given."
  },
  {
    name: "environment",
    env: "SENTRY_ENVIRONMENT",
    default: "",
    description: "Sentry environment, e.g. production. Empty: all environments."
  },
  {
    name: "release",
    env: "SENTRY_RELEASE",
    default: "",
    description: "Sentry release version. Default: the deployed commit SHA."
  },
  {
    name: "deployed-at",
    default: "auto",
    description: "When the release reached the environment: auto (the newest Sentry deploy record of the release in the environment, else the start of this run) or an ISO 8601 time with a time zone."
  },
  {
    name: "window",
    default: "10m",
    description: "How long to watch after the deploy: 90s, 10m, 1h or ISO 8601 PT10M (at most 6h)."
  },
  { name: "poll-interval", default: "1m", description: "How often to ask Sentry during the window." },
  { name: "fail-fast", default: "true", description: "Stop at the first poll that finds a failing issue." },
  {
    name: "fail-on",
    default: "new,regressed,unfixed",
    description: "Comma list of finding kinds that fail the job: new, regressed, spike, unfixed; or none to only report."
  },
  {
    name: "spike-alpha",
    default: "0.01",
    description: "One-sided significance level of the spike test, family-wise over the issues tested."
  },
  {
    name: "spike-min-ratio",
    default: "2",
    description: "The spike test's null hypothesis: the rate after the deploy is at most this many times the rate before."
  },
  {
    name: "spike-min-events",
    default: "10",
    description: "A spike needs at least this many events since the deploy."
  },
  {
    name: "spike-baseline",
    default: "24h",
    description: "The period just before the deploy that gives each issue's usual rate."
  },
  {
    name: "fixes",
    default: "auto",
    description: "Issues the deploy claims to fix: auto (Fixes/Resolves/Closes SHORT-ID in the pull request and the deployed commits), a list of short IDs, or none."
  },
  {
    name: "fail-on-inconclusive",
    default: "false",
    description: "Fail when Sentry received no event of the release since the deploy."
  },
  {
    name: "min-events",
    default: "1",
    description: "A finding counts only with at least this many events since the deploy."
  },
  { name: "min-users", default: "0", description: "\u2026 and at least this many affected users." },
  {
    name: "query",
    default: "",
    description: "Extra Sentry issue-search terms ANDed into every issue query, e.g. level:[error,fatal]."
  },
  {
    name: "ignore",
    default: "",
    description: "Issues never to count: short IDs (WEB-12) or /regex/ on the title, comma- or newline-separated."
  },
  {
    name: "mode",
    default: "verify",
    description: "verify (a release after its deploy) or scan (everything new or regressed in the lookback)."
  },
  { name: "lookback", default: "24h", description: "The period a scan covers." },
  {
    name: "comment",
    default: "auto",
    description: "auto (comment on the deployed commit's pull request when there are findings, and update an earlier comment whatever the result), always, or never."
  },
  {
    name: "pr-number",
    default: "",
    description: "The pull request to comment on, when the trigger does not tell."
  },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, which action.yml must carry as written.
  { name: "github-token", default: "${{ github.token }}", description: "Token for comments and issues." },
  {
    name: "report-issue",
    default: "false",
    description: "In scan mode: keep one GitHub issue updated with the latest report."
  },
  {
    name: "max-listed",
    default: "10",
    description: "Findings listed in full in a comment or summary; the rest are counted."
  },
  {
    name: "on-error",
    default: "fail",
    description: "When Sentry cannot be asked: fail the job, or warn and pass."
  },
  { name: "source", default: "api", description: "api: Sentry's REST API; mcp: a Sentry MCP server." },
  {
    name: "mcp-command",
    default: `npx -y ${PINNED_SENTRY_MCP}`,
    description: "How to start the Sentry MCP server over stdio when source is mcp."
  },
  {
    name: "mcp-url",
    default: "",
    description: "A remote Sentry MCP endpoint (streamable HTTP) instead of a command."
  }
];
var BY_NAME = new Map(INPUTS.map((spec) => [spec.name, spec]));
function inputSpec(name) {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown input ${name}`);
  return spec;
}

// src/config/lists.ts
function parseList(text) {
  return text.split(/[,\n]/).map((item) => item.trim()).filter((item) => item.length > 0);
}
var SHORT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
var ACCEPTS = "short IDs such as WEB-12 or /regex/ on the title (flags i, m, s, u allowed)";
function parseIgnoreRules(text) {
  const rules = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (rest.startsWith("/")) {
      const match = /^\/((?:\\.|[^\\/\n])+)\/([a-z]*)\s*(?:[,\n]|$)/.exec(rest);
      if (!match)
        return {
          problem: `must be ${ACCEPTS}; a /regex/ is not closed in ${JSON.stringify(rest.slice(0, 40))}`
        };
      const [whole, source = "", flags = ""] = match;
      if (/[^imsu]/.test(flags))
        return { problem: `must be ${ACCEPTS}; /${source}/${flags} has flags other than i, m, s, u` };
      try {
        rules.push({ kind: "title", pattern: new RegExp(source, flags), source: `/${source}/${flags}` });
      } catch (error2) {
        return {
          problem: `must be ${ACCEPTS}; /${source}/ is not a valid regex (${error2.message})`
        };
      }
      rest = rest.slice(whole.length).trim();
      continue;
    }
    const end = rest.search(/[,\n]/);
    const item = (end === -1 ? rest : rest.slice(0, end)).trim();
    rest = end === -1 ? "" : rest.slice(end + 1).trim();
    if (item.length === 0) continue;
    if (!SHORT_ID.test(item))
      return { problem: `must be ${ACCEPTS}; ${JSON.stringify(item.slice(0, 40))} is neither` };
    rules.push({ kind: "short-id", shortId: item.toUpperCase() });
  }
  return { rules };
}

// src/config/schema.ts
var FINDING_KINDS = ["new", "regressed", "spike", "unfixed"];
var problem = (message) => ({ problem: message });
var isProblem = (value) => typeof value === "object" && value !== null && "problem" in value;
function field(name, parse2) {
  return string2().optional().transform((raw, ctx) => {
    const text = raw?.trim() ? raw.trim() : inputSpec(name).default;
    const result = parse2(text);
    if (isProblem(result)) {
      ctx.addIssue({ code: "custom", message: result.problem });
      return NEVER;
    }
    return result;
  });
}
var shown = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
function oneOf(choices) {
  return (text) => choices.includes(text.toLowerCase()) ? text.toLowerCase() : problem(`must be one of ${choices.join(", ")}; got ${shown(text)}`);
}
function boolean3(text) {
  const value = text.toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return problem(`must be true or false; got ${shown(text)}`);
}
function integer2(min, max) {
  return (text) => {
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(value) && value >= min && value <= max ? value : problem(`must be a whole number from ${min} to ${max}; got ${shown(text)}`);
  };
}
function decimal(min, max, { exclusiveMin = false } = {}) {
  return (text) => {
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
    const aboveMin = exclusiveMin ? value > min : value >= min;
    return aboveMin && value <= max ? value : problem(
      `must be a number ${exclusiveMin ? "above" : "from"} ${min} ${exclusiveMin ? "and at most" : "to"} ${max}; got ${shown(text)}`
    );
  };
}
function duration2(minMs, maxMs, range) {
  return (text) => {
    const ms = parseDuration(text);
    if (ms === null) return problem(`must be ${DURATION_FORMS}; got ${shown(text)}`);
    if (ms < minMs || ms > maxMs) return problem(`must be ${range}; got ${shown(text)}`);
    return ms;
  };
}
function required2(what, envName) {
  return `is required: ${what}${envName ? ` (or set ${envName})` : ""}`;
}
var SLUG = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
var slugProblem = (text) => text === "." || text === ".." || !SLUG.test(text) || text.length > 100;
var RELEASE_FORBIDDEN = /[/\\\n\r\t\f]/;
var SHORT_ID2 = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
var MAX_FIXES = 50;
var HOUR = 36e5;
var MAX_CLOCK_SKEW_MS = 6e4;
var DAY = 24 * HOUR;
function schema(context, scanning) {
  return object({
    "auth-token": field("auth-token", (text) => {
      if (!text)
        return problem(
          required2("a Sentry token with event:read, org:read and project:read", "SENTRY_AUTH_TOKEN")
        );
      if (/\s/.test(text)) return problem("contains white space; paste the token alone");
      return text;
    }),
    org: field("org", (text) => {
      if (!text) return problem(required2("the Sentry organization slug", "SENTRY_ORG"));
      return slugProblem(text) ? problem(`must be an organization slug such as acme; got ${shown(text)}`) : text;
    }),
    project: field("project", (text) => {
      const slugs = parseList(text);
      if (slugs.length === 0)
        return problem(required2("one or more project slugs, comma-separated", "SENTRY_PROJECT"));
      const bad = slugs.find(slugProblem);
      if (bad !== void 0)
        return problem(`must be project slugs such as web or web,api; ${shown(bad)} is not one`);
      return [...new Set(slugs)];
    }),
    url: field("url", (text) => {
      let url;
      try {
        url = new URL(text);
      } catch {
        return problem(`must be an http or https URL such as https://sentry.example.com; got ${shown(text)}`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:")
        return problem(`must be an http or https URL; got ${shown(text)}`);
      if (url.username || url.password)
        return problem("must not carry a user name or password; use auth-token");
      if (url.search || url.hash)
        return problem(`must be a base URL without ?query or #fragment; got ${shown(text)}`);
      const path = url.pathname.replace(/\/+$/, "").replace(/\/api\/0$/, "");
      return `${url.origin}${path}`;
    }),
    environment: field("environment", (text) => {
      if (!text) return null;
      return /[\n\r\t]/.test(text) || text.length > 64 ? problem(`must be one Sentry environment name of at most 64 characters; got ${shown(text)}`) : text;
    }),
    release: field("release", (text) => {
      const value = text || context.deployedCommit || "";
      if (!value && scanning) return "";
      if (!value)
        return problem(
          required2(
            "the Sentry release version; it defaults to the deployed commit SHA, which is not known here",
            "SENTRY_RELEASE"
          )
        );
      if (value.length > 200 || RELEASE_FORBIDDEN.test(value) || value === "." || value === "..")
        return problem(
          `must be a Sentry release version: at most 200 characters, no slash, backslash, tab or newline; got ${shown(value)}`
        );
      return value;
    }),
    "deployed-at": field("deployed-at", (text) => {
      if (text.toLowerCase() === "auto") return "auto";
      const time3 = ISO_TIME.test(text) ? new Date(text) : null;
      if (!time3 || Number.isNaN(time3.getTime()))
        return problem(
          `must be auto or an ISO 8601 time with a time zone, such as 2026-11-25T14:03:00Z; got ${shown(text)}`
        );
      if (context.now !== void 0 && time3.getTime() > context.now + MAX_CLOCK_SKEW_MS)
        return problem(
          `must not be in the future (more than a minute ahead of this machine's clock); got ${shown(text)}`
        );
      return time3;
    }),
    window: field("window", duration2(1e3, 6 * HOUR, "from 1s to 6h (a GitHub job runs at most 6 hours)")),
    "poll-interval": field("poll-interval", duration2(1e3, HOUR, "from 1s to 1h")),
    "fail-fast": field("fail-fast", boolean3),
    "fail-on": field("fail-on", (text) => {
      const kinds = parseList(text.toLowerCase());
      if (kinds.length === 1 && kinds[0] === "none") return [];
      const bad = kinds.find((kind) => !FINDING_KINDS.includes(kind));
      if (bad !== void 0 || kinds.length === 0)
        return problem(`must be a comma list of ${FINDING_KINDS.join(", ")}, or none; got ${shown(text)}`);
      return [...new Set(kinds)];
    }),
    "spike-alpha": field("spike-alpha", decimal(0, 0.5, { exclusiveMin: true })),
    "spike-min-ratio": field("spike-min-ratio", decimal(1, 1e3)),
    "spike-min-events": field("spike-min-events", integer2(1, 1e6)),
    "spike-baseline": field("spike-baseline", duration2(HOUR, 30 * DAY, "from 1h to 30d")),
    fixes: field("fixes", (text) => {
      const lower = text.toLowerCase();
      if (lower === "auto" || lower === "none") return lower;
      const ids = parseList(text);
      const bad = ids.find((id) => !SHORT_ID2.test(id));
      if (bad !== void 0)
        return problem(`must be auto, none, or Sentry short IDs such as WEB-123; ${shown(bad)} is not one`);
      const unique = [...new Set(ids.map((id) => id.toUpperCase()))];
      if (unique.length > MAX_FIXES)
        return problem(`must list at most ${MAX_FIXES} short IDs; got ${unique.length}`);
      return unique;
    }),
    "fail-on-inconclusive": field("fail-on-inconclusive", boolean3),
    "min-events": field("min-events", integer2(1, 1e9)),
    "min-users": field("min-users", integer2(0, 1e9)),
    query: field(
      "query",
      (text) => /[\n\r]/.test(text) ? problem("must be Sentry search terms on one line, such as level:[error,fatal]") : text
    ),
    ignore: field("ignore", (text) => {
      const rules = parseIgnoreRules(text);
      return "problem" in rules ? problem(rules.problem) : rules.rules;
    }),
    mode: field("mode", oneOf(["verify", "scan"])),
    lookback: field("lookback", duration2(6e4, 90 * DAY, "from 1m to 90d (Sentry keeps 90 days)")),
    comment: field("comment", oneOf(["auto", "always", "never"])),
    "pr-number": field("pr-number", (text) => text ? integer2(1, 1e9)(text) : null),
    "github-token": field("github-token", (text) => text.startsWith("${{") ? "" : text),
    "report-issue": field("report-issue", boolean3),
    "max-listed": field("max-listed", integer2(0, 200)),
    "on-error": field("on-error", oneOf(["fail", "warn"])),
    source: field("source", oneOf(["api", "mcp"])),
    "mcp-command": field("mcp-command", (text) => text),
    "mcp-url": field("mcp-url", (text) => {
      if (!text) return null;
      try {
        const url = new URL(text);
        if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
      } catch {
      }
      return problem(`must be an http or https URL of a Sentry MCP endpoint; got ${shown(text)}`);
    })
  });
}
function parseConfig(raw, context = {}) {
  const scanning = (raw.mode?.trim() || inputSpec("mode").default).toLowerCase() === "scan";
  const shape = schema(context, scanning);
  const result = shape.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue2) => ({
      input: String(issue2.path[0]),
      message: issue2.message
    }));
    const onError = shape.shape["on-error"].safeParse(raw["on-error"]);
    return { ok: false, problems, onError: onError.success ? onError.data : "fail" };
  }
  const v = result.data;
  return {
    ok: true,
    config: {
      authToken: v["auth-token"],
      org: v.org,
      projects: v.project,
      url: v.url,
      environment: v.environment,
      release: v.release,
      deployedAt: v["deployed-at"],
      windowMs: v.window,
      pollIntervalMs: v["poll-interval"],
      failFast: v["fail-fast"],
      failOn: v["fail-on"],
      spikeAlpha: v["spike-alpha"],
      spikeMinRatio: v["spike-min-ratio"],
      spikeMinEvents: v["spike-min-events"],
      spikeBaselineMs: v["spike-baseline"],
      fixes: v.fixes,
      failOnInconclusive: v["fail-on-inconclusive"],
      minEvents: v["min-events"],
      minUsers: v["min-users"],
      query: v.query,
      ignore: v.ignore,
      mode: v.mode,
      lookbackMs: v.lookback,
      comment: v.comment,
      prNumber: v["pr-number"],
      githubToken: v["github-token"],
      reportIssue: v["report-issue"],
      maxListed: v["max-listed"],
      onError: v["on-error"],
      source: v.source,
      mcpCommand: v["mcp-command"],
      mcpUrl: v["mcp-url"]
    }
  };
}

// src/engine/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};

// src/engine/deadline.ts
var GRACE_AFTER_WINDOW_MS = 2 * 6e4;
function runDeadline(config2, now) {
  if (config2.mode === "scan") return now + GRACE_AFTER_WINDOW_MS;
  const latestDeploy = config2.deployedAt === "auto" ? now : Math.max(now, config2.deployedAt.getTime());
  return latestDeploy + config2.windowMs + GRACE_AFTER_WINDOW_MS;
}

// src/sentry/errors.ts
var RETRYABLE = /* @__PURE__ */ new Set(["rate-limited", "unavailable", "malformed"]);
var SentryError = class extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.retryable = RETRYABLE.has(kind);
  }
  kind;
  status;
  name = "SentryError";
  retryable;
};

// src/engine/findings.ts
function toFinding(kind, issue2, deployedAt) {
  const firstSeen2 = issue2.firstSeen;
  return {
    kind,
    id: issue2.id,
    shortId: issue2.shortId,
    title: issue2.title,
    project: issue2.projectSlug,
    events: issue2.events,
    users: issue2.users,
    firstSeen: firstSeen2 ? firstSeen2.toISOString() : null,
    permalink: issue2.permalink,
    culprit: issue2.culprit,
    level: issue2.level,
    secondsAfterDeploy: firstSeen2 && deployedAt ? Math.max(0, Math.round((firstSeen2.getTime() - deployedAt.getTime()) / 1e3)) : null,
    location: null,
    spike: null
  };
}
function sortFindings(findings, failOn) {
  const rank = (finding) => (failOn.includes(finding.kind) ? 0 : FINDING_KINDS.length) + FINDING_KINDS.indexOf(finding.kind);
  return findings.sort(
    (a, b) => rank(a) - rank(b) || b.events - a.events || a.shortId.localeCompare(b.shortId)
  );
}

// src/engine/verdict.ts
function verifyScope(release, environment, windowText) {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `in release ${release}${where} since its deploy`,
    clean: `no new, regressed or spiking issues in release ${release}${where} within ${windowText} of its deploy`,
    unseen: `Sentry received no error event of release ${release}${where} since its deploy: is the SDK's release set to it?`
  };
}
var KIND_WORDS = {
  new: ["new issue", "new issues"],
  regressed: ["regressed issue", "regressed issues"],
  spike: ["spiking issue", "spiking issues"],
  unfixed: ["claimed fix that did not work", "claimed fixes that did not work"]
};
function countByKind(findings) {
  const counts = { new: 0, regressed: 0, spike: 0, unfixed: 0 };
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}
function describeCounts(counts, kinds = FINDING_KINDS) {
  const parts = kinds.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts[0] ?? "no findings";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function decideVerdict(input) {
  const counts = countByKind(input.findings);
  const failing = input.failOn.filter((kind) => counts[kind] > 0);
  if (failing.length > 0)
    return { verdict: "fail", reason: `${describeCounts(counts, failing)} ${input.scope.findings}` };
  if (!input.releaseSeen) return { verdict: "inconclusive", reason: input.scope.unseen };
  if (input.findings.length > 0) {
    const failOn = input.failOn.length > 0 ? input.failOn.join(",") : "none";
    return {
      verdict: "pass",
      reason: `${describeCounts(counts)} reported ${input.scope.findings}, none of a kind that fails the check (fail-on: ${failOn})`
    };
  }
  return { verdict: "pass", reason: input.scope.clean };
}
function describeFixes(fixes) {
  const confirmed = fixes.filter((fix) => fix.status === "confirmed").length;
  const unverified = fixes.filter((fix) => fix.status === "unverified").length;
  const parts = [
    ...confirmed > 0 ? [`${confirmed} claimed ${confirmed === 1 ? "fix" : "fixes"} confirmed`] : [],
    ...unverified > 0 ? [`${unverified} claimed ${unverified === 1 ? "fix" : "fixes"} unverified`] : []
  ];
  return parts.length > 0 ? parts.join(", ") : null;
}

// src/engine/build-report.ts
function buildReport(parts) {
  const { config: config2, evaluation } = parts;
  const findings = sortFindings(evaluation.findings, config2.failOn);
  const decided = decideVerdict({
    findings,
    failOn: config2.failOn,
    releaseSeen: evaluation.releaseSeen,
    scope: parts.scope
  });
  const fixes = describeFixes(parts.fixes);
  const { verdict } = decided;
  const reason = fixes ? `${decided.reason}; ${fixes}` : decided.reason;
  const notes = [...parts.notes];
  if (evaluation.ignored > 0)
    notes.push(`${evaluation.ignored} issue(s) matched the ignore input and were not counted.`);
  if (evaluation.belowThresholds > 0)
    notes.push(
      `${evaluation.belowThresholds} issue(s) had fewer than min-events (${config2.minEvents}) or min-users (${config2.minUsers}) ${config2.mode === "scan" ? "in the period" : "since the deploy"} and were not counted.`
    );
  const listed = Math.min(config2.maxListed, findings.length);
  return {
    ...baseReport(config2, parts.evaluatedAt),
    verdict,
    reason,
    release: config2.mode === "scan" ? null : config2.release,
    deployedAt: parts.deploy ? parts.deploy.at.toISOString() : null,
    deployedAtSource: parts.deploy ? parts.deploy.source : null,
    window: parts.windowText,
    windowEnd: parts.windowEnd.toISOString(),
    polls: parts.polls,
    counts: countByKind(findings),
    findings,
    fixes: parts.fixes,
    spikeTest: parts.spikeTest,
    listed,
    omitted: findings.length - listed,
    timeline: parts.timeline,
    notes
  };
}
function baseReport(config2, evaluatedAt) {
  return {
    verdict: "error",
    reason: "",
    mode: config2?.mode ?? "verify",
    release: config2?.release ?? null,
    environment: config2?.environment ?? null,
    projects: config2?.projects ?? [],
    org: config2?.org ?? "",
    deployedAt: null,
    deployedAtSource: null,
    window: config2 ? formatDuration(config2.windowMs) : "",
    windowEnd: null,
    evaluatedAt: evaluatedAt.toISOString(),
    polls: 0,
    counts: { new: 0, regressed: 0, spike: 0, unfixed: 0 },
    findings: [],
    fixes: [],
    spikeTest: null,
    listed: 0,
    omitted: 0,
    timeline: null,
    notes: []
  };
}

// src/engine/filters.ts
function ignoredBy(issue2, rules) {
  const shortId = issue2.shortId.toUpperCase();
  const title = issue2.title.slice(0, 1e3);
  for (const rule of rules) {
    if (rule.kind === "short-id" ? rule.shortId === shortId : rule.pattern.test(title)) return rule;
  }
  return null;
}
function meetsThresholds(issue2, minEvents, minUsers) {
  return issue2.events >= minEvents && issue2.users >= minUsers;
}

// src/engine/collect.ts
async function collectFindings(candidates, config2, deployedAt) {
  const findings = /* @__PURE__ */ new Map();
  let ignored = 0;
  let belowThresholds = 0;
  const consider = (kind, issue2) => {
    if (findings.has(issue2.id)) return;
    if (ignoredBy(issue2, config2.ignore)) ignored += 1;
    else if (!meetsThresholds(issue2, config2.minEvents, config2.minUsers)) belowThresholds += 1;
    else findings.set(issue2.id, toFinding(kind, issue2, deployedAt));
  };
  let fresh = 0;
  const [, regressed] = await Promise.all([
    (async () => {
      for await (const issue2 of candidates.fresh) {
        fresh += 1;
        consider("new", issue2);
      }
    })(),
    (async () => {
      const kept = [];
      for await (const issue2 of candidates.regressed)
        if (await candidates.confirmRegression(issue2)) kept.push(issue2);
      return kept;
    })()
  ]);
  for (const issue2 of regressed) consider("regressed", issue2);
  return { findings: [...findings.values()], ignored, belowThresholds, candidates: fresh + regressed.length };
}

// src/engine/deploy-time.ts
var MAX_CLOCK_SKEW_MS2 = 6e4;
function chooseDeployTime(requested, deploys, environment, runStart) {
  if (requested !== "auto") return { at: requested, source: "input" };
  let newest = null;
  for (const deploy of deploys) {
    if (environment !== null && deploy.environment !== environment) continue;
    const at = deploy.dateFinished ?? deploy.dateStarted;
    if (!at || at.getTime() > runStart.getTime() + MAX_CLOCK_SKEW_MS2) continue;
    if (newest === null || at > newest) newest = at;
  }
  return newest ? { at: newest, source: "deploy-record" } : { at: runStart, source: "run-start" };
}

// src/engine/fix-claims.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "fix",
  "fixes",
  "fixed",
  "resolve",
  "resolves",
  "resolved",
  "close",
  "closes",
  "closed"
]);
var LONGEST_KEYWORD = 8;
var BASE32_NUMBER = /^[0-9A-HJKMNP-TV-Z]+$/;
var SLUG_PREFIX = /^[A-Z0-9_]+(?:-[A-Z0-9_]+)*$/;
var MAX_SHORT_ID = 80;
var MAX_LINK_DESTINATION = 2048;
var LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
var SPACE = /\s/;
function findFixClaims(texts) {
  const claims = /* @__PURE__ */ new Map();
  for (const { where, text } of texts) {
    for (const shortId of claimedIn(visibleText(text))) {
      const claim2 = claims.get(shortId);
      if (!claim2) claims.set(shortId, { shortId, where: [where] });
      else if (!claim2.where.includes(where)) claim2.where.push(where);
    }
  }
  return [...claims.values()];
}
function claimsForProjects(claims, projectSlugs) {
  const prefixes = new Set(projectSlugs.map((slug) => slug.trim().toUpperCase()));
  const inProjects = [];
  const elsewhere = [];
  for (const claim2 of claims) {
    const shortId = claim2.shortId.toUpperCase();
    const cut = shortId.lastIndexOf("-");
    const ours = cut > 0 && prefixes.has(shortId.slice(0, cut)) && BASE32_NUMBER.test(shortId.slice(cut + 1));
    (ours ? inProjects : elsewhere).push(claim2);
  }
  return { inProjects, elsewhere };
}
function isShortId(token) {
  if (token.length > MAX_SHORT_ID) return false;
  const upper = token.toUpperCase();
  const cut = upper.lastIndexOf("-");
  if (cut <= 0) return false;
  const prefix = upper.slice(0, cut);
  return SLUG_PREFIX.test(prefix) && !/^[0-9]+$/.test(prefix) && BASE32_NUMBER.test(upper.slice(cut + 1));
}
function claimedIn(text) {
  const found = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i += 1;
    if (i - start <= LONGEST_KEYWORD && KEYWORDS.has(text.slice(start, i).toLowerCase())) {
      i = Math.max(i, readList(text, i, found));
    }
  }
  return found;
}
function readList(text, at, found) {
  let i = skipStars(text, at);
  if (text[i] === ":") i = skipStars(text, i + 1);
  if (!isSpace(text, i)) return at;
  while (isSpace(text, i)) i += 1;
  for (; ; ) {
    const item = readShortId(text, i);
    if (!item) return i;
    found.push(item.shortId);
    const end = item.end;
    i = end;
    for (; ; ) {
      if (text[i] === "," || text[i] === "&" || isSpace(text, i)) i += 1;
      else if (text.slice(i, i + 3).toLowerCase() === "and" && !isWordChar(text, i + 3)) i += 3;
      else break;
    }
    if (i === end) return i;
  }
}
function readShortId(text, at) {
  let i = skipStars(text, at);
  const link = text[i] === "[";
  if (link) i += 1;
  const start = i;
  const limit = start + MAX_SHORT_ID + 1;
  while (i < text.length && i < limit && isIdChar(text.charCodeAt(i))) i += 1;
  const token = text.slice(start, i);
  if (isIdChar(text.charCodeAt(i)) || !isShortId(token)) return null;
  let end = i;
  if (link) end = linkEnd(text, i);
  else {
    const next = text[i];
    if (next === "#" || next === "/" || next === "\\" || isWordChar(text, i)) end = null;
    else if ((next === "." || next === ":" || next === "@") && isWordChar(text, i + 1)) end = null;
  }
  return end === null ? null : { shortId: token.toUpperCase(), end: skipStars(text, end) };
}
function skipStars(text, at) {
  let i = at;
  while (i < at + 3 && text[i] === "*") i += 1;
  return i;
}
function linkEnd(text, at) {
  if (!text.startsWith("](", at)) return null;
  const limit = Math.min(text.length, at + 2 + MAX_LINK_DESTINATION);
  for (let i = at + 2; i < limit; i += 1) {
    if (text[i] === ")") return i + 1;
    if (isSpace(text, i)) return null;
  }
  return null;
}
function isIdChar(code) {
  return code >= 48 && code <= 57 || // 0-9
  code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code === 95 || // _
  code === 45;
}
function isWordChar(text, i) {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isIdChar(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}
function isSpace(text, i) {
  const c = text[i];
  return c !== void 0 && SPACE.test(c);
}
function visibleText(text) {
  const spans = new BacktickRuns(text);
  const out = [];
  let i = 0;
  let copied = 0;
  const skip = (from, to) => {
    out.push(text.slice(copied, from), from < to && text.slice(from, to).includes("\n") ? "\n" : " ");
    copied = to;
  };
  while (i < text.length) {
    if (i === 0 || text[i - 1] === "\n") {
      const fence = fenceAt(text, i);
      if (fence) {
        const end = fenceEnd(text, fence);
        skip(i, end);
        i = end;
        continue;
      }
    }
    const c = text[i];
    if (c === "<" && text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      const end = close < 0 ? text.length : close + 3;
      skip(i, end);
      i = end;
    } else if (c === "`") {
      let run = i;
      while (text[run] === "`") run += 1;
      const closer = spans.closer(i, run - i);
      if (closer === null) i = run;
      else {
        skip(i, closer + (run - i));
        i = closer + (run - i);
      }
    } else i += 1;
  }
  out.push(text.slice(copied));
  return out.join("");
}
function fenceAt(text, at) {
  const lineEnd = endOfLine(text, at);
  let i = skipIndentAndQuotes(text, at, lineEnd);
  const char = text[i];
  if (char !== "`" && char !== "~") return null;
  const start = i;
  while (text[i] === char) i += 1;
  const length = i - start;
  if (length < 3) return null;
  if (char === "`" && text.slice(i, lineEnd).includes("`")) return null;
  return { char, length, body: Math.min(text.length, lineEnd + 1) };
}
function fenceEnd(text, fence) {
  let line = fence.body;
  while (line < text.length) {
    const lineEnd = endOfLine(text, line);
    let i = skipIndentAndQuotes(text, line, lineEnd);
    const start = i;
    while (i < lineEnd && text[i] === fence.char) i += 1;
    if (i - start >= fence.length && text.slice(i, lineEnd).trim() === "") return lineEnd;
    line = lineEnd + 1;
  }
  return text.length;
}
function skipIndentAndQuotes(text, at, lineEnd) {
  let i = at;
  while (i < lineEnd && (text[i] === " " || text[i] === "	" || text[i] === ">")) i += 1;
  return i;
}
function endOfLine(text, at) {
  const newline = text.indexOf("\n", at);
  return newline < 0 ? text.length : newline;
}
var BacktickRuns = class {
  byLength = /* @__PURE__ */ new Map();
  /** Starts of blank lines, in order, and the first one not yet passed. */
  blankLines = [];
  nextBlank = 0;
  constructor(text) {
    for (let i = 0; i < text.length; ) {
      if (text[i] !== "`") {
        i += 1;
        continue;
      }
      const start = i;
      while (text[i] === "`") i += 1;
      const runs = this.byLength.get(i - start) ?? { starts: [], next: 0 };
      runs.starts.push(start);
      this.byLength.set(i - start, runs);
    }
    for (const match of text.matchAll(/\n[ \t\r]*(?=\n)/g)) this.blankLines.push(match.index + 1);
  }
  /** The start of the run closing a span opened by `length` backticks at `at`, within its paragraph. */
  closer(at, length) {
    const runs = this.byLength.get(length);
    if (!runs) return null;
    while (runs.next < runs.starts.length && (runs.starts[runs.next] ?? 0) <= at) runs.next += 1;
    while (this.nextBlank < this.blankLines.length && (this.blankLines[this.nextBlank] ?? 0) <= at)
      this.nextBlank += 1;
    const candidate = runs.starts[runs.next];
    const paragraphEnd = this.blankLines[this.nextBlank] ?? Number.POSITIVE_INFINITY;
    return candidate !== void 0 && candidate < paragraphEnd ? candidate : null;
  }
};

// src/engine/fix-check.ts
async function claimedFixes(config2, texts, notes) {
  if (config2.fixes === "none") return [];
  const claims = config2.fixes === "auto" ? await claimsInTexts(config2.projects, texts, notes) : config2.fixes.map((shortId) => ({ shortId, where: ["the fixes input"] }));
  if (claims.length > MAX_FIXES)
    notes.push(
      `${claims.length} fixes were claimed; the first ${MAX_FIXES} were checked: ${claims.slice(MAX_FIXES, MAX_FIXES + 10).map((claim2) => claim2.shortId).join(", ")}${claims.length > MAX_FIXES + 10 ? " \u2026" : ""} were not.`
    );
  return claims.slice(0, MAX_FIXES);
}
async function claimsInTexts(projects, texts, notes) {
  const { inProjects, elsewhere } = claimsForProjects(findFixClaims(await texts ?? []), projects);
  const named = elsewhere.filter((claim2) => /\d/.test(claim2.shortId.slice(claim2.shortId.lastIndexOf("-"))));
  if (named.length > 0)
    notes.push(
      `Claimed fixes not checked, as they are not in ${projects.join(", ")}: ${named.slice(0, 10).map((claim2) => `${claim2.shortId} (${claim2.where[0]})`).join(", ")}.`
    );
  return inProjects;
}
async function checkFixes(source, config2, claims, window) {
  if (claims.length === 0) return { fixes: [], findings: [] };
  const issues = await Promise.all(claims.map((claim2) => source.resolveShortId(claim2.shortId)));
  const known = issues.filter((issue2) => issue2 !== null);
  const projects = new Map(
    known.map((issue2) => [issue2.projectId, { id: issue2.projectId, slug: issue2.projectSlug }])
  );
  const counts = (start, end, release) => known.length === 0 ? Promise.resolve(/* @__PURE__ */ new Map()) : source.issueCounts({
    issueIds: [...new Set(known.map((issue2) => issue2.id))],
    projects: [...projects.values()],
    environment: config2.environment,
    start,
    end,
    ...release === void 0 ? {} : { release }
  });
  const baselineStart = new Date(window.deployedAt.getTime() - config2.spikeBaselineMs);
  const [since, before] = await Promise.all([
    counts(window.deployedAt, window.end, config2.release),
    counts(baselineStart, window.deployedAt)
  ]);
  const baseline = formatDuration(config2.spikeBaselineMs);
  const fixes = [];
  const findings = [];
  claims.forEach((claim2, index) => {
    const issue2 = issues[index];
    if (!issue2) {
      fixes.push({
        shortId: claim2.shortId,
        status: "unverified",
        events: 0,
        detail: `Sentry knows no issue ${claim2.shortId} in ${config2.org}.`,
        claimedIn: claim2.where,
        title: null,
        permalink: null,
        eventsBefore: null
      });
      return;
    }
    const after = since.get(issue2.id);
    const eventsBefore = before.get(issue2.id)?.events ?? 0;
    const check = {
      shortId: issue2.shortId,
      claimedIn: claim2.where,
      title: issue2.title,
      permalink: issue2.permalink,
      eventsBefore
    };
    if (after && after.events > 0) {
      const last = after.lastSeen ? `, the last at ${after.lastSeen.toISOString()}` : "";
      fixes.push({
        ...check,
        status: "unfixed",
        events: after.events,
        detail: `${after.events} event(s) of release ${config2.release} since the deploy${last}.`
      });
      findings.push(unfixedFinding(issue2, after));
      return;
    }
    const history = eventsBefore > 0 ? `it had ${eventsBefore} in the ${baseline} before` : `it had none in the ${baseline} before either, so this shows little`;
    if (!window.releaseSeen) {
      fixes.push({
        ...check,
        status: "unverified",
        events: 0,
        detail: `Sentry received no event of release ${config2.release} since the deploy, so the issue's silence proves nothing.`
      });
    } else if (window.end < window.windowEnd) {
      fixes.push({
        ...check,
        status: "unverified",
        events: 0,
        detail: `No event of release ${config2.release} yet, but the watching stopped at ${window.end.toISOString()}, before the window's end (fail-fast); ${history}.`
      });
    } else {
      fixes.push({
        ...check,
        status: "confirmed",
        events: 0,
        detail: `No event of release ${config2.release} since the deploy; ${history}.`
      });
    }
  });
  return { fixes, findings };
}
function unfixedFinding(issue2, count) {
  return {
    kind: "unfixed",
    id: issue2.id,
    shortId: issue2.shortId,
    title: issue2.title,
    project: issue2.projectSlug,
    events: count.events,
    users: count.users,
    // Discover gives no first-seen aggregate: when it first came back is not known here.
    firstSeen: null,
    permalink: issue2.permalink,
    culprit: issue2.culprit,
    level: issue2.level,
    secondsAfterDeploy: null,
    location: null,
    spike: null
  };
}

// src/engine/locations.ts
var CONCURRENT_LOOKUPS = 4;
async function addLocations(source, findings, config2, notes) {
  const byIssue = /* @__PURE__ */ new Map();
  for (const finding of findings.slice(0, config2.maxListed))
    byIssue.set(finding.id, [...byIssue.get(finding.id) ?? [], finding]);
  const queue = [...byIssue.entries()];
  let failed = 0;
  let lastError = "";
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [issueId, listed] = next;
      try {
        const location = await source.latestEventLocation(issueId, config2.environment);
        for (const finding of listed) finding.location = location;
      } catch (error2) {
        failed += 1;
        lastError = error2 instanceof Error ? error2.message : String(error2);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_LOOKUPS }, worker));
  if (failed > 0) notes.push(`Could not look up where ${failed} finding(s) happened: ${lastError}`);
}

// src/engine/regression.ts
function regressionSince(activity, since, release) {
  let earliest = null;
  for (const entry of activity) {
    if (entry.type !== "set_regression" || entry.dateCreated < since) continue;
    if (release !== void 0 && entry.version !== release) continue;
    if (earliest === null || entry.dateCreated < earliest) earliest = entry.dateCreated;
  }
  return earliest;
}
function regressionsNeedDates(releaseFirstEvent, deployedAt) {
  return releaseFirstEvent !== null && releaseFirstEvent < deployedAt;
}

// src/stats/holm.ts
function holm(pValues, alpha) {
  const ranked = pValues.map((pValue2, index) => ({ pValue: pValue2, index })).sort((a, b) => a.pValue - b.pValue);
  const rejected = pValues.map(() => false);
  const m = pValues.length;
  for (const [rank, { pValue: pValue2, index }] of ranked.entries()) {
    if (!(pValue2 <= alpha / (m - rank))) break;
    rejected[index] = true;
  }
  return rejected;
}
function taroneFamily(minPValues, alpha) {
  const ascending = [...minPValues].sort((a, b) => a - b);
  const firstFit = ascending.findIndex((minPValue, k2) => k2 > 0 && minPValue > alpha / k2);
  const k = firstFit === -1 ? Math.max(ascending.length, 1) : firstFit;
  return minPValues.map((minPValue) => minPValue <= alpha / k);
}

// src/stats/binomial.ts
var LOG_TWO_PI = Math.log(2 * Math.PI);
var NEGLIGIBLE = 2 ** -60;
var SMALL_STIRLING_ERRORS = Array.from({ length: 16 }, (_, n) => {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * LOG_TWO_PI;
});
function stirlingError(n) {
  if (n <= 15) return SMALL_STIRLING_ERRORS[n];
  const inverseSquare = 1 / (n * n);
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - inverseSquare / 1188) * inverseSquare) * inverseSquare) * inverseSquare) / n;
}
function deviance(x, mean) {
  if (Math.abs(x - mean) >= 0.1 * (x + mean)) return x * Math.log(x / mean) + mean - x;
  const v = (x - mean) / (x + mean);
  const vSquared = v * v;
  let sum = (x - mean) * v;
  let power = 2 * x * v;
  for (let j = 1; ; j++) {
    power *= vSquared;
    const next = sum + power / (2 * j + 1);
    if (next === sum) return sum;
    sum = next;
  }
}
function logPmf(x, n, p, q) {
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  return stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, n * p) - deviance(n - x, n * q) - 0.5 * (LOG_TWO_PI + Math.log(x) + Math.log1p(-x / n));
}
function tailFrom(start, step, n, p, q) {
  const odds = step === 1 ? p / q : q / p;
  const end = step === 1 ? n : 0;
  let term = 1;
  let sum = 1;
  for (let j = start; j !== end; j += step) {
    const ratio = step === 1 ? (n - j) / (j + 1) * odds : j / (n - j + 1) * odds;
    term *= ratio;
    sum += term;
    if (term * ratio <= sum * NEGLIGIBLE * (1 - ratio)) break;
  }
  return Math.exp(logPmf(start, n, p, q) + Math.log(sum));
}
function binomialUpperTail(k, n, p) {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0 || !(p >= 0 && p <= 1)) {
    throw new RangeError(
      `binomialUpperTail needs integers k and n \u2265 0 and 0 \u2264 p \u2264 1, got k=${k} n=${n} p=${p}`
    );
  }
  if (k <= 0) return 1;
  if (k > n || p === 0) return 0;
  if (p === 1) return 1;
  const q = 1 - p;
  const tail = k > n * p ? tailFrom(k, 1, n, p, q) : 1 - tailFrom(k - 1, -1, n, p, q);
  return Math.min(1, Math.max(0, tail));
}

// src/stats/rate-ratio-test.ts
function checkArguments(counts, minRatio) {
  const { before, beforeSeconds, after, afterSeconds } = counts;
  const countsValid = Number.isInteger(before) && Number.isInteger(after) && before >= 0 && after >= 0;
  const exposuresValid = beforeSeconds > 0 && afterSeconds > 0 && Number.isFinite(beforeSeconds + afterSeconds);
  if (!countsValid || !exposuresValid || !(minRatio > 0 && Number.isFinite(minRatio))) {
    throw new RangeError(
      `rate-ratio test needs whole counts \u2265 0, finite exposures > 0 and a finite minRatio > 0, got ${JSON.stringify(counts)} minRatio=${minRatio}`
    );
  }
}
function nullShareAfter(counts, minRatio) {
  const weightedAfter = minRatio * counts.afterSeconds;
  return weightedAfter / (counts.beforeSeconds + weightedAfter);
}
function rateRatioPValue(counts, minRatio) {
  checkArguments(counts, minRatio);
  return binomialUpperTail(counts.after, counts.before + counts.after, nullShareAfter(counts, minRatio));
}
function minimumPValue(counts, minRatio) {
  checkArguments(counts, minRatio);
  return Math.exp((counts.before + counts.after) * Math.log(nullShareAfter(counts, minRatio)));
}

// src/engine/spike-test.ts
var SPIKE_JUMP = 3;
function sampleInsufficient(counts, settings, familySize) {
  if (counts.before === 0) return false;
  const jumpedAfter = Math.round(SPIKE_JUMP * counts.before * counts.afterSeconds / counts.beforeSeconds);
  if (jumpedAfter < settings.minEvents) return true;
  const jumpedPValue = rateRatioPValue({ ...counts, after: jumpedAfter }, settings.minRatio);
  return jumpedPValue > settings.alpha / Math.max(familySize, 1);
}
function runSpikeTest(candidates, settings) {
  const pValues = candidates.map((candidate) => rateRatioPValue(candidate, settings.minRatio));
  const inFamily = taroneFamily(
    candidates.map((candidate) => minimumPValue(candidate, settings.minRatio)),
    settings.alpha
  );
  const familyIndices = candidates.flatMap((_, index) => inFamily[index] ? [index] : []);
  const familyRejections = holm(
    familyIndices.map((index) => pValues[index]),
    settings.alpha
  );
  const rejected = candidates.map(() => false);
  for (const [position, index] of familyIndices.entries())
    rejected[index] = familyRejections[position];
  const outcomes = candidates.map((candidate, index) => {
    const spike = rejected[index] && candidate.after >= settings.minEvents && candidate.users >= settings.minUsers;
    return {
      id: candidate.id,
      pValue: pValues[index],
      ratio: candidate.before === 0 ? null : candidate.after / candidate.afterSeconds / (candidate.before / candidate.beforeSeconds),
      inFamily: inFamily[index],
      spike,
      insufficient: !spike && sampleInsufficient(candidate, settings, familyIndices.length)
    };
  });
  return { outcomes, family: familyIndices.length };
}

// src/engine/spikes.ts
var SPIKE_METHOD = "one-sided exact conditional binomial test (Przyborowski\u2013Wilenski), Holm's procedure over Tarone's family";
var INSUFFICIENT_EXAMPLES = 20;
var HOUR_SECONDS = 3600;
async function findSpikes(source, config2, window) {
  const { deployedAt, end } = window;
  const baselineStart = new Date(deployedAt.getTime() - config2.spikeBaselineMs);
  const common = {
    projects: window.projects,
    environment: config2.environment,
    unresolved: true,
    userQuery: config2.query
  };
  const counted = (issue2) => !window.exclude.has(issue2.id) && !window.exclude.has(issue2.shortId.toUpperCase()) && ignoredBy(issue2, config2.ignore) === null;
  const baseline = { ...common, start: baselineStart, end: deployedAt };
  const after = /* @__PURE__ */ new Map();
  const before = /* @__PURE__ */ new Map();
  const born = /* @__PURE__ */ new Map();
  await Promise.all([
    (async () => {
      for await (const issue2 of source.searchIssues({
        ...common,
        start: deployedAt,
        end,
        firstSeenBefore: deployedAt
      }))
        if (counted(issue2)) after.set(issue2.id, issue2);
    })(),
    (async () => {
      for await (const issue2 of source.searchIssues(baseline))
        if (counted(issue2)) before.set(issue2.id, { events: issue2.events, shortId: issue2.shortId });
    })(),
    (async () => {
      for await (const issue2 of source.searchIssues({ ...baseline, firstSeenFrom: baselineStart }))
        if (issue2.firstSeen) born.set(issue2.id, issue2.firstSeen.getTime());
    })()
  ]);
  const afterSeconds = Math.max(1, (end.getTime() - deployedAt.getTime()) / 1e3);
  const candidates = [];
  for (const id of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const from = Math.max(baselineStart.getTime(), born.get(id) ?? 0);
    candidates.push({
      id,
      before: before.get(id)?.events ?? 0,
      beforeSeconds: Math.max(1, (deployedAt.getTime() - from) / 1e3),
      after: after.get(id)?.events ?? 0,
      afterSeconds,
      users: after.get(id)?.users ?? 0
    });
  }
  const { outcomes, family } = runSpikeTest(candidates, {
    alpha: config2.spikeAlpha,
    minRatio: config2.spikeMinRatio,
    minEvents: Math.max(config2.spikeMinEvents, config2.minEvents),
    minUsers: config2.minUsers
  });
  const findings = [];
  const insufficient = [];
  outcomes.forEach((outcome, index) => {
    const counts = candidates[index];
    const issue2 = after.get(outcome.id);
    if (outcome.spike && issue2) {
      findings.push({
        ...toFinding("spike", issue2, deployedAt),
        spike: {
          before: counts.before,
          beforeSeconds: counts.beforeSeconds,
          after: counts.after,
          afterSeconds: counts.afterSeconds,
          beforePerHour: counts.before / counts.beforeSeconds * HOUR_SECONDS,
          afterPerHour: counts.after / counts.afterSeconds * HOUR_SECONDS,
          ratio: outcome.ratio,
          pValue: outcome.pValue
        }
      });
    } else if (outcome.insufficient) {
      const shortId = issue2?.shortId ?? before.get(outcome.id)?.shortId ?? outcome.id;
      insufficient.push({ shortId, events: counts.before });
    }
  });
  insufficient.sort((a, b) => b.events - a.events || a.shortId.localeCompare(b.shortId));
  return {
    findings,
    summary: {
      method: SPIKE_METHOD,
      alpha: config2.spikeAlpha,
      minRatio: config2.spikeMinRatio,
      minEvents: config2.spikeMinEvents,
      baseline: formatDuration(config2.spikeBaselineMs),
      candidates: candidates.length,
      tested: family,
      insufficientSample: insufficient.length,
      insufficientExamples: insufficient.slice(0, INSUFFICIENT_EXAMPLES).map((entry) => entry.shortId)
    }
  };
}

// src/engine/timeline.ts
var BUCKETS_PER_WINDOW = 10;
var MIN_INTERVAL_SECONDS = 60;
async function errorTimeline(source, query, notes) {
  const intervalSeconds = Math.max(
    MIN_INTERVAL_SECONDS,
    Math.ceil(query.windowMs / 1e3 / BUCKETS_PER_WINDOW)
  );
  const intervalMs = intervalSeconds * 1e3;
  const deployBucket = Math.floor(query.deployedAt.getTime() / intervalMs) * intervalMs;
  const start = new Date(deployBucket - BUCKETS_PER_WINDOW * intervalMs);
  try {
    const buckets = await source.errorTimeline({
      projects: query.projects,
      environment: query.environment,
      start,
      end: query.end,
      intervalSeconds
    });
    return {
      intervalSeconds,
      buckets: buckets.map((b) => ({ start: b.start.toISOString(), events: b.events }))
    };
  } catch (error2) {
    notes.push(
      `Could not chart the error events around the deploy: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
    return null;
  }
}

// src/engine/verify.ts
var MIN_RANGE_MS = 1e3;
async function verifyRelease(config2, deps) {
  const { source, clock } = deps;
  const runStart = new Date(clock.now());
  const projects = await source.resolveProjects(config2.projects);
  const [release, deploys] = await Promise.all([
    source.release(config2.release),
    config2.deployedAt === "auto" ? source.deploys(config2.release) : Promise.resolve([])
  ]);
  const deploy = chooseDeployTime(config2.deployedAt, deploys, config2.environment, runStart);
  const windowEnd = new Date(deploy.at.getTime() + config2.windowMs);
  deps.onDeployTime?.(deploy, windowEnd);
  const firstPollAt = Math.min(deploy.at.getTime() + MIN_RANGE_MS, windowEnd.getTime());
  if (clock.now() < firstPollAt) await clock.sleep(firstPollAt - clock.now());
  const context = {
    source,
    config: config2,
    projects,
    deployedAt: deploy.at,
    needRegressionDates: regressionsNeedDates(release?.firstEvent ?? null, deploy.at),
    regressionDates: /* @__PURE__ */ new Map(),
    releaseSeen: false
  };
  const notes = [];
  if (release === null) notes.push(`Sentry knows no release ${config2.release} in ${config2.org}.`);
  const windowText = formatDuration(config2.windowMs);
  const scope = verifyScope(config2.release, config2.environment, windowText);
  let last = null;
  let lastFailed = false;
  let polls = 0;
  for (; ; ) {
    const now = clock.now();
    const final = now >= windowEnd.getTime();
    const end = new Date(Math.min(now, windowEnd.getTime()));
    try {
      last = await poll(context, end);
      polls += 1;
      lastFailed = decideVerdict({ ...last, failOn: config2.failOn, scope }).verdict === "fail";
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind(last.findings)
      });
      if (final || config2.failFast && lastFailed) break;
    } catch (error2) {
      const message = error2 instanceof Error ? error2.message : String(error2);
      if (lastFailed) {
        notes.push(`A later poll failed, so the window was not watched to its end: ${message}`);
        break;
      }
      if (final || !(error2 instanceof SentryError) || !error2.retryable) throw error2;
      notes.push(`A poll at ${end.toISOString()} failed and was tried again at the next: ${message}`);
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind([]),
        error: message
      });
    }
    await clock.sleep(Math.min(config2.pollIntervalMs, windowEnd.getTime() - clock.now()));
  }
  const evaluation = last;
  const evaluatedUntil = new Date(Math.min(clock.now(), windowEnd.getTime()));
  let fixes = [];
  let spikeTest = null;
  try {
    const claims = await claimedFixes(config2, deps.fixClaimTexts, notes);
    const exclude = /* @__PURE__ */ new Set([
      ...evaluation.findings.map((finding) => finding.id),
      ...claims.map((claim2) => claim2.shortId)
    ]);
    const [fixCheck, spikes] = await Promise.all([
      checkFixes(source, config2, claims, {
        deployedAt: deploy.at,
        end: evaluatedUntil,
        windowEnd,
        releaseSeen: evaluation.releaseSeen
      }),
      findSpikes(source, config2, { projects, deployedAt: deploy.at, end: evaluatedUntil, exclude })
    ]);
    fixes = fixCheck.fixes;
    spikeTest = spikes.summary;
    evaluation.findings.push(...fixCheck.findings, ...spikes.findings);
  } catch (error2) {
    if (!lastFailed) throw error2;
    const message = error2 instanceof Error ? error2.message : String(error2);
    notes.push(`The spike test and the fix check could not run: ${message}`);
  }
  sortFindings(evaluation.findings, config2.failOn);
  const [, timeline] = await Promise.all([
    addLocations(source, evaluation.findings, config2, notes),
    errorTimeline(
      source,
      {
        projects,
        environment: config2.environment,
        deployedAt: deploy.at,
        windowMs: config2.windowMs,
        end: evaluatedUntil
      },
      notes
    )
  ]);
  return buildReport({
    config: config2,
    scope,
    windowText,
    timeline,
    deploy,
    windowEnd,
    evaluation,
    fixes,
    spikeTest,
    polls,
    notes,
    evaluatedAt: new Date(clock.now())
  });
}
async function poll(context, end) {
  const { source, config: config2, deployedAt } = context;
  const search = {
    projects: context.projects,
    environment: config2.environment,
    start: deployedAt,
    end,
    userQuery: config2.query
  };
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: deployedAt, firstRelease: config2.release }),
      regressed: source.searchIssues({ ...search, regressedInRelease: config2.release }),
      confirmRegression: (issue2) => regressedAfterDeploy(context, issue2)
    },
    config2,
    deployedAt
  );
  if (!context.releaseSeen) {
    context.releaseSeen = found.candidates > 0 || await source.hasReleaseEvents({
      projects: context.projects,
      environment: config2.environment,
      release: config2.release,
      start: deployedAt,
      end
    });
  }
  return {
    findings: found.findings,
    ignored: found.ignored,
    belowThresholds: found.belowThresholds,
    releaseSeen: context.releaseSeen
  };
}
async function regressedAfterDeploy(context, issue2) {
  if (!context.needRegressionDates) return true;
  let date2 = context.regressionDates.get(issue2.id);
  if (date2 === void 0) {
    const activity = await context.source.issueActivity(issue2.id);
    date2 = regressionSince(activity, context.deployedAt, context.config.release);
    context.regressionDates.set(issue2.id, date2);
  }
  return date2 !== null;
}

// src/report/chart.ts
var mermaidLabel = (text) => text.replace(/[^A-Za-z0-9 _.:+-]/g, " ").slice(0, 60);
function renderChart(timeline, deployedAt, environment) {
  if (timeline.buckets.length === 0) return [];
  const deploy = Date.parse(deployedAt);
  const deployIndex = timeline.buckets.findLastIndex((bucket) => Date.parse(bucket.start) <= deploy);
  const labels = timeline.buckets.map((_, index) => {
    const steps = index - deployIndex;
    if (steps === 0) return '"deploy"';
    return `"${steps < 0 ? "-" : "+"}${formatDuration(Math.abs(steps) * timeline.intervalSeconds * 1e3)}"`;
  });
  const every = formatDuration(timeline.intervalSeconds * 1e3);
  const where = environment ? ` in ${mermaidLabel(environment)}` : "";
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Error events${where} per ${every}, before and after the deploy"`,
    `    x-axis [${labels.join(", ")}]`,
    '    y-axis "events"',
    `    bar [${timeline.buckets.map((bucket) => bucket.events).join(", ")}]`,
    "```"
  ];
}

// src/report/escape.ts
var CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
var ZERO_WIDTH_SPACE = "\u200B";
function plainLine(text, max = 200) {
  const flat = text.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : flat;
}
function markdownText(text, max = 200) {
  return plainLine(text, max).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~$]/g, "\\$&").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/#/g, `#${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/www\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`).replace(/\b(gh)-(\d)/gi, `$1-${ZERO_WIDTH_SPACE}$2`);
}
function codeSpan(text, max = 200) {
  const line = plainLine(text, max).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function safeLink(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// src/report/format.ts
var VERDICT_ICON = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  error: "\u{1F6D1}"
};
var KIND_LABEL = {
  new: "new",
  regressed: "regressed",
  spike: "spike",
  unfixed: "unfixed"
};
var DEPLOY_SOURCE = {
  input: "from deployed-at",
  "deploy-record": "Sentry deploy record",
  "run-start": "no deploy record: start of this run"
};
function utc(iso2) {
  return `${iso2.slice(0, 10)} ${iso2.slice(11, 19)} UTC`;
}
function deployedLine(report) {
  if (!report.deployedAt || !report.deployedAtSource) return "unknown";
  return `${utc(report.deployedAt)} (${DEPLOY_SOURCE[report.deployedAtSource]})`;
}
function windowLine(report) {
  return report.windowEnd ? `${report.window}, until ${utc(report.windowEnd)}` : report.window;
}
function appeared(report, finding) {
  if (report.mode === "scan") return finding.firstSeen ? utc(finding.firstSeen) : "\u2014";
  return afterDeploy(finding);
}
function afterDeploy(finding) {
  return finding.secondsAfterDeploy === null ? "\u2014" : `+${formatDuration(finding.secondsAfterDeploy * 1e3)}`;
}
function verdictHeadline(report) {
  return `${report.verdict.toUpperCase()}: ${report.reason}`;
}
function omittedLine(report) {
  return report.omitted > 0 ? `\u2026 and ${report.omitted} more (the JSON report lists all ${report.findings.length})` : null;
}
var FIX_ICON = {
  confirmed: "\u2705",
  unfixed: "\u274C",
  unverified: "\u26A0\uFE0F"
};
function spikeLine(spike) {
  const ratio = spike.ratio === null ? "none before" : `\xD7${rounded(spike.ratio)}`;
  return `${rounded(spike.beforePerHour)}/h \u2192 ${rounded(spike.afterPerHour)}/h (${ratio}, p ${pValue(spike.pValue)})`;
}
function spikeTestLine(summary, window) {
  if (!summary) return null;
  const tested = `Spike test: ${summary.tested} of ${summary.candidates} existing issue(s) tested against a rate over ${summary.minRatio}\xD7 their last ${summary.baseline} (family-wise \u03B1 ${summary.alpha}, at least ${summary.minEvents} events)`;
  if (summary.insufficientSample === 0) return `${tested}.`;
  const more = summary.insufficientSample - summary.insufficientExamples.length;
  const examples = `${summary.insufficientExamples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  return `${tested}; ${summary.insufficientSample} had too few events for a 3\xD7 jump to show within ${window} (insufficient sample, not clean): ${examples}.`;
}
function rounded(value) {
  if (value === 0) return "0";
  if (value >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(2)));
}
function pValue(value) {
  if (value < 1e-12) return "< 1e-12";
  return `= ${value < 1e-3 ? value.toExponential(1) : String(Number(value.toPrecision(2)))}`;
}

// src/report/markdown.ts
function renderMarkdown(report, extras = {}) {
  const lines = [`### ${VERDICT_ICON[report.verdict]} ${markdownText(verdictHeadline(report), 400)}`, ""];
  const environment = report.environment ? markdownText(report.environment) : "all";
  lines.push(
    ...report.mode === "scan" ? [
      "| Environment | Period | Projects |",
      "| --- | --- | --- |",
      `| ${environment} | ${windowLine(report)} | ${report.projects.map((p) => markdownText(p)).join(", ")} |`
    ] : [
      "| Release | Environment | Deployed | Window |",
      "| --- | --- | --- | --- |",
      `| ${report.release ? codeSpan(report.release) : "\u2014"} | ${environment} | ${deployedLine(report)} | ${windowLine(report)} |`
    ],
    ""
  );
  if (report.findings.length > 0) {
    lines.push(
      `| Kind | Issue | Title | Events | Users | ${report.mode === "scan" ? "First seen" : "After deploy"} | Where |`,
      "| --- | --- | --- | ---: | ---: | ---: | --- |",
      ...report.findings.slice(0, report.listed).map((finding) => findingRow(report, finding, extras.codeLinks?.get(finding.id))),
      ""
    );
    const omitted = omittedLine(report);
    if (omitted) lines.push(omitted, "");
  }
  if (report.fixes.length > 0) {
    lines.push(
      "**Claimed fixes**",
      "",
      "| Issue | Status | Events of the release | Evidence | Claimed in |",
      "| --- | --- | ---: | --- | --- |",
      ...report.fixes.map((fix) => {
        const link = fix.permalink ? safeLink(fix.permalink) : null;
        const id = markdownText(fix.shortId, 40);
        const title = fix.title ? ` ${markdownText(fix.title, 80)}` : "";
        return `| ${link ? `[${id}](${link})` : id}${title} | ${FIX_ICON[fix.status]} ${fix.status} | ${fix.events} | ${markdownText(fix.detail, 300)} | ${fix.claimedIn.map((where) => markdownText(where, 60)).join(", ")} |`;
      }),
      ""
    );
  }
  const spikeTest = spikeTestLine(report.spikeTest, report.window);
  if (spikeTest) lines.push(`<sub>${markdownText(spikeTest, 1500)}</sub>`, "");
  if (report.timeline && report.deployedAt) {
    const chart = renderChart(report.timeline, report.deployedAt, report.environment);
    if (chart.length > 0) lines.push(...chart, "");
  }
  for (const note of report.notes) lines.push(`> ${markdownText(note, 500)}`);
  if (extras.posted) {
    const link = extras.posted.url ? safeLink(extras.posted.url) : null;
    lines.push(`> ${markdownText(extras.posted.text, 500)}${link ? `: ${link}` : ""}`);
  }
  if (report.notes.length > 0 || extras.posted) lines.push("");
  lines.push(
    `<sub>sentry-deploy-verify \xB7 ${markdownText(report.org)} / ${report.projects.map((p) => markdownText(p)).join(", ")} \xB7 evaluated ${report.evaluatedAt} after ${report.polls} poll(s)</sub>`,
    ""
  );
  return lines.join("\n");
}
function findingRow(report, finding, code) {
  const link = safeLink(finding.permalink);
  const id = markdownText(finding.shortId, 40);
  const issue2 = link ? `[${id}](${link})` : id;
  const line = finding.location?.line === null || !finding.location ? "" : `:${finding.location.line}`;
  const where = code ? `[${markdownText(code.path, 120)}${line}](${safeLink(code.url) ?? ""})${code.changedInPullRequest ? " \u270F\uFE0F changed in this pull request" : ""}` : finding.location ? `${markdownText(finding.location.file, 120)}${line}` : finding.culprit ? markdownText(finding.culprit, 120) : "\u2014";
  const kind = finding.spike ? `${KIND_LABEL[finding.kind]}<br><sub>${spikeLine(finding.spike)}</sub>` : KIND_LABEL[finding.kind];
  return `| ${kind} | ${issue2} | ${markdownText(finding.title, 120)} | ${finding.events} | ${finding.users} | ${appeared(report, finding)} | ${where} |`;
}

// src/report/text.ts
function renderText(report) {
  const lines = [
    plainLine(verdictHeadline(report), 400),
    ...report.mode === "scan" ? [`  environment: ${plainLine(report.environment ?? "all")}`, `  period:      ${windowLine(report)}`] : [
      `  release:     ${plainLine(report.release ?? "\u2014")}`,
      `  environment: ${plainLine(report.environment ?? "all")}`,
      `  deployed:    ${deployedLine(report)}`,
      `  window:      ${windowLine(report)}`
    ]
  ];
  if (report.findings.length > 0) lines.push("", `Findings (${report.findings.length}):`);
  for (const finding of report.findings.slice(0, report.listed)) {
    const where = finding.location ? `${plainLine(finding.location.file, 120)}${finding.location.line === null ? "" : `:${finding.location.line}`}` : plainLine(finding.culprit ?? "", 120);
    lines.push(
      `  ${KIND_LABEL[finding.kind].padEnd(9)} ${plainLine(finding.shortId, 40)}  ${plainLine(finding.title, 100)}`,
      `            ${finding.events} events, ${finding.users} users${firstSeen(report, finding)}${where ? ` at ${where}` : ""}`,
      ...finding.spike ? [`            ${spikeLine(finding.spike)}`] : [],
      `            ${plainLine(finding.permalink, 200)}`
    );
  }
  const omitted = omittedLine(report);
  if (omitted) lines.push(`  ${omitted}`);
  if (report.fixes.length > 0) lines.push("", `Claimed fixes (${report.fixes.length}):`);
  for (const fix of report.fixes) {
    lines.push(
      `  ${fix.status.padEnd(10)} ${plainLine(fix.shortId, 40)}  ${plainLine(fix.title ?? "", 100)}`,
      `             ${plainLine(fix.detail, 300)} Claimed in ${plainLine(fix.claimedIn.join(", "), 200)}.`
    );
  }
  const spikeTest = spikeTestLine(report.spikeTest, report.window);
  if (spikeTest) lines.push("", plainLine(spikeTest, 1500));
  for (const note of report.notes) lines.push(`Note: ${plainLine(note, 500)}`);
  return `${lines.join("\n")}
`;
}
function firstSeen(report, finding) {
  if (report.mode === "scan") return `, first seen ${appeared(report, finding)}`;
  return finding.secondsAfterDeploy === null ? "" : `, first ${afterDeploy(finding)} after deploy`;
}

// src/sentry/redact.ts
var CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu;
var MASK = "***";
var QUOTE_LIMIT = 200;
var MIN_SECRET_LENGTH = 8;
function createRedactor(tokens) {
  const secrets = [...new Set([tokens].flat().flatMap((token) => [token, encodeURIComponent(token)]))].filter(
    // A few characters would erase ordinary words; no real token is that short.
    (secret) => secret.length >= MIN_SECRET_LENGTH
  );
  const text = (value) => secrets.reduce((masked, secret) => masked.split(secret).join(MASK), value);
  return {
    text,
    quote(body) {
      const masked = text(body.replace(CONTROL, " ").trim());
      return masked.length > QUOTE_LIMIT ? `${masked.slice(0, QUOTE_LIMIT)}\u2026` : masked;
    }
  };
}

// src/sentry/rest/frames.ts
function innermostInAppFrame(exceptions, threads) {
  const frames2 = newestExceptionFrames(exceptions) ?? crashedThreadFrames(threads) ?? [];
  for (let index = frames2.length - 1; index >= 0; index--) {
    const frame2 = frames2[index];
    const file = frame2.filename || frame2.absPath;
    if (frame2.inApp === true && file)
      return { file, line: frame2.lineNo ?? null, function: frame2.function ?? null };
  }
  return null;
}
function newestExceptionFrames(exceptions) {
  const values = exceptions.flatMap((data) => data.values ?? []);
  const withFrames = values.findLast((value) => (value.stacktrace?.frames?.length ?? 0) > 0);
  return withFrames?.stacktrace?.frames ?? null;
}
function crashedThreadFrames(threads) {
  const values = threads.flatMap((data) => data.values ?? []);
  const thread = values.find((value) => value.crashed === true) ?? values.find((value) => value.current === true);
  return thread?.stacktrace?.frames ?? null;
}

// src/sentry/rest/status-errors.ts
var ORG_TOKEN_HINT = " Organization auth tokens (sntrys_\u2026) only have the org:ci scope and cannot read issues: use an internal integration token (Settings \u2192 Custom Integrations) with read access to Issue & Event, Project and Organization.";
function errorForStatus(status, endpoint, call, body, token, redact) {
  const said = sentryDetail(body, redact);
  const quoted = said ? ` Sentry said: "${said}"` : "";
  switch (status) {
    case 401:
      return new SentryError(
        "unauthorized",
        `Sentry rejected the token (401 on ${endpoint}): set auth-token / SENTRY_AUTH_TOKEN to a valid token.${quoted}`,
        status
      );
    case 403:
      return new SentryError(
        "forbidden",
        `The token may not ${call.what} (403 on ${endpoint}): it needs the ${call.scope} scope and access to that organization and project.${token.startsWith("sntrys_") ? ORG_TOKEN_HINT : ""}${quoted}`,
        status
      );
    case 404:
      return new SentryError("not-found", `${call.notFound} (404 on ${endpoint}).${quoted}`, status);
    default:
      return new SentryError(
        "bad-request",
        `Sentry refused to ${call.what} (${status} on ${endpoint})${said ? `: ${said}` : ""}.` + (call.badRequestHint ? ` ${call.badRequestHint}` : ""),
        status
      );
  }
}
function sentryDetail(body, redact) {
  let detail = body;
  try {
    const parsed = JSON.parse(body);
    detail = typeof parsed === "object" && parsed !== null && "detail" in parsed ? parsed.detail : parsed;
  } catch {
  }
  const text = typeof detail === "string" ? detail : JSON.stringify(detail ?? "");
  return redact.quote(text);
}

// src/sentry/rest/http.ts
var BACKOFF_BASE_MS = 250;
var BACKOFF_CAP_MS = 4e3;
function createGet(options) {
  const { token, redact, now } = options;
  const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
  const iso2 = (ms) => new Date(ms).toISOString();
  const backoff = (failures) => {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
    return ceiling / 2 + Math.random() * ceiling / 2;
  };
  async function attempt(url) {
    try {
      const response = await options.fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        // A redirect would carry the Authorization header to wherever Sentry (or a proxy) points.
        redirect: "manual",
        signal: AbortSignal.timeout(options.requestTimeoutMs)
      });
      return { response, text: await response.text() };
    } catch (error2) {
      return { problem: describeFailure(error2, options.requestTimeoutMs) };
    }
  }
  async function waitOutRateLimit(headers, endpoint, limitedBefore) {
    const at = now();
    const reset = Number(headers.get("x-sentry-rate-limit-reset") ?? Number.NaN) * 1e3;
    if (Number.isFinite(reset) && reset > at) {
      if (reset > options.deadlineAt) {
        throw new SentryError(
          "rate-limited",
          `Sentry rate-limited ${endpoint} until ${iso2(reset)}, after this run's deadline (${iso2(options.deadlineAt)}): run again later or poll less often.`,
          429
        );
      }
      await options.sleep(reset - at);
      return;
    }
    const delay = backoff(limitedBefore);
    if (at + delay > options.deadlineAt) {
      throw new SentryError(
        "rate-limited",
        `Sentry rate-limited ${endpoint} and waiting longer would pass this run's deadline (${iso2(options.deadlineAt)}): run again later or poll less often.`,
        429
      );
    }
    await options.sleep(delay);
  }
  return async function get(url, call) {
    if (!options.trusted.has(url.origin)) {
      const hosts = [...options.trusted].map((origin) => new URL(origin).host).join(", ");
      throw new SentryError(
        "unsafe",
        redact.text(`Refusing to send the Sentry token to ${url.host}: only ${hosts} may receive it.`)
      );
    }
    const endpoint = redact.text(`GET ${url.origin}${url.pathname}`);
    let failingSince = null;
    let failures = 0;
    let rateLimited = 0;
    for (; ; ) {
      const startedAt = now();
      const result = await attempt(url);
      options.onRequest({
        method: "GET",
        url: redact.text(url.href),
        status: "response" in result ? result.response.status : null
      });
      let problem2;
      if ("problem" in result) {
        problem2 = result.problem;
      } else {
        const { response, text } = result;
        const { status } = response;
        if (status >= 200 && status < 300) {
          return { body: parseJson(text, endpoint, redact), link: response.headers.get("link"), endpoint };
        }
        if (status === 429) {
          await waitOutRateLimit(response.headers, endpoint, rateLimited++);
          failingSince = null;
          continue;
        }
        if (status >= 300 && status < 400) {
          const target = redact.quote(response.headers.get("location") ?? "");
          throw new SentryError(
            "unsafe",
            `Sentry answered ${endpoint} with a redirect (${status}) to "${target}"; the token is not sent across redirects: set url to the address Sentry answers on.`,
            status
          );
        }
        if (status < 500) throw errorForStatus(status, endpoint, call, text, token, redact);
        problem2 = `HTTP ${status}`;
      }
      failingSince ??= startedAt;
      const left = failingSince + options.retryBudgetMs - now();
      if (left <= 0) {
        throw new SentryError(
          "unavailable",
          redact.text(
            `Sentry is unavailable: ${endpoint} failed ${failures + 1} times in ${seconds(now() - failingSince)} (last: ${problem2}).`
          )
        );
      }
      await options.sleep(Math.min(backoff(failures++), left));
    }
  };
}
function describeFailure(error2, timeoutMs) {
  if (error2 instanceof Error && (error2.name === "TimeoutError" || error2.name === "AbortError")) {
    return `no answer within ${timeoutMs / 1e3} s`;
  }
  const cause = error2 instanceof Error && error2.cause instanceof Error ? error2.cause : error2;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  return `network error: ${code && !message.includes(code) ? `${code} ` : ""}${message}`;
}
function parseJson(text, endpoint, redact) {
  try {
    return JSON.parse(
      text,
      (_key, value) => typeof value === "string" ? redact.text(value) : value
    );
  } catch {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint} is not JSON${text ? `: "${redact.quote(text)}"` : " (empty body)"}.`
    );
  }
}

// src/sentry/rest/link-header.ts
var LINK = /<([^>]*)>([^<]*)/g;
var PARAM = /;\s*([A-Za-z]+)\s*=\s*"([^"]*)"/g;
function nextPageLink(header) {
  if (!header) return null;
  for (const [, target = "", rest = ""] of header.matchAll(LINK)) {
    const params = new Map(
      [...rest.matchAll(PARAM)].map(([, name = "", value = ""]) => [name.toLowerCase(), value])
    );
    if (params.get("rel") === "next") return params.get("results") === "true" ? target : null;
  }
  return null;
}

// src/sentry/rest/paginate.ts
async function* pages(get, first, call) {
  let url = first;
  while (url) {
    const answer = await get(url, call);
    yield answer;
    const next = nextPageLink(answer.link);
    if (next !== null && !URL.canParse(next, url.href)) {
      throw new SentryError(
        "malformed",
        `Sentry's next-page link in its answer to ${answer.endpoint} is not a URL.`
      );
    }
    url = next === null ? null : new URL(next, url);
  }
}

// src/sentry/rest/parse.ts
function parseAs(schema2, body, endpoint, at = []) {
  const result = schema2.safeParse(body);
  if (result.success) return result.data;
  const issue2 = result.error.issues[0];
  const path = fieldPath([...at, ...issue2?.path ?? []]);
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${endpoint} does not have the expected shape at ${path}: ${issue2?.message ?? "invalid"}.`
  );
}
function fieldPath(path) {
  const text = path.map((key) => typeof key === "number" ? `[${key}]` : `.${String(key)}`).join("").replace(/^\./, "");
  return text || "(body)";
}

// src/sentry/rest/paths.ts
function apiPath(parts, ...values) {
  let path = "/api/0";
  parts.forEach((part, index) => {
    path += part;
    const value = values[index];
    if (value === void 0) return;
    if (value === "" || value === "." || value === "..") {
      throw new SentryError("bad-request", `"${value}" cannot be used as a name in a Sentry API path.`);
    }
    path += encodeURIComponent(value);
  });
  return path;
}
function apiUrl(base, path, query = []) {
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url;
}

// src/sentry/rest/schemas.ts
var ISO_TIME2 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
var time2 = string2().refine((value) => ISO_TIME2.test(value) && !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time").transform((value) => new Date(value));
var organizationSchema = looseObject({
  // Self-hosted and older servers may leave links or regionUrl out: then there is no region to use.
  links: looseObject({ regionUrl: string2().nullish() }).nullish()
});
var projectSchema = looseObject({ id: string2(), slug: string2() });
var releaseSchema = looseObject({
  version: string2(),
  // Nullable in the schema, but Sentry sets it when it creates a release, and the engine needs it.
  dateCreated: time2,
  firstEvent: time2.nullish(),
  lastEvent: time2.nullish()
});
var deploysSchema = array(
  looseObject({
    id: string2(),
    environment: string2(),
    dateStarted: time2.nullish(),
    dateFinished: time2.nullish()
  })
);
var issueFields = {
  id: string2(),
  shortId: string2(),
  title: string2(),
  culprit: string2().nullish(),
  permalink: string2(),
  level: string2()
};
var issuesSchema = array(
  looseObject({
    ...issueFields,
    project: looseObject({ slug: string2() }),
    // A digit string in Sentry's list; a plain number is read too, so a change of type there costs nothing.
    count: union([string2().regex(/^\d+$/, "expected a count"), number2().int().nonnegative()]),
    userCount: number2().int().nonnegative(),
    firstSeen: time2.nullable(),
    lastSeen: time2.nullable()
  })
);
var shortIdSchema = looseObject({
  group: looseObject({
    ...issueFields,
    project: looseObject({ id: string2(), slug: string2() })
  })
});
var issueCountRowsSchema = looseObject({
  data: array(
    looseObject({
      "issue.id": union([number2().int(), string2().regex(/^\d+$/)]).transform(String),
      "count()": number2().int().nonnegative(),
      "count_unique(user)": number2().int().nonnegative(),
      "last_seen()": time2.nullish()
    })
  )
});
var issueDetailSchema = looseObject({
  activity: array(
    looseObject({
      type: string2(),
      dateCreated: time2,
      data: looseObject({ version: string2().nullish() }).nullish()
    })
  )
});
var eventSchema = looseObject({
  // Untyped in the schema: each entry's data is checked by its type (see frames.ts).
  entries: array(looseObject({ type: string2(), data: unknown() }))
});
var frame = looseObject({
  filename: string2().nullish(),
  absPath: string2().nullish(),
  lineNo: number2().nullish(),
  function: string2().nullish(),
  inApp: boolean2().nullish()
});
var stacktrace = looseObject({ frames: array(frame).nullish() }).nullish();
var exceptionDataSchema = looseObject({
  values: array(looseObject({ stacktrace })).nullish()
});
var threadsDataSchema = looseObject({
  values: array(looseObject({ crashed: boolean2().nullish(), current: boolean2().nullish(), stacktrace })).nullish()
});
var timeseriesSchema = looseObject({
  timeSeries: array(
    looseObject({
      yAxis: string2(),
      values: array(
        looseObject({
          timestamp: number2(),
          value: number2().nonnegative(),
          incomplete: boolean2().optional()
        })
      ),
      meta: looseObject({ interval: number2().positive() })
    })
  )
});

// src/sentry/rest/region.ts
function controlHostOf(base, controlHosts) {
  return controlHosts.find((host) => host.toLowerCase() === base.hostname) ?? null;
}
function trustedRegion(regionUrl, controlHost) {
  if (!regionUrl || !URL.canParse(regionUrl)) return null;
  const url = new URL(regionUrl);
  const host = controlHost.toLowerCase();
  const sameService = url.hostname === host || url.hostname.endsWith(`.${host}`);
  if (url.protocol !== "https:" || !sameService || url.username || url.password) return null;
  return new URL(url.origin);
}
async function discoverRegion(get, base, org, controlHost) {
  const url = apiUrl(base, apiPath`/organizations/${org}/`);
  const answer = await get(url, {
    what: "read the organization",
    scope: "org:read",
    notFound: `Sentry has no organization "${org}" that this token can see: check org`
  });
  const organization = parseAs(organizationSchema, answer.body, answer.endpoint);
  return trustedRegion(organization.links?.regionUrl, controlHost) ?? base;
}

// src/sentry/rest/search-query.ts
function issueQuery(search) {
  const terms = [];
  if (search.unresolved) terms.push("is:unresolved");
  if (search.firstSeenFrom) terms.push(`firstSeen:>=${search.firstSeenFrom.toISOString()}`);
  if (search.firstSeenBefore) terms.push(`firstSeen:<${search.firstSeenBefore.toISOString()}`);
  if (search.firstRelease !== void 0) terms.push(`firstRelease:${quoteSearchValue(search.firstRelease)}`);
  if (search.regressedInRelease !== void 0) {
    terms.push(`regressed_in_release:${quoteSearchValue(search.regressedInRelease)}`);
  }
  if (search.release !== void 0) terms.push(`release:${quoteSearchValue(search.release)}`);
  if (search.regressed) terms.push("is:regressed");
  const user = search.userQuery.trim();
  if (user) terms.push(user);
  return terms.join(" ");
}
function quoteSearchValue(value) {
  if (value.includes("\\")) {
    throw new SentryError(
      "bad-request",
      `"${value}" contains a backslash, which Sentry release versions cannot contain and its search syntax cannot quote.`
    );
  }
  return `"${value.replaceAll('"', '\\"')}"`;
}

// src/sentry/rest/timeline.ts
var MAX_SENTRY_POINTS = 1e4;
var MAX_TIMELINE_CALLS = 5;
function planTimeline(query) {
  const { start, end, intervalSeconds } = query;
  if (!Number.isSafeInteger(intervalSeconds) || intervalSeconds <= 0) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a whole, positive number of seconds per bucket, not ${intervalSeconds}.`
    );
  }
  const spanMs = end.getTime() - start.getTime();
  if (!(spanMs > 0)) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a start before its end (${start.toISOString()} \u2192 ${end.toISOString()}).`
    );
  }
  const offset = mod(Math.floor(start.getTime() / 1e3), intervalSeconds);
  const fetchSeconds = gcd(intervalSeconds, offset);
  const callMs = MAX_SENTRY_POINTS * fetchSeconds * 1e3;
  const callCount = Math.ceil(spanMs / callMs);
  if (callCount > MAX_TIMELINE_CALLS) {
    const points = Math.ceil(spanMs / 1e3 / fetchSeconds);
    const aligned = offset === 0 ? "" : ` Its start is ${offset} s off Sentry's ${intervalSeconds} s grid, so it needs ${fetchSeconds} s buckets: start it on a multiple of the interval.`;
    throw new SentryError(
      "bad-request",
      `An error timeline from ${start.toISOString()} to ${end.toISOString()} needs ${points} of Sentry's buckets, more than the ${MAX_TIMELINE_CALLS * MAX_SENTRY_POINTS} it may ask for: use a larger interval or a shorter range.${aligned}`
    );
  }
  const calls = Array.from({ length: callCount }, (_, index) => ({
    start: new Date(start.getTime() + index * callMs),
    end: new Date(Math.min(end.getTime(), start.getTime() + (index + 1) * callMs))
  }));
  return { fetchSeconds, buckets: Math.ceil(spanMs / (intervalSeconds * 1e3)), calls };
}
function sumIntoTimeline(query, plan, values) {
  const startMs = query.start.getTime();
  const intervalMs = query.intervalSeconds * 1e3;
  const counts = new Array(plan.buckets).fill(0);
  const fromMs = Math.floor(startMs / 1e3) * 1e3;
  for (const { timestamp, value } of values) {
    if (timestamp >= query.end.getTime() || timestamp + plan.fetchSeconds * 1e3 <= fromMs) continue;
    const index = Math.min(plan.buckets - 1, Math.max(0, Math.floor((timestamp - fromMs) / intervalMs)));
    counts[index] = counts[index] + value;
  }
  return counts.map((events, index) => ({ start: new Date(startMs + index * intervalMs), events }));
}
function gcd(a, b) {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function mod(a, n) {
  return (a % n + n) % n;
}

// src/sentry/rest/source.ts
var LIST_COLLAPSE = ["stats", "lifetime", "filtered", "unhandled"].map(
  (part) => ["collapse", part]
);
var DETAIL_COLLAPSE = ["stats", "tags", "release"].map((part) => ["collapse", part]);
var PAGE_SIZE = "100";
var COUNT = "count()";
var ISSUE_COUNT_FIELDS = ["issue.id", COUNT, "count_unique(user)", "last_seen()"];
var ISSUES_PER_COUNT = 50;
function createRestSource(options) {
  if (!URL.canParse(options.url)) {
    throw new SentryError(
      "bad-request",
      `url "${options.url}" is not a URL: give Sentry's address, e.g. https://sentry.io.`
    );
  }
  const configured = new URL(options.url);
  const { org } = options;
  const redact = createRedactor(options.token);
  const trusted = /* @__PURE__ */ new Set([configured.origin]);
  const get = createGet({
    token: options.token,
    redact,
    trusted,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    onRequest: options.onRequest ?? (() => {
    }),
    requestTimeoutMs: options.requestTimeoutMs ?? 2e4,
    retryBudgetMs: options.retryBudgetMs ?? 15e3,
    deadlineAt: options.deadlineAt
  });
  const controlHost = controlHostOf(configured, options.controlHosts ?? ["sentry.io"]);
  let base;
  function apiBase() {
    if (controlHost === null) return Promise.resolve(configured);
    base ??= discoverRegion(get, configured, org, controlHost).then(
      (region) => {
        trusted.add(region.origin);
        return region;
      },
      (error2) => {
        base = void 0;
        throw error2;
      }
    );
    return base;
  }
  function permalinkOf(permalink2, issueId) {
    if (URL.canParse(permalink2)) {
      const url = new URL(permalink2);
      const own2 = url.hostname === configured.hostname || controlHost !== null && (url.hostname === controlHost || url.hostname.endsWith(`.${controlHost}`));
      if ((url.protocol === "https:" || url.protocol === "http:") && own2 && !url.username && !url.password)
        return url.href;
    }
    const base2 = configured.href.endsWith("/") ? configured.href : `${configured.href}/`;
    return new URL(`organizations/${encodeURIComponent(org)}/issues/${encodeURIComponent(issueId)}/`, base2).href;
  }
  function describeIssue(issue2) {
    return {
      id: issue2.id,
      shortId: issue2.shortId,
      title: issue2.title,
      culprit: issue2.culprit ?? null,
      permalink: permalinkOf(issue2.permalink, issue2.id),
      level: issue2.level
    };
  }
  async function getApi(path, query, call) {
    return get(apiUrl(await apiBase(), path, query), call);
  }
  async function orNull(promise) {
    try {
      return await promise;
    } catch (error2) {
      if (error2 instanceof SentryError && error2.kind === "not-found") return null;
      throw error2;
    }
  }
  const releaseCall = (version2) => ({
    what: "read releases",
    scope: "project:read",
    notFound: `Sentry has no release "${version2}" in organization "${org}": check release and org`
  });
  function issueListQuery(search, query, extra) {
    return [
      ...search.projects.map((project) => ["project", project.id]),
      ...search.environment ? [["environment", search.environment]] : [],
      ["start", search.start.toISOString()],
      ["end", search.end.toISOString()],
      ["query", query],
      ...extra,
      ...LIST_COLLAPSE
    ];
  }
  const noOrgOrEnvironment = (environment) => environment ? `Sentry has no organization "${org}" or no environment "${environment}" in it: check org and environment` : `Sentry has no organization "${org}" that this token can see: check org`;
  const issuesCall = (environment) => ({
    what: "search issues",
    scope: "event:read",
    notFound: noOrgOrEnvironment(environment),
    badRequestHint: "Check the query input (Sentry's issue search syntax)."
  });
  const countCall = (environment) => ({
    what: "count events",
    scope: "org:read",
    notFound: noOrgOrEnvironment(environment)
  });
  const issueCall = (issueId) => ({
    what: "read issues",
    scope: "event:read",
    notFound: `Sentry has no issue ${issueId} in organization "${org}": check org`
  });
  return {
    resolveProjects(slugs) {
      return Promise.all(
        slugs.map(async (slug) => {
          const answer = await getApi(apiPath`/projects/${org}/${slug}/`, [], {
            what: "read projects",
            scope: "project:read",
            notFound: `Sentry has no project "${slug}" in organization "${org}" that this token can see: check project and org`
          });
          const project = parseAs(projectSchema, answer.body, answer.endpoint);
          return { id: project.id, slug: project.slug };
        })
      );
    },
    async release(version2) {
      const answer = await orNull(
        getApi(apiPath`/organizations/${org}/releases/${version2}/`, [], releaseCall(version2))
      );
      if (answer === null) return null;
      const release = parseAs(releaseSchema, answer.body, answer.endpoint);
      return {
        version: release.version,
        dateCreated: release.dateCreated,
        firstEvent: release.firstEvent ?? null,
        lastEvent: release.lastEvent ?? null
      };
    },
    async deploys(version2) {
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/releases/${version2}/deploys/`);
      const deploys = [];
      try {
        for await (const answer of pages(get, first, releaseCall(version2))) {
          for (const deploy of parseAs(deploysSchema, answer.body, answer.endpoint)) {
            deploys.push({
              id: deploy.id,
              environment: deploy.environment,
              dateStarted: deploy.dateStarted ?? null,
              dateFinished: deploy.dateFinished ?? null
            });
          }
        }
      } catch (error2) {
        if (error2 instanceof SentryError && error2.kind === "not-found" && deploys.length === 0) return [];
        throw error2;
      }
      return deploys;
    },
    async *searchIssues(search) {
      const query = issueListQuery(search, issueQuery(search), [
        ["sort", "new"],
        ["limit", PAGE_SIZE]
      ]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      for await (const answer of pages(get, first, issuesCall(search.environment))) {
        for (const issue2 of parseAs(issuesSchema, answer.body, answer.endpoint)) {
          yield {
            ...describeIssue(issue2),
            projectSlug: issue2.project.slug,
            events: Number(issue2.count),
            users: issue2.userCount,
            firstSeen: issue2.firstSeen,
            lastSeen: issue2.lastSeen
          };
        }
      }
    },
    async resolveShortId(shortId) {
      const answer = await orNull(
        getApi(apiPath`/organizations/${org}/shortids/${shortId}/`, [], {
          what: "read issues",
          scope: "event:read",
          notFound: `Sentry has no issue ${shortId} in organization "${org}"`
        })
      );
      if (answer === null) return null;
      const { group } = parseAs(shortIdSchema, answer.body, answer.endpoint);
      return { ...describeIssue(group), projectSlug: group.project.slug, projectId: group.project.id };
    },
    async issueCounts(query) {
      const counts = /* @__PURE__ */ new Map();
      for (let from = 0; from < query.issueIds.length; from += ISSUES_PER_COUNT) {
        const ids = query.issueIds.slice(from, from + ISSUES_PER_COUNT);
        if (!ids.every((id) => /^\d+$/.test(id)))
          throw new SentryError(
            "malformed",
            `Sentry gave an issue ID that is not a number: ${ids.join(", ")}`
          );
        const terms = [`issue.id:[${ids.join(",")}]`];
        if (query.release !== void 0) terms.push(`release:${quoteSearchValue(query.release)}`);
        const params = [
          ["dataset", "errors"],
          ...ISSUE_COUNT_FIELDS.map((field2) => ["field", field2]),
          ["query", terms.join(" ")],
          ["start", query.start.toISOString()],
          ["end", query.end.toISOString()],
          ...query.projects.map((project) => ["project", project.id]),
          ...query.environment ? [["environment", query.environment]] : [],
          ["per_page", PAGE_SIZE]
        ];
        const answer = await getApi(
          apiPath`/organizations/${org}/events/`,
          params,
          countCall(query.environment)
        );
        for (const row of parseAs(issueCountRowsSchema, answer.body, answer.endpoint).data) {
          counts.set(row["issue.id"], {
            events: row["count()"],
            users: row["count_unique(user)"],
            lastSeen: row["last_seen()"] ?? null
          });
        }
      }
      return counts;
    },
    async issueActivity(issueId) {
      const answer = await getApi(
        apiPath`/organizations/${org}/issues/${issueId}/`,
        DETAIL_COLLAPSE,
        issueCall(issueId)
      );
      return parseAs(issueDetailSchema, answer.body, answer.endpoint).activity.map((activity) => ({
        type: activity.type,
        dateCreated: activity.dateCreated,
        version: activity.data?.version ?? null
      }));
    },
    async latestEventLocation(issueId, environment) {
      const answer = await orNull(
        getApi(
          apiPath`/organizations/${org}/issues/${issueId}/events/latest/`,
          environment ? [["environment", environment]] : [],
          issueCall(issueId)
        )
      );
      if (answer === null) return null;
      const exceptions = [];
      const threads = [];
      parseAs(eventSchema, answer.body, answer.endpoint).entries.forEach((entry, index) => {
        const at = ["entries", index, "data"];
        if (entry.type === "exception")
          exceptions.push(parseAs(exceptionDataSchema, entry.data, answer.endpoint, at));
        if (entry.type === "threads")
          threads.push(parseAs(threadsDataSchema, entry.data, answer.endpoint, at));
      });
      return innermostInAppFrame(exceptions, threads);
    },
    async hasReleaseEvents(query) {
      const params = issueListQuery(query, issueQuery({ release: query.release, userQuery: "" }), [
        ["limit", "1"]
      ]);
      const answer = await getApi(
        apiPath`/organizations/${org}/issues/`,
        params,
        issuesCall(query.environment)
      );
      return parseAs(issuesSchema, answer.body, answer.endpoint).length > 0;
    },
    async errorTimeline(query) {
      const plan = planTimeline(query);
      const call = countCall(query.environment);
      const values = [];
      for (const range of plan.calls) {
        const params = [
          ["dataset", "errors"],
          ["yAxis", COUNT],
          ["interval", String(plan.fetchSeconds)],
          ["start", range.start.toISOString()],
          ["end", range.end.toISOString()],
          ...query.projects.map((project) => ["project", project.id]),
          ...query.environment ? [["environment", query.environment]] : []
        ];
        const answer = await getApi(apiPath`/organizations/${org}/events-timeseries/`, params, call);
        const { timeSeries } = parseAs(timeseriesSchema, answer.body, answer.endpoint);
        if (timeSeries.length === 0) continue;
        const index = timeSeries.findIndex((series2) => series2.yAxis === COUNT);
        const series = timeSeries[index];
        if (!series) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} has no ${COUNT} series (yAxis: ${timeSeries.map((s) => s.yAxis).join(", ")}).`
          );
        }
        if (series.meta.interval !== plan.fetchSeconds * 1e3) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} has buckets of ${series.meta.interval / 1e3} s at timeSeries[${index}].meta.interval, not the ${plan.fetchSeconds} s asked for.`
          );
        }
        for (const value of series.values) values.push(value);
      }
      return sumIntoTimeline(query, plan, values);
    }
  };
}

// src/simulator/http.ts
var ApiError = class extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
  status;
  body;
  name = "ApiError";
};
var notFound = () => new ApiError(404, { detail: "The requested resource does not exist" });
var badRequest = (detail) => new ApiError(400, { detail });
var permissionDenied = () => new ApiError(403, { detail: "You do not have permission to perform this action." });
function sendJson(response, status, body, headers = {}) {
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
function iso(date2) {
  return date2 ? date2.toISOString() : null;
}

// src/simulator/auth.ts
var SIMULATOR_TOKEN = `sntryu_${"5e7a1c0d".repeat(8)}`;
var FULL_SCOPES = [
  "org:read",
  "project:read",
  "project:releases",
  "event:read",
  "team:read",
  "member:read"
];
function authenticate(header, tokens) {
  const match = header ? /^Bearer(?:\s+(.*))?$/i.exec(header.trim()) : null;
  if (!match) throw new ApiError(401, { detail: "Authentication credentials were not provided." });
  const token = match[1]?.trim();
  if (!token) throw new ApiError(401, { detail: "Invalid token header. No credentials provided." });
  if (!tokens.has(token)) throw new ApiError(401, { detail: "Invalid token" });
  return token;
}
function authorize(token, tokens, accepted) {
  const scopes = tokens.get(token);
  if (!scopes || !accepted.some((scope) => scopes.has(scope))) throw permissionDenied();
}

// src/simulator/relative-time.ts
var UNIT_MS2 = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
var EXPRESSION = /^\s*([A-Za-z_][\w-]*)\s*(?:([+-])\s*(.+?))?\s*$/;
var TERM = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;
function parseDurationMs(text) {
  const compact = text.replace(/\s+/g, "");
  TERM.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let match = TERM.exec(compact); match; match = TERM.exec(compact)) {
    total += Number(match[1]) * UNIT_MS2[match[2]];
    consumed = TERM.lastIndex;
  }
  if (consumed === 0 || consumed !== compact.length) {
    throw new Error(`Not a duration: ${JSON.stringify(text)} (write e.g. 90s, 10m, 2d or 1h30m)`);
  }
  return total;
}
function resolveTime(input, anchors) {
  if (input instanceof Date) return new Date(input.getTime());
  const relative = EXPRESSION.exec(input);
  if (relative && !/^\d/.test(input.trim())) {
    const [, name, sign, duration3] = relative;
    const anchor2 = anchors[name];
    if (!anchor2) {
      const known = Object.keys(anchors).join(", ") || "none";
      throw new Error(`Unknown time anchor "${name}" in ${JSON.stringify(input)} (known: ${known})`);
    }
    const offset = sign ? parseDurationMs(duration3) * (sign === "-" ? -1 : 1) : 0;
    return new Date(anchor2.getTime() + offset);
  }
  const parsed = Date.parse(input);
  if (Number.isNaN(parsed)) throw new Error(`Not a time: ${JSON.stringify(input)}`);
  return new Date(parsed);
}

// src/simulator/world.ts
function createWorld(options = {}) {
  const anchors = { ...options.anchors ?? {} };
  const org = typeof options.org === "string" || options.org === void 0 ? { slug: options.org ?? "acme" } : options.org;
  const epoch = anchors.now ?? /* @__PURE__ */ new Date();
  return {
    org: {
      id: org.id ?? "1",
      slug: org.slug,
      name: org.name ?? titleCase(org.slug),
      dateCreated: org.dateCreated ? resolveTime(org.dateCreated, anchors) : new Date(epoch.getTime() - 365 * 864e5),
      regionUrl: org.regionUrl ?? null
    },
    projects: [],
    releases: [],
    issues: [],
    anchors,
    serial: 0
  };
}
var PROJECT_ID_BASE = 4509e12;
function addProject(world, input) {
  if (world.projects.some((p) => p.slug === input.slug))
    throw new Error(`Project ${input.slug} already exists`);
  const project = {
    id: String(input.id ?? PROJECT_ID_BASE + world.projects.length + 1),
    slug: input.slug,
    name: input.name ?? input.slug,
    platform: input.platform === void 0 ? "javascript" : input.platform,
    dateCreated: world.org.dateCreated
  };
  world.projects.push(project);
  return project;
}
function addRelease(world, input) {
  if (world.releases.some((r) => r.version === input.version))
    throw new Error(`Release ${input.version} already exists`);
  const release = {
    id: 1e3 + world.releases.length + 1,
    version: input.version,
    dateCreated: resolveTime(input.created, world.anchors),
    dateReleased: input.released ? resolveTime(input.released, world.anchors) : null,
    projects: input.projects ?? world.projects.map((p) => p.slug),
    deploys: []
  };
  world.releases.push(release);
  for (const deploy of input.deploys ?? []) addDeploy(world, release.version, deploy);
  return release;
}
function addDeploy(world, version2, input) {
  const release = world.releases.find((r) => r.version === version2);
  if (!release) throw new Error(`Unknown release ${version2}`);
  const deploy = {
    id: String(nextSerial(world)),
    environment: input.environment,
    dateStarted: input.started ? resolveTime(input.started, world.anchors) : null,
    dateFinished: resolveTime(input.finished, world.anchors),
    name: input.name ?? null,
    url: input.url ?? null
  };
  release.deploys.push(deploy);
  return deploy;
}
var ISSUE_ID_BASE = 6e9;
function addIssue(world, input) {
  const projectSlug = input.project ?? world.projects[0]?.slug;
  const project = world.projects.find((p) => p.slug === projectSlug);
  if (!project) throw new Error(`Unknown project ${String(projectSlug)}: add it before its issues`);
  const number3 = nextShortIdNumber(world, project.slug);
  const frames2 = input.frames === void 0 ? defaultFrames(project.slug, number3) : input.frames === null ? null : input.frames.map(toFrame);
  const type = input.type ?? "error";
  const issue2 = {
    id: String(input.id ?? ISSUE_ID_BASE + world.issues.length + 1),
    shortId: input.shortId ?? `${project.slug.toUpperCase()}-${base32(number3)}`,
    project: project.slug,
    title: input.title,
    culprit: input.culprit === void 0 ? culpritOf(frames2) : input.culprit,
    level: input.level ?? "error",
    type,
    metadata: input.metadata ?? metadataOf(input.title, type, frames2),
    resolvedAt: (input.resolvedAt ?? []).map((t) => resolveTime(t, world.anchors)).sort(byTime),
    ignored: input.ignored ?? false,
    events: []
  };
  world.issues.push(issue2);
  issueFrames.set(issue2, frames2);
  for (const event of input.events ?? []) appendEvent(world, issue2, event);
  return issue2;
}
var shortIdNumbers = /* @__PURE__ */ new WeakMap();
function nextShortIdNumber(world, projectSlug) {
  let numbers = shortIdNumbers.get(world);
  if (!numbers) {
    numbers = /* @__PURE__ */ new Map();
    for (const issue2 of world.issues) numbers.set(issue2.project, (numbers.get(issue2.project) ?? 0) + 1);
    shortIdNumbers.set(world, numbers);
  }
  const number3 = (numbers.get(projectSlug) ?? 0) + 1;
  numbers.set(projectSlug, number3);
  return number3;
}
var issueFrames = /* @__PURE__ */ new WeakMap();
function appendEvent(world, issue2, input) {
  const event = {
    id: input.id ?? eventId(nextSerial(world)),
    at: resolveTime(input.at, world.anchors),
    environment: input.environment ?? "production",
    release: input.release ?? null,
    user: input.user ?? null,
    tags: input.tags ?? {},
    frames: input.frames === void 0 ? issueFrames.get(issue2) ?? null : input.frames === null ? null : input.frames.map(toFrame),
    handled: input.handled ?? true
  };
  let index = issue2.events.length;
  while (index > 0 && issue2.events[index - 1].at > event.at) index--;
  issue2.events.splice(index, 0, event);
  return event;
}
function nextSerial(world) {
  world.serial += 1;
  return world.serial;
}
function byTime(a, b) {
  return a.getTime() - b.getTime();
}
function toFrame(input) {
  return {
    filename: input.filename,
    absPath: input.absPath ?? (input.filename.startsWith("/") ? input.filename : `/app/${input.filename}`),
    module: input.module ?? null,
    function: input.function ?? null,
    lineNo: input.lineNo ?? null,
    colNo: input.colNo ?? null,
    inApp: input.inApp ?? true
  };
}
function defaultFrames(projectSlug, number3) {
  return [
    toFrame({
      filename: "node_modules/express/lib/router/layer.js",
      function: "Layer.handle",
      lineNo: 95,
      inApp: false
    }),
    toFrame({
      filename: `src/${projectSlug}/handlers.ts`,
      function: `handle${number3}`,
      lineNo: 10 + number3,
      colNo: 7
    })
  ];
}
function innermostInApp(frames2) {
  return frames2 ? [...frames2].reverse().find((f) => f.inApp) : void 0;
}
function culpritOf(frames2) {
  const frame2 = innermostInApp(frames2);
  if (!frame2) return null;
  return frame2.function ? `${frame2.function}(${frame2.filename})` : frame2.filename;
}
function metadataOf(title, type, frames2) {
  if (type === "default") return { title };
  const colon = title.indexOf(": ");
  const frame2 = innermostInApp(frames2);
  return {
    type: colon > 0 ? title.slice(0, colon) : "Error",
    value: colon > 0 ? title.slice(colon + 2) : title,
    ...frame2 ? { filename: frame2.filename, function: frame2.function } : {},
    in_app_frame_mix: frames2 ? frames2.every((f) => f.inApp) ? "in-app-only" : "mixed" : "system-only"
  };
}
var BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function base32(n) {
  let text = "";
  for (let rest = n; rest > 0; rest = Math.floor(rest / 32)) text = BASE32[rest % 32] + text;
  return text || "0";
}
function eventId(serial) {
  let state = Math.imul(serial, 2654435761) >>> 0;
  let hex = "";
  for (let i = 0; i < 4; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    hex += state.toString(16).padStart(8, "0");
  }
  return hex;
}
function titleCase(slug) {
  return slug.replace(/(^|[-_])(\w)/g, (_m, sep, c) => (sep ? " " : "") + c.toUpperCase());
}

// src/simulator/builder.ts
var WorldBuilder = class {
  world;
  constructor(options = {}) {
    this.world = createWorld(options);
  }
  /** Names an instant that later relative times can use ("deploy + 3m"). */
  anchor(name, time3) {
    this.world.anchors[name] = resolveTime(time3, this.world.anchors);
    return this;
  }
  project(slug, options = {}) {
    addProject(this.world, { slug, ...options });
    return this;
  }
  release(version2, options) {
    addRelease(this.world, { version: version2, ...options });
    return this;
  }
  deploy(version2, deploy) {
    addDeploy(this.world, version2, deploy);
    return this;
  }
  issue(input) {
    addIssue(this.world, input);
    return this;
  }
  /** Evenly spaced events in [from, to), e.g. a steady background error. */
  series(input) {
    const { from, to, every, users, ...event } = input;
    const start = resolveTime(from, this.world.anchors).getTime();
    const end = resolveTime(to, this.world.anchors).getTime();
    const step = parseDurationMs(every);
    if (step <= 0) throw new Error(`series: "every" must be positive, got ${every}`);
    const events = [];
    for (let at = start, i = 0; at < end; at += step, i++) {
      events.push({
        ...event,
        at: new Date(at),
        user: users?.length ? users[i % users.length] : null
      });
    }
    return events;
  }
  /**
   * Events of a homogeneous Poisson process with rate `perMinute` in [from, to): the gaps between
   * events are independent exponential draws (inverse transform, -ln(1 - U) / λ, U from `random`), so
   * the count in any window of length t is Poisson(λt). For statistics tests on seeded random worlds.
   */
  poissonSeries(input) {
    const { from, to, perMinute, random, users, ...event } = input;
    if (!(Number.isFinite(perMinute) && perMinute >= 0)) {
      throw new Error(`poissonSeries: "perMinute" must be a finite rate >= 0, got ${perMinute}`);
    }
    const start = resolveTime(from, this.world.anchors).getTime();
    const end = resolveTime(to, this.world.anchors).getTime();
    const events = [];
    if (perMinute === 0) return events;
    const meanGapMs = 6e4 / perMinute;
    const draw = () => {
      const u = random();
      if (!(u >= 0 && u < 1))
        throw new Error(`poissonSeries: random() must return a number in [0, 1), got ${u}`);
      return u;
    };
    const gap = () => -meanGapMs * Math.log(1 - draw());
    for (let at = start + gap(); at < end; at += gap()) {
      const user = users?.length ? users[Math.floor(draw() * users.length)] : null;
      events.push({ ...event, at: new Date(at), user });
    }
    return events;
  }
  build() {
    return this.world;
  }
};

// src/simulator/clock.ts
var systemClock2 = () => /* @__PURE__ */ new Date();
function fixedClock(at) {
  return () => new Date(at.getTime());
}
function toClock(now) {
  if (now === void 0) return systemClock2;
  return now instanceof Date ? fixedClock(now) : now;
}

// src/simulator/rate-limit.ts
var SENTRY_RATE_LIMITS = {
  limit: 40,
  windowSeconds: 1,
  concurrentLimit: 25,
  // events-timeseries: 30/s (its RateLimitConfig; its concurrency cap of 15 is not modelled per route).
  routes: { issue: 5, "issue-event": 15, "events-timeseries": 30 }
};
var RateLimiter = class {
  constructor(options, clockMs = Date.now) {
    this.options = options;
    this.clockMs = clockMs;
  }
  options;
  clockMs;
  windows = /* @__PURE__ */ new Map();
  inFlight = /* @__PURE__ */ new Map();
  admit(caller, route) {
    const key = `${caller}\0${route}`;
    const limit = this.options.routes?.[route] ?? this.options.limit;
    const window = this.options.windowSeconds;
    const nowSeconds = this.clockMs() / 1e3;
    const start = Math.floor(nowSeconds / window) * window;
    const current = this.windows.get(key);
    const entry = current && current.start === start ? current : { start, count: 0 };
    entry.count += 1;
    this.windows.set(key, entry);
    const concurrent = (this.inFlight.get(key) ?? 0) + 1;
    const { concurrentLimit } = this.options;
    let refusal = null;
    if (entry.count > limit) {
      refusal = `You are attempting to use this endpoint too frequently. Limit is ${limit} requests in ${window} seconds`;
    } else if (concurrent > concurrentLimit) {
      refusal = `You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is ${concurrentLimit}`;
    }
    const admitted = refusal === null;
    if (admitted) this.inFlight.set(key, concurrent);
    const headers = rateLimitHeaders({
      limit,
      remaining: Math.max(0, limit - entry.count),
      resetSeconds: start + window,
      concurrentLimit,
      concurrentRemaining: Math.max(0, concurrentLimit - (admitted ? concurrent : concurrent - 1))
    });
    let released = !admitted;
    return {
      headers,
      refusal,
      done: () => {
        if (released) return;
        released = true;
        this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
      }
    };
  }
};
function rateLimitHeaders(values) {
  return {
    "X-Sentry-Rate-Limit-Limit": String(values.limit),
    "X-Sentry-Rate-Limit-Remaining": String(values.remaining),
    "X-Sentry-Rate-Limit-Reset": String(Math.ceil(values.resetSeconds)),
    "X-Sentry-Rate-Limit-ConcurrentLimit": String(values.concurrentLimit),
    "X-Sentry-Rate-Limit-ConcurrentRemaining": String(values.concurrentRemaining)
  };
}

// src/simulator/scenarios.ts
var RELEASES = {
  current: "3f2c9a1e7b6d5c4a3b2e1f0d9c8b7a6f5e4d3c21",
  previous: "9b1de0c3f6a2e4b58d7c1a0f2e3d4c5b6a798812",
  old: "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d"
};
var ORG = "acme";
var ENVIRONMENT = "production";
var HOSTILE_TITLE = "TypeError: cart.items is undefined @octocat <img src=x onerror=alert(1)> | `total` | [reset password](https://evil.example/phish)";
var frames = (file, fn, line) => [
  {
    filename: "node_modules/express/lib/router/layer.js",
    function: "Layer.handle",
    lineNo: 95,
    inApp: false
  },
  { filename: "src/server/routes.ts", function: "router.post", lineNo: 41 },
  { filename: file, function: fn, lineNo: line, colNo: 13 },
  { filename: "node_modules/lodash/lodash.js", function: "baseGet", lineNo: 3077, inApp: false }
];
function baseWorld(now) {
  const deploy = new Date(now.getTime() - 12 * 6e4);
  return new WorldBuilder({ org: ORG, anchors: { now, deploy } }).project("web", { platform: "javascript" }).project("api", { platform: "node" }).release(RELEASES.old, {
    created: "deploy - 30d",
    deploys: [{ environment: ENVIRONMENT, finished: "deploy - 30d" }]
  }).release(RELEASES.previous, {
    created: "deploy - 5d 2h",
    deploys: [
      { environment: "staging", finished: "deploy - 5d 1h" },
      { environment: ENVIRONMENT, started: "deploy - 5d 2m", finished: "deploy - 5d" }
    ]
  }).release(RELEASES.current, {
    created: "deploy - 50m",
    deploys: [
      { environment: "staging", finished: "deploy - 40m" },
      { environment: ENVIRONMENT, started: "deploy - 2m", finished: "deploy", name: "production deploy" }
    ]
  });
}
function addNoisyIssue(b, currentRelease) {
  const users = ["u101", "u102", "u103", "u104", "u105"];
  const base = { environment: ENVIRONMENT, users };
  b.issue({
    project: "web",
    title: "Error: Request aborted",
    level: "error",
    frames: frames("src/api/client.ts", "fetchJson", 58),
    events: [
      ...b.series({ ...base, from: "deploy - 20d", to: "deploy - 5d", every: "6h", release: RELEASES.old }),
      ...b.series({ ...base, from: "deploy - 5d", to: "deploy", every: "10m", release: RELEASES.previous }),
      ...b.series({ ...base, from: "deploy + 30s", to: "now", every: "10m", release: currentRelease })
    ]
  });
}
var UNCLAIMED = "Refactors the cart; no issue fixed.";
function scenario(name, description, b, expected, pullRequestBody = UNCLAIMED) {
  return {
    name,
    description,
    pullRequestBody,
    world: b.build(),
    org: ORG,
    projects: ["web", "api"],
    release: RELEASES.current,
    environment: ENVIRONMENT,
    deployedAt: b.world.anchors.deploy,
    token: SIMULATOR_TOKEN,
    expected
  };
}
function regressionScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  const current = { release: RELEASES.current, environment: ENVIRONMENT };
  b.issue({
    project: "web",
    title: HOSTILE_TITLE,
    frames: frames("src/checkout/cart.ts", "getTotal", 87),
    events: [
      { ...current, at: "deploy + 2m", user: "u1", handled: false },
      { ...current, at: "deploy + 3m", user: "u2", handled: false },
      { ...current, at: "deploy + 5m", user: "u1", handled: false },
      { ...current, at: "deploy + 8m", user: "u3", handled: false },
      { ...current, at: "deploy + 11m", user: "u4", handled: false }
    ]
  });
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    frames: frames("src/auth/session.ts", "restoreSession", 23),
    resolvedAt: ["deploy - 6d"],
    events: [
      ...b.series({
        from: "deploy - 20d",
        to: "deploy - 8d",
        every: "12h",
        release: RELEASES.old,
        environment: ENVIRONMENT,
        users: ["u7", "u8"]
      }),
      { ...current, at: "deploy + 4m", user: "u9" },
      { ...current, at: "deploy + 6m", user: "u10" },
      { ...current, at: "deploy + 10m", user: "u9" }
    ]
  });
  addNoisyIssue(b, RELEASES.current);
  b.issue({
    project: "web",
    title: "RangeError: Maximum call stack size exceeded",
    frames: frames("src/components/Tree.tsx", "renderNode", 112),
    events: b.series({
      from: "deploy - 35m",
      to: "now",
      every: "7m",
      release: RELEASES.current,
      environment: "staging",
      users: ["qa1"]
    })
  });
  b.issue({
    project: "web",
    title: "TypeError: price.toFixed is not a function",
    frames: frames("src/checkout/price.ts", "formatPrice", 14),
    events: [
      { release: RELEASES.current, environment: "staging", at: "deploy - 30m", user: "qa1" },
      { release: RELEASES.current, environment: "staging", at: "deploy - 20m", user: "qa2" },
      { ...current, at: "deploy + 6m", user: "u11" },
      { ...current, at: "deploy + 9m", user: "u12" }
    ]
  });
  b.issue({
    project: "web",
    title: "ChunkLoadError: Loading chunk 42 failed",
    ignored: true,
    events: [
      ...b.series({
        from: "deploy - 10d",
        to: "deploy",
        every: "1d",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["u20"]
      }),
      { ...current, at: "deploy + 7m", user: "u21" }
    ]
  });
  b.issue({
    project: "api",
    title: "Error: Redis connection timeout",
    frames: frames("src/db/redis.ts", "connect", 66),
    resolvedAt: ["deploy - 4d"],
    events: [
      ...b.series({
        from: "deploy - 15d",
        to: "deploy - 4d 1h",
        every: "1d",
        release: RELEASES.old,
        environment: ENVIRONMENT,
        users: ["svc"]
      }),
      ...b.series({
        from: "deploy - 3d",
        to: "deploy",
        every: "2h",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["svc"]
      }),
      { ...current, at: "deploy + 1m", user: "svc" },
      { ...current, at: "deploy + 5m", user: "svc" },
      { ...current, at: "deploy + 8m", user: "svc" }
    ]
  });
  const previous = { release: RELEASES.previous, environment: ENVIRONMENT };
  b.issue({
    project: "api",
    title: "TimeoutError: payment gateway took too long",
    frames: frames("src/payments/gateway.ts", "charge", 131),
    events: [
      ...b.series({ ...previous, from: "deploy - 3d", to: "deploy", every: "10m", users: ["u30", "u31"] }),
      ...b.series({
        ...current,
        from: "deploy + 20s",
        to: "now",
        every: "15s",
        users: ["u32", "u33", "u34"]
      })
    ]
  });
  b.issue({
    project: "web",
    title: "TypeError: discount is null",
    frames: frames("src/checkout/discount.ts", "applyDiscount", 19),
    events: b.series({ ...previous, from: "deploy - 2d", to: "deploy", every: "30m", users: ["u40", "u41"] })
  });
  b.issue({
    project: "web",
    title: "Error: coupon code rejected",
    frames: frames("src/checkout/coupon.ts", "redeem", 52),
    events: [
      ...b.series({ ...previous, from: "deploy - 2d", to: "deploy", every: "1h", users: ["u42"] }),
      { ...current, at: "deploy + 4m", user: "u43" },
      { ...current, at: "deploy + 9m", user: "u44" }
    ]
  });
  const shortId = (title) => b.world.issues.find((i) => i.title === title)?.shortId;
  const discount = shortId("TypeError: discount is null");
  const coupon = shortId("Error: coupon code rejected");
  return scenario(
    "regression",
    "A release that broke production: two new issues, one regression, a spike, and a claimed fix that did not hold.",
    b,
    {
      verdict: "fail",
      new: [shortId(HOSTILE_TITLE), shortId("TypeError: price.toFixed is not a function")],
      regressed: [shortId("ReferenceError: session is not defined")],
      spike: [shortId("TimeoutError: payment gateway took too long")],
      fixes: { [discount]: "confirmed", [coupon]: "unfixed" }
    },
    `Checkout fixes.

Fixes ${discount} and resolves ${coupon.toLowerCase()}.

<!-- Template: write "Fixes WEB-123" to link a Sentry issue. -->
`
  );
}
function cleanScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  addNoisyIssue(b, RELEASES.current);
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    resolvedAt: ["deploy - 6d"],
    events: b.series({
      from: "deploy - 20d",
      to: "deploy - 8d",
      every: "12h",
      release: RELEASES.old,
      environment: ENVIRONMENT
    })
  });
  return scenario("clean", "A healthy release: traffic from it, nothing new or regressed.", b, {
    verdict: "pass",
    new: [],
    regressed: [],
    spike: [],
    fixes: {}
  });
}
function silentScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  addNoisyIssue(b, null);
  return scenario("silent", "No event from the release since the deploy: inconclusive.", b, {
    verdict: "inconclusive",
    new: [],
    regressed: [],
    spike: [],
    fixes: {}
  });
}
var SCENARIOS = {
  regression: regressionScenario,
  clean: cleanScenario,
  silent: silentScenario
};

// src/simulator/server.ts
import { createServer } from "node:http";

// src/simulator/faults.ts
var FaultQueue = class {
  queue = [];
  push(fault) {
    this.queue.push({ fault, left: fault.times ?? 1 });
  }
  clear() {
    this.queue.length = 0;
  }
  get pending() {
    return this.queue.length;
  }
  /** The fault for this request, if one matches; it is used up after `times` requests. */
  take(route, path) {
    const index = this.queue.findIndex(({ fault }) => matches(fault.match, route, path));
    const entry = this.queue[index];
    if (!entry) return void 0;
    entry.left -= 1;
    if (entry.left <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }
};
function matches(match, route, path) {
  if (match === void 0) return true;
  return typeof match === "string" ? match === route : match.test(path);
}
function breakShape(body) {
  const target = Array.isArray(body) ? body[0] : body;
  if (target && typeof target === "object") {
    const record = target;
    delete record.shortId;
    record.count = { value: record.count ?? 0 };
    if ("version" in record) record.version = 42;
  }
  return body;
}

// src/simulator/derived.ts
var DAY_MS = 864e5;
var TRANSITION_AFTER_MS = 7 * DAY_MS;
function visibleEvents(issue2, now) {
  const events = issue2.events;
  for (let i = 1; i < events.length; i++) {
    if (events[i - 1].at.getTime() > events[i].at.getTime()) {
      events.sort((a, b) => a.at.getTime() - b.at.getTime());
      break;
    }
  }
  const end = firstIndexAfter(events, now.getTime());
  return end === events.length ? events : events.slice(0, end);
}
function eventsBetween(events, startMs, endMs) {
  const from = firstIndexAtOrAfter(events, startMs);
  const to = firstIndexAtOrAfter(events, endMs);
  return from === 0 && to === events.length ? events : events.slice(from, Math.max(from, to));
}
function firstIndexAtOrAfter(events, ms) {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (events[mid].at.getTime() < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}
function firstIndexAfter(events, ms) {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (events[mid].at.getTime() <= ms) low = mid + 1;
    else high = mid;
  }
  return low;
}
function issueState(issue2, events, now) {
  const first = events[0];
  if (!first) throw new Error(`Issue ${issue2.shortId} has no event yet, so it does not exist`);
  if (issue2.ignored)
    return { status: "ignored", substatus: "archived_forever", resolutions: [], regressions: [] };
  const resolutions = [];
  const regressions = [];
  let resolvedSince = null;
  const regressAfter = (since2, until) => {
    const event = events[firstIndexAfter(events, since2.getTime())];
    if (!event || event.at.getTime() > until) return false;
    regressions.push({ at: event.at, release: event.release, eventId: event.id });
    return true;
  };
  for (const resolution of issue2.resolvedAt) {
    if (resolution < first.at || resolution > now) continue;
    if (resolvedSince && !regressAfter(resolvedSince, resolution.getTime())) continue;
    resolutions.push(resolution);
    resolvedSince = resolution;
  }
  if (resolvedSince && !regressAfter(resolvedSince, now.getTime())) {
    return { status: "resolved", substatus: null, resolutions, regressions };
  }
  const lastRegression = regressions.at(-1);
  const since = lastRegression ? lastRegression.at : first.at;
  const fresh = now.getTime() - since.getTime() < TRANSITION_AFTER_MS;
  const substatus = fresh ? lastRegression ? "regressed" : "new" : "ongoing";
  return { status: "unresolved", substatus, resolutions, regressions };
}
function firstEventPerEnvironment(events) {
  const firsts = /* @__PURE__ */ new Map();
  for (const event of events) if (!firsts.has(event.environment)) firsts.set(event.environment, event);
  return firsts;
}
function issueActivity(issue2, events, now) {
  const state = issueState(issue2, events, now);
  const first = events[0];
  const entries = [];
  for (const at of state.resolutions) entries.push({ type: "set_resolved", dateCreated: at, data: {} });
  for (const r of state.regressions) {
    entries.push({
      type: "set_regression",
      dateCreated: r.at,
      data: { event_id: r.eventId, version: r.release ?? "" }
    });
  }
  const changes = [first.at, ...state.resolutions, ...state.regressions.map((r) => r.at)].sort(
    (a, b) => a.getTime() - b.getTime()
  );
  const becameUnresolved = [first.at, ...state.regressions.map((r) => r.at)];
  for (const start of becameUnresolved) {
    const ongoingAt = new Date(start.getTime() + TRANSITION_AFTER_MS);
    const interrupted = changes.some((c) => c > start && c <= ongoingAt);
    if (!issue2.ignored && !interrupted && ongoingAt <= now) {
      entries.push({ type: "auto_set_ongoing", dateCreated: ongoingAt, data: { after_days: 7 } });
    }
  }
  entries.sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
  const numbered = entries.map((entry, index) => ({
    id: `${issue2.id}${String(entries.length - index).padStart(3, "0")}`,
    ...entry
  }));
  return [...numbered, { id: "0", type: "first_seen", dateCreated: first.at, data: {} }];
}

// src/simulator/releases.ts
function releaseViews(world, now) {
  const views = /* @__PURE__ */ new Map();
  for (const release of world.releases) {
    if (release.dateCreated > now) continue;
    views.set(release.version, {
      id: release.id,
      version: release.version,
      dateCreated: release.dateCreated,
      dateReleased: release.dateReleased,
      projects: new Set(release.projects),
      deploys: release.deploys.filter((d) => d.dateFinished <= now).sort((a, b) => b.dateFinished.getTime() - a.dateFinished.getTime()),
      firstEvent: null,
      lastEvent: null,
      newGroups: /* @__PURE__ */ new Map()
    });
  }
  for (const issue2 of world.issues) {
    const events = visibleEvents(issue2, now);
    events.forEach((event, index) => {
      if (event.release === null) return;
      let view = views.get(event.release);
      if (!view) {
        view = {
          id: 1e5 + views.size,
          version: event.release,
          dateCreated: event.at,
          dateReleased: null,
          projects: /* @__PURE__ */ new Set(),
          deploys: [],
          firstEvent: null,
          lastEvent: null,
          newGroups: /* @__PURE__ */ new Map()
        };
        views.set(event.release, view);
      }
      view.projects.add(issue2.project);
      if (!view.firstEvent || event.at.getTime() < view.firstEvent.getTime()) view.firstEvent = event.at;
      if (!view.lastEvent || event.at.getTime() > view.lastEvent.getTime()) view.lastEvent = event.at;
      if (index === 0) view.newGroups.set(issue2.project, (view.newGroups.get(issue2.project) ?? 0) + 1);
    });
  }
  return views;
}
function latestReleaseVersion(views, projects) {
  let latest = null;
  for (const view of views.values()) {
    if (![...view.projects].some((p) => projects.has(p))) continue;
    if (!latest || view.dateCreated > latest.dateCreated) latest = view;
  }
  return latest?.version ?? null;
}

// src/simulator/search-query.ts
var SearchQueryError = class extends Error {
  name = "SearchQueryError";
};
var KEY = /^[A-Za-z_][\w.\-[\]]*$/;
function parseSearchQuery(query) {
  const terms = [];
  let freeWords = [];
  const flushFree = () => {
    if (freeWords.length > 0) terms.push({ kind: "text", text: freeWords.join(" ") });
    freeWords = [];
  };
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i])) {
      i++;
      continue;
    }
    if (query[i] === '"') {
      const [text, next] = readQuoted(query, i);
      flushFree();
      terms.push({ kind: "text", text });
      i = next;
      continue;
    }
    const filter = readFilter(query, i);
    if (filter) {
      flushFree();
      terms.push(filter.term);
      i = filter.next;
      continue;
    }
    let end = i;
    while (end < query.length && !/\s/.test(query[end])) end++;
    const word = query.slice(i, end);
    if (word === "AND" || word === "OR") {
      throw new SearchQueryError(
        'Boolean statements containing "OR" or "AND" are not supported in this search'
      );
    }
    freeWords.push(word);
    i = end;
  }
  flushFree();
  return terms;
}
function readFilter(query, start) {
  const colon = query.indexOf(":", start);
  if (colon < 0) return null;
  const head = query.slice(start, colon);
  const negated = head.startsWith("!");
  const key = negated ? head.slice(1) : head;
  if (!KEY.test(key)) return null;
  let i = colon + 1;
  const base = { kind: "filter", key, negated };
  if (query[i] === '"') {
    const [value2, next] = readQuoted(query, i);
    return { term: { ...base, values: [value2], list: false, quoted: true }, next };
  }
  if (query[i] === "[") {
    const close = findListEnd(query, i);
    const values = splitList(query.slice(i + 1, close));
    if (values.length === 0 || values.some((v) => v === "")) {
      throw new SearchQueryError(
        `Invalid list in "${query.slice(start, close + 1)}": lists need values separated by commas`
      );
    }
    return { term: { ...base, values, list: true, quoted: false }, next: close + 1 };
  }
  while (i < query.length && !/\s/.test(query[i])) i++;
  const value = query.slice(colon + 1, i);
  if (value === "") return null;
  return { term: { ...base, values: [value], list: false, quoted: false }, next: i };
}
function readQuoted(query, start) {
  let text = "";
  for (let i = start + 1; i < query.length; i++) {
    const c = query[i];
    if (c === "\\" && i + 1 < query.length) {
      text += query[i + 1];
      i++;
    } else if (c === '"') {
      return [text, i + 1];
    } else {
      text += c;
    }
  }
  throw new SearchQueryError(`Unterminated quote in "${query.slice(start)}"`);
}
function findListEnd(query, open2) {
  let quoted = false;
  for (let i = open2 + 1; i < query.length; i++) {
    if (query[i] === '"') quoted = !quoted;
    else if (query[i] === "]" && !quoted) return i;
  }
  throw new SearchQueryError(`Unterminated list in "${query.slice(open2)}"`);
}
function splitList(inner) {
  const values = [];
  let current = "";
  let quoted = false;
  for (const c of inner) {
    if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      values.push(current.trim());
      current = "";
    } else current += c;
  }
  values.push(current.trim());
  return values;
}

// src/simulator/issue-search.ts
var SORT_KEYS = ["date", "new", "freq", "user", "trends", "recommended"];
function hitEvents(hit, params, result) {
  const { environments } = params;
  const inEnvironments = environments ? hit.events.filter((e) => environments.has(e.environment)) : hit.events;
  return {
    inEnvironments,
    inWindow: eventsBetween(inEnvironments, params.start.getTime(), params.end.getTime()),
    conditionEvents: result.hasEventConditions ? inEnvironments.filter((e) => result.eventTest(e, hit.issue)) : inEnvironments
  };
}
function seenStats(events) {
  const users = /* @__PURE__ */ new Set();
  for (const event of events) if (event.user !== null) users.add(event.user);
  return {
    count: events.length,
    userCount: users.size,
    firstSeen: events[0]?.at ?? null,
    lastSeen: events.at(-1)?.at ?? null
  };
}
var Candidate = class {
  constructor(issue2, events, environments, now) {
    this.issue = issue2;
    this.events = events;
    this.environments = environments;
    this.now = now;
  }
  issue;
  events;
  environments;
  now;
  cachedState;
  cachedFirsts;
  state() {
    this.cachedState ??= issueState(this.issue, this.events, this.now);
    return this.cachedState;
  }
  /** First event of each selected environment: one per GroupEnvironment row. */
  firstPerEnvironment() {
    this.cachedFirsts ??= firstEventsIn(this.events, this.environments);
    return this.cachedFirsts;
  }
  /** firstSeen's events: per environment with environments, else Group.first_seen's event alone. */
  firstSeenEvents() {
    return this.environments ? this.firstPerEnvironment() : [this.events[0]];
  }
};
function searchIssues(world, params, now) {
  const { issueTests, eventTests, aggregateTests } = compileQuery(
    parseSearchQuery(params.query),
    world,
    params.projects,
    now
  );
  const eventTest = (event, issue2) => eventTests.every((test) => test(event, issue2));
  const start = params.start.getTime();
  const end = params.end.getTime();
  const { environments, projects } = params;
  const hits = [];
  for (const issue2 of world.issues) {
    if (!projects.has(issue2.project)) continue;
    const events = visibleEvents(issue2, now);
    const matched = [];
    for (let i = firstIndexAtOrAfter(events, start); i < events.length; i++) {
      const event = events[i];
      if (event.at.getTime() >= end) break;
      if (environments && !environments.has(event.environment)) continue;
      if (eventTests.length === 0 || eventTest(event, issue2)) matched.push(event);
    }
    if (matched.length === 0) continue;
    if (issueTests.length > 0) {
      const candidate = new Candidate(issue2, events, environments, now);
      if (!issueTests.every((test) => test(candidate))) continue;
    }
    if (!aggregateTests.every((test) => test(matched))) continue;
    hits.push({ issue: issue2, events, matched, score: score(params.sort, events, matched) });
  }
  hits.sort((a, b) => b.score - a.score || compareIds(b.issue.id, a.issue.id));
  return { hits, hasEventConditions: eventTests.length > 0, eventTest };
}
function score(sort, events, matched) {
  switch (sort) {
    case "new":
      return events[0].at.getTime();
    case "freq":
      return matched.length;
    case "user":
      return seenStats(matched).userCount;
    default:
      return matched.at(-1).at.getTime();
  }
}
function compareIds(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
var KEY_ALIASES = {
  age: "firstSeen",
  first_seen: "firstSeen",
  last_seen: "lastSeen",
  "first-release": "firstRelease",
  first_release: "firstRelease",
  times_seen: "timesSeen",
  user_count: "userCount",
  users: "userCount"
};
var substatusIs = (substatus) => (s) => s.status === "unresolved" && s.substatus === substatus;
var IS_VALUES = {
  unresolved: (s) => s.status === "unresolved",
  resolved: (s) => s.status === "resolved",
  ignored: (s) => s.status === "ignored",
  archived: (s) => s.status === "ignored",
  archived_forever: (s) => s.status === "ignored",
  archived_until_escalating: () => false,
  archived_until_condition_met: () => false,
  escalating: () => false,
  new: substatusIs("new"),
  ongoing: substatusIs("ongoing"),
  regressed: substatusIs("regressed"),
  // The inbox holds new and regressed issues (GroupInbox reasons NEW and REGRESSION) for 7 days.
  for_review: (s) => s.status === "unresolved" && (s.substatus === "new" || s.substatus === "regressed"),
  assigned: () => false,
  unassigned: () => true,
  linked: () => false,
  unlinked: () => true
};
function eventConditions(query, world, projects, now) {
  const { eventTests } = compileQuery(parseSearchQuery(query), world, projects, now);
  return (event, issue2) => eventTests.every((test) => test(event, issue2));
}
function latestResolver(world, projects, now) {
  let latest;
  return (values) => values.map((value) => {
    if (value !== "latest") return value;
    latest ??= latestReleaseVersion(releaseViews(world, now), projects);
    return latest ?? "\0no-release";
  });
}
function compileQuery(terms, world, projects, now) {
  const compiled = { issueTests: [], eventTests: [], aggregateTests: [] };
  const resolveLatest = latestResolver(world, projects, now);
  for (const term of terms) {
    const eventTest = compileEventTerm(term, resolveLatest);
    if (eventTest && term.kind === "filter" && CATEGORY_KEYS.has(canonicalKey(term.key))) {
      compiled.issueTests.push((c) => eventTest(c.events[0], c.issue));
      continue;
    }
    if (eventTest) {
      compiled.eventTests.push(eventTest);
      continue;
    }
    const filter = term;
    const key = canonicalKey(filter.key);
    const not = (test) => filter.negated ? !test : test;
    switch (key) {
      case "is": {
        const tests = filter.values.map((value) => {
          const test = IS_VALUES[value];
          if (!test) {
            throw new SearchQueryError(
              `Invalid value for "is" search, valid values are ${JSON.stringify(Object.keys(IS_VALUES).sort())}`
            );
          }
          return test;
        });
        compiled.issueTests.push((c) => not(tests.some((test) => test(c.state()))));
        break;
      }
      case "firstSeen": {
        const test = dateTest(filter, now);
        compiled.issueTests.push((c) => not(c.firstSeenEvents().some((e) => test(e.at))));
        break;
      }
      case "firstRelease": {
        const versions = resolveLatest(filter.values);
        compiled.issueTests.push(
          (c) => not(c.firstPerEnvironment().some((e) => e.release !== null && matchesAny(versions, e.release)))
        );
        break;
      }
      case "regressed_in_release": {
        const versions = resolveLatest(filter.values);
        compiled.issueTests.push(
          (c) => not(c.state().regressions.some((r) => r.release !== null && versions.includes(r.release)))
        );
        break;
      }
      case "issue.priority":
        compiled.issueTests.push((c) => not(filter.values.includes(priorityOf(c.issue.level))));
        break;
      case "lastSeen": {
        const test = dateTest(filter, now);
        compiled.aggregateTests.push((matched) => not(test(matched.at(-1).at)));
        break;
      }
      case "timesSeen": {
        const test = numberTest(filter);
        compiled.aggregateTests.push((matched) => not(test(matched.length)));
        break;
      }
      case "userCount": {
        const test = numberTest(filter);
        compiled.aggregateTests.push((matched) => not(test(seenStats(matched).userCount)));
        break;
      }
    }
  }
  return compiled;
}
var CATEGORY_KEYS = /* @__PURE__ */ new Set(["issue.category", "issue.type"]);
var ISSUE_LEVEL_KEYS = /* @__PURE__ */ new Set([
  "is",
  "firstSeen",
  "firstRelease",
  "regressed_in_release",
  "issue.priority",
  "lastSeen",
  "timesSeen",
  "userCount"
]);
function canonicalKey(key) {
  return KEY_ALIASES[key] ?? key;
}
function compileEventTerm(term, resolveLatest) {
  if (term.kind === "text") {
    const needle = term.text.toLowerCase();
    return (_e, issue2) => issue2.title.toLowerCase().includes(needle);
  }
  const key = canonicalKey(term.key);
  if (ISSUE_LEVEL_KEYS.has(key)) return null;
  const not = (test) => term.negated ? !test : test;
  switch (key) {
    case "issue.category":
    case "issue.type":
      return () => not(term.values.includes("error"));
    case "error.unhandled":
    case "error.handled": {
      const wanted = booleanValue(term) === (key === "error.unhandled");
      return (e) => not(!e.handled === wanted);
    }
    case "level":
      return (_e, issue2) => not(matchesAny(term.values, issue2.level));
    case "has":
      return (e, issue2) => not(term.values.some((tag) => Boolean(eventTag(e, issue2, tag))));
    case "release": {
      const versions = resolveLatest(term.values);
      return (e) => not(e.release !== null && matchesAny(versions, e.release));
    }
    default:
      return (e, issue2) => not(matchesAny(term.values, eventTag(e, issue2, term.key) ?? ""));
  }
}
function firstEventsIn(events, environments) {
  if (!environments) return [...firstEventPerEnvironment(events).values()];
  const firsts = [];
  for (const event of events) {
    if (!environments.has(event.environment) || firsts.some((f) => f.environment === event.environment))
      continue;
    firsts.push(event);
    if (firsts.length === environments.size) break;
  }
  return firsts;
}
function priorityOf(level) {
  return level === "fatal" || level === "error" ? "high" : level === "warning" ? "medium" : "low";
}
function eventTag(event, issue2, key) {
  switch (key) {
    case "environment":
      return event.environment;
    case "release":
    case "sentry:release":
      return event.release ?? void 0;
    case "level":
      return issue2.level;
    case "handled":
      return event.handled ? "yes" : "no";
    case "mechanism":
      return "generic";
    case "user":
      return event.user === null ? void 0 : `id:${event.user}`;
    case "user.id":
      return event.user ?? void 0;
    default:
      return event.tags[key];
  }
}
function matchesAny(patterns, value) {
  return patterns.some(
    (pattern) => pattern.includes("*") ? globToRegExp(pattern).test(value) : pattern === value
  );
}
function globToRegExp(pattern) {
  return new RegExp(
    `^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`
  );
}
var OPERATOR = /^(>=|<=|>|<|=)?(.*)$/s;
var RELATIVE = /^([+-])(\d+)([wdhm])$/;
var ISO2 = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?(Z|[+-]\d{2}:?\d{2})?$/;
var DAY_MS2 = 864e5;
var UNIT_MS3 = { m: 6e4, h: 36e5, d: DAY_MS2, w: 7 * DAY_MS2 };
function single(term) {
  if (term.list) throw new SearchQueryError(`"${term.key}" does not take a list of values`);
  return term.values[0];
}
function compare(operator, actual, expected) {
  switch (operator) {
    case ">":
      return actual > expected;
    case ">=":
      return actual >= expected;
    case "<":
      return actual < expected;
    case "<=":
      return actual <= expected;
    default:
      return actual === expected;
  }
}
function dateTest(term, now) {
  const [, operator, rest] = OPERATOR.exec(single(term));
  const relative = RELATIVE.exec(rest);
  if (relative) {
    const [, sign, amount, unit] = relative;
    const at2 = now.getTime() - Number(amount) * UNIT_MS3[unit];
    const op = operator ?? (sign === "-" ? ">=" : "<=");
    return (d) => compare(op, d.getTime(), at2);
  }
  const iso2 = ISO2.exec(rest);
  if (!iso2) {
    throw new SearchQueryError(
      `${term.key}: Invalid date: ${rest}. Expected +/-duration (i.e. +1h) or ISO 8601-like (i.e. 2024-01-01T12:00:00).`
    );
  }
  const [, day, time3, zone] = iso2;
  const fraction = time3?.replace(/(\.\d{3})\d+$/, "$1");
  const at = Date.parse(`${day}T${fraction ?? "00:00:00"}${zone ?? "Z"}`);
  if (Number.isNaN(at)) throw new SearchQueryError(`${term.key}: Invalid date: ${rest}`);
  if (!operator && !time3) return (d) => d.getTime() >= at && d.getTime() < at + DAY_MS2;
  return (d) => compare(operator ?? "=", d.getTime(), at);
}
function numberTest(term) {
  const [, operator, rest] = OPERATOR.exec(single(term));
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(rest);
  if (!match) throw new SearchQueryError(`${term.key}: Invalid number: ${rest}`);
  const scale = { "": 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()];
  const expected = Number(match[1]) * scale;
  return (n) => compare(operator ?? "=", n, expected);
}
function booleanValue(term) {
  const value = single(term).toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new SearchQueryError(`${term.key}: Invalid boolean field: ${value}`);
}

// src/simulator/pagination.ts
var MAX_PER_PAGE = 100;
function parseCursor(text) {
  if (!text) return null;
  const match = /^(-?\d+(?:\.\d+)?):(\d+):([01])$/.exec(text);
  if (!match) throw badRequest("Invalid cursor parameter.");
  return { value: Number(match[1]), offset: Number(match[2]), isPrev: match[3] === "1", hasResults: true };
}
function formatCursor(cursor) {
  return `${cursor.value}:${cursor.offset}:${cursor.isPrev ? 1 : 0}`;
}
function perPage(query) {
  const text = query.get("per_page");
  if (text === null) return MAX_PER_PAGE;
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) throw badRequest("Invalid per_page parameter.");
  if (value > MAX_PER_PAGE) throw badRequest(`Invalid per_page value. Cannot exceed ${MAX_PER_PAGE}.`);
  return Math.max(value, 1);
}
function paginate(items, cursor, limit) {
  const offset = cursor?.offset ?? 0;
  return {
    items: items.slice(offset, offset + limit),
    previous: { value: 0, offset: Math.max(0, offset - limit), isPrev: true, hasResults: offset > 0 },
    next: { value: 0, offset: offset + limit, isPrev: false, hasResults: offset + limit < items.length }
  };
}
function linkHeader(baseUrl, rawPath, query, page) {
  const rest = new URLSearchParams(query);
  rest.delete("cursor");
  const link = (name, cursor) => {
    const value = formatCursor(cursor);
    return `<${baseUrl}${rawPath}?${rest.toString()}&cursor=${value}>; rel="${name}"; results="${cursor.hasResults}"; cursor="${value}"`;
  };
  return `${link("previous", page.previous)}, ${link("next", page.next)}`;
}

// src/simulator/params.ts
var DEFAULT_RANGE_MS = 90 * 864e5;
var PERIOD_UNIT_MS = {
  "": 1e3,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function dateRange(query, now) {
  let start = new Date(now.getTime() - DEFAULT_RANGE_MS);
  let end = now;
  const statsPeriod = query.get("statsPeriod");
  const startText = query.get("start");
  const endText = query.get("end");
  if (statsPeriod !== null) {
    start = new Date(now.getTime() - parseStatsPeriod(statsPeriod));
  } else if (startText || endText) {
    if (!startText || !endText) throw badRequest("start and end are both required");
    start = parseDateTime(startText);
    end = parseDateTime(endText);
  }
  if (start >= end) throw badRequest("start must be before end");
  return { start, end };
}
function parseStatsPeriod(text) {
  const match = /^(\d+)([hdmsw]?)$/.exec(text);
  if (!match) throw badRequest(`Invalid statsPeriod: '${text}'`);
  return Number(match[1]) * PERIOD_UNIT_MS[match[2]];
}
function parseDateTime(text) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text
  );
  const at = match ? Date.parse(`${match[1]}T${(match[2] ?? "00:00:00").replace(/(\.\d{3})\d+$/, "$1")}${match[3] ?? "Z"}`) : Number.NaN;
  if (Number.isNaN(at)) throw badRequest(`${text} is not a valid ISO8601 date query`);
  return new Date(at);
}
function environmentExists(world, now, name) {
  for (const release of world.releases) {
    if (release.deploys.some((d) => d.environment === name && d.dateFinished <= now)) return true;
  }
  return world.issues.some((issue2) => visibleEvents(issue2, now).some((e) => e.environment === name));
}
function requestedEnvironments(query, world, now) {
  const names = query.getAll("environment").filter((name) => name !== "");
  if (names.length === 0) return null;
  if (names.some((name) => !environmentExists(world, now, name))) throw notFound();
  return new Set(names);
}
function requestedProjects(query, world) {
  const values = query.getAll("project").filter((value) => value !== "");
  if (values.length === 0 || values.includes("-1")) return world.projects;
  return values.map((value) => {
    const project = world.projects.find((p) => p.id === value || p.slug === value);
    if (!project) throw permissionDenied();
    return project;
  });
}
function requireOrganization(world, ref) {
  if (ref !== world.org.slug && ref !== world.org.id) throw notFound();
  return world.org;
}

// src/simulator/routes/types.ts
var ORG_READ = ["org:read", "org:write", "org:admin"];
var PROJECT_READ = ["project:read", "project:write", "project:admin"];
var RELEASE_READ = ["org:ci", "project:read", "project:releases", "project:write", "project:admin"];
var EVENT_READ = ["event:read", "event:write", "event:admin"];

// src/simulator/routes/discover.ts
var DATASETS = [
  "errors",
  "discover",
  "logs",
  "profile_functions",
  "spans",
  "tracemetrics",
  "uptime_results"
];
var MAX_FIELDS = 20;
var COLUMNS = {
  issue: { type: "string", value: (_e, issue2) => issue2.shortId },
  "issue.id": { type: "integer", value: (_e, issue2) => Number(issue2.id) },
  title: { type: "string", value: (_e, issue2) => issue2.title },
  message: { type: "string", value: (_e, issue2) => issue2.title },
  culprit: { type: "string", value: (_e, issue2) => issue2.culprit },
  project: { type: "string", value: (_e, _i, project) => project.slug },
  "project.id": { type: "integer", value: (_e, _i, project) => Number(project.id) },
  id: { type: "string", value: (e) => e.id },
  timestamp: { type: "date", value: (e) => snubaDateTime(e.at) },
  release: { type: "string", value: (e) => e.release },
  environment: { type: "string", value: (e) => e.environment },
  level: { type: "string", value: (_e, issue2) => issue2.level },
  user: { type: "string", value: (e) => e.user === null ? null : `id:${e.user}` },
  "user.id": { type: "string", value: (e) => e.user },
  "count()": { type: "integer", aggregate: (events) => events.length },
  // uniq(user) (DiscoverDatasetConfig, src/sentry/search/events/datasets/discover.py); `user` is the
  // sentry:user tag ("id:…"). Events without a user are left out here, as the issue list's userCount
  // leaves them out. Unconfirmed: Snuba maps a missing tag to '' (events.yaml, nullable: false), which
  // ClickHouse's uniq would count as one more value.
  "count_unique(user)": {
    type: "integer",
    aggregate: (events) => new Set(events.filter((e) => e.user !== null).map((e) => e.user)).size
  },
  // max(timestamp), result type "date".
  "last_seen()": {
    type: "date",
    aggregate: (events) => snubaDateTime(new Date(events.reduce((latest, e) => Math.max(latest, e.at.getTime()), 0)))
  }
};
function snubaDateTime(date2) {
  const seconds = Math.floor(date2.getTime() / 1e3) * 1e3;
  return `${new Date(seconds).toISOString().slice(0, 19)}+00:00`;
}
function alias(field2) {
  return field2.replace(/\W/g, "_").replace(/_+$/, "");
}
function column(field2) {
  const known = COLUMNS[field2];
  if (known) return known;
  if (/^\w+\(.*\)$/.test(field2)) throw badRequest(`${field2} is not a valid function`);
  return { type: "string", value: (e, issue2) => eventTag(e, issue2, field2) ?? null };
}
var discoverRoute = {
  name: "events",
  pattern: /^\/organizations\/([^/]+)\/events\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const dataset = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(dataset)) throw badRequest(`${dataset} is not a valid dataset`);
    const fields = query.getAll("field");
    if (fields.length === 0) throw badRequest("No columns selected");
    if (fields.length > MAX_FIELDS) {
      throw badRequest(
        `You can view up to ${MAX_FIELDS} fields at a time. Please delete some and try again.`
      );
    }
    const selected = fields.includes("issue") && !fields.includes("issue.id") ? [...fields, "issue.id"] : fields;
    const columns = selected.map((field2) => [field2, column(field2)]);
    const range = dateRange(query, now);
    const environments = requestedEnvironments(query, world, now);
    const projects = requestedProjects(query, world);
    const limit = perPage(query);
    const cursor = parseCursor(query.get("cursor"));
    const sort = query.get("sort");
    const sortName = sort?.replace(/^-/, "");
    const sortField = sortName ? selected.find((field2) => field2 === sortName || alias(field2) === sortName) : void 0;
    if (sort && !sortField) throw badRequest("Cannot order by a field that is not selected.");
    const test = compileDiscoverQuery(query.get("query") ?? "", world, projects, now);
    const matched = [];
    if (dataset === "errors" || dataset === "discover") {
      for (const issue2 of world.issues) {
        const project = projects.find((p) => p.slug === issue2.project);
        if (!project) continue;
        for (const event of eventsBetween(
          visibleEvents(issue2, now),
          range.start.getTime(),
          range.end.getTime()
        )) {
          if (environments && !environments.has(event.environment)) continue;
          if (test(event, issue2)) matched.push({ event, issue: issue2, project });
        }
      }
    }
    const rows = buildRows(matched, columns);
    if (sortField) {
      const direction = sort?.startsWith("-") ? -1 : 1;
      rows.sort((a, b) => direction * compareValues(a[sortField] ?? null, b[sortField] ?? null));
    }
    const page = paginate(rows, cursor, limit);
    return {
      body: {
        data: page.items,
        meta: {
          fields: Object.fromEntries(columns.map(([field2, c]) => [field2, c.type])),
          units: Object.fromEntries(columns.map(([field2]) => [field2, null])),
          isMetricsData: false,
          isMetricsExtractedData: false,
          tips: {},
          datasetReason: "unchanged",
          dataset
        }
      },
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page) }
    };
  }
};
function buildRows(matched, columns) {
  const plain = columns.filter(([, c]) => c.value);
  const aggregates = columns.filter(([, c]) => c.aggregate);
  if (aggregates.length === 0) {
    return matched.map(
      ({ event, issue: issue2, project }) => Object.fromEntries(
        plain.map(([field2, c]) => [field2, c.value(event, issue2, project)])
      )
    );
  }
  const groups = /* @__PURE__ */ new Map();
  for (const { event, issue: issue2, project } of matched) {
    const row = Object.fromEntries(
      plain.map(([field2, c]) => [field2, c.value(event, issue2, project)])
    );
    const key = JSON.stringify(plain.map(([field2]) => row[field2]));
    const group = groups.get(key) ?? { row, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ row, events }) => ({
    ...row,
    ...Object.fromEntries(
      aggregates.map(([field2, c]) => [field2, c.aggregate(events)])
    )
  }));
}
function compareValues(a, b) {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
function compileDiscoverQuery(text, world, projects, now) {
  let terms;
  const tests = [];
  try {
    terms = parseSearchQuery(text);
    const resolveLatest = latestResolver(world, new Set(projects.map((p) => p.slug)), now);
    for (const term of terms) {
      const key = term.kind === "filter" ? canonicalKey(term.key) : "";
      if (term.kind === "filter" && ["issue", "issue.id", "project", "timestamp"].includes(key)) {
        const not = (test2) => term.negated ? !test2 : test2;
        if (key === "timestamp") {
          const at = dateTest(term, now);
          tests.push((e) => not(at(e.at)));
        } else if (key === "project") {
          tests.push((_e, issue2) => not(matchesAny(term.values, issue2.project)));
        } else if (key === "issue") {
          const upper = term.values.map((v) => v.toUpperCase());
          tests.push((_e, issue2) => not(upper.includes(issue2.shortId.toUpperCase())));
        } else {
          const test2 = issueIdTest(term);
          tests.push((_e, issue2) => not(test2(Number(issue2.id))));
        }
        continue;
      }
      const test = compileEventTerm(term, resolveLatest);
      if (!test) throw new SearchQueryError(`${key} is an issue search key, not a Discover field`);
      tests.push(test);
    }
  } catch (error2) {
    if (error2 instanceof SearchQueryError) throw badRequest(error2.message);
    throw error2;
  }
  return (event, issue2) => tests.every((test) => test(event, issue2));
}
function issueIdTest(term) {
  const raw = term.list ? `[${term.values.map((v) => `'${v}'`).join(", ")}]` : term.values[0];
  const invalid = () => new SearchQueryError(
    `issue.id: Invalid number: ${raw}. Expected number then optional k, m, or b suffix (e.g. 500k).`
  );
  if (term.list) {
    const ids = term.values.map((value) => numericValue(value) ?? Number.NaN);
    if (ids.some(Number.isNaN)) throw invalid();
    return (id) => ids.includes(id);
  }
  const [, operator, rest] = /^(>=|<=|>|<|=|!=)?(.*)$/s.exec(term.values[0]);
  const expected = numericValue(rest);
  if (expected === null || term.quoted) throw invalid();
  switch (operator) {
    case ">":
      return (id) => id > expected;
    case ">=":
      return (id) => id >= expected;
    case "<":
      return (id) => id < expected;
    case "<=":
      return (id) => id <= expected;
    case "!=":
      return (id) => id !== expected;
    default:
      return (id) => id === expected;
  }
}
function numericValue(text) {
  const match = /^(-?\d+(?:\.\d*)?)([kmb]?)$/.exec(text);
  if (!match) return null;
  const scale = { "": 1, k: 1e3, m: 1e6, b: 1e9 }[match[2]];
  return Number(match[1]) * scale;
}

// src/simulator/routes/events-timeseries.ts
var MAX_TOP_EVENTS = 10;
var MAX_ROLLUP_POINTS = 1e4;
var INGESTION_DELAY_SECONDS = 90;
var INCOMPLETE = "INCOMPLETE_BUCKET";
var UNIT_SECONDS = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
var DAY2 = 86400;
var AXES = {
  "count()": (events) => events.length,
  "count_unique(user)": (events) => new Set(events.flatMap((e) => e.user === null ? [] : [e.user])).size
};
var eventsTimeseriesRoute = {
  name: "events-timeseries",
  pattern: /^\/organizations\/([^/]+)\/events-timeseries\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const topEvents = readTopEvents(query.get("topEvents"));
    const comparisonDelta = query.get("comparisonDelta");
    if (comparisonDelta !== null && !/^[+-]?\d+$/.test(comparisonDelta.trim())) {
      throw badRequest("comparisonDelta must be an integer");
    }
    const dataset = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(dataset)) throw badRequest(`${dataset} is not a valid dataset`);
    const projects = requestedProjects(query, world);
    if (projects.length === 0) return { body: { timeSeries: [] } };
    const environments = requestedEnvironments(query, world, now);
    const range = dateRange(query, now);
    const rollup = rollupSeconds(query.get("interval"), (range.end.getTime() - range.start.getTime()) / 1e3);
    if (topEvents > 0 && query.getAll("groupBy").filter(Boolean).length === 0) {
      throw badRequest("groupBy is a required parameter when doing topEvents");
    }
    if (topEvents > 0) throw badRequest("The Sentry simulator does not simulate topEvents.");
    if (comparisonDelta !== null) throw badRequest("The Sentry simulator does not simulate comparisonDelta.");
    const axes = query.getAll("yAxis");
    if (axes.length === 0) axes.push("count()");
    for (const axis of axes) if (!AXES[axis]) throw badRequest(`${axis} is not a valid function`);
    const test = compileDiscoverQuery(query.get("query") ?? "", world, projects, now);
    const first = Math.floor(range.start.getTime() / 1e3 / rollup) * rollup;
    const last = Math.floor(range.end.getTime() / 1e3 / rollup) * rollup;
    const buckets = [];
    for (let t = first; t <= last; t += rollup) buckets.push([]);
    if (dataset === "errors" || dataset === "discover") {
      const slugs = new Set(projects.map((p) => p.slug));
      for (const issue2 of world.issues) {
        if (!slugs.has(issue2.project)) continue;
        for (const event of eventsBetween(
          visibleEvents(issue2, now),
          range.start.getTime(),
          range.end.getTime()
        )) {
          if (environments && !environments.has(event.environment)) continue;
          if (!test(event, issue2)) continue;
          buckets[Math.floor((event.at.getTime() / 1e3 - first) / rollup)]?.push(event);
        }
      }
    }
    const nowSeconds = now.getTime() / 1e3;
    return {
      body: {
        meta: { dataset, start: range.start.getTime(), end: range.end.getTime() },
        timeSeries: axes.map((axis) => ({
          values: buckets.map((events, index) => {
            const time3 = first + index * rollup;
            const incomplete = time3 + rollup >= nowSeconds - INGESTION_DELAY_SECONDS;
            return {
              timestamp: time3 * 1e3,
              value: AXES[axis](events),
              incomplete,
              ...incomplete ? { incompleteReason: INCOMPLETE } : {}
            };
          }),
          yAxis: axis,
          meta: { valueType: "integer", valueUnit: null, interval: rollup * 1e3 }
        }))
      }
    };
  }
};
function readTopEvents(text) {
  if (text === null) return 0;
  if (!/^\s*[+-]?\d+\s*$/.test(text)) throw badRequest("topEvents must be an integer");
  const value = Number.parseInt(text, 10);
  if (value > MAX_TOP_EVENTS) throw badRequest(`Can only get up to ${MAX_TOP_EVENTS} top events`);
  if (value <= 0) throw badRequest("topEvents needs to be at least 1");
  return value;
}
function rollupSeconds(text, rangeSeconds) {
  const fallback = defaultIntervalSeconds(rangeSeconds);
  if (text === null) return fallback;
  const match = /^(\d+)([hdmsw]?)$/.exec(text);
  const interval = match ? Number(match[1]) * UNIT_SECONDS[match[2]] : 3600;
  if (interval <= 0 || rangeSeconds / interval > MAX_ROLLUP_POINTS) return fallback;
  return interval;
}
function defaultIntervalSeconds(rangeSeconds) {
  if (rangeSeconds >= 60 * DAY2) return DAY2;
  if (rangeSeconds >= 30 * DAY2) return 4 * 3600;
  if (rangeSeconds > DAY2) return 3600;
  if (rangeSeconds > 3600) return 300;
  return 900;
}

// src/simulator/serializers/release.ts
function serializeDeploy(deploy) {
  return {
    id: deploy.id,
    environment: deploy.environment,
    dateStarted: iso(deploy.dateStarted),
    dateFinished: iso(deploy.dateFinished),
    name: deploy.name,
    url: deploy.url
  };
}
function shortVersion(version2) {
  if (/^[0-9a-f]{40}$/i.test(version2)) return version2.slice(0, 7);
  const at = version2.indexOf("@");
  return at > 0 ? version2.slice(at + 1) : version2;
}
function versionInfo(version2) {
  const at = version2.indexOf("@");
  const raw = at > 0 ? version2.slice(at + 1) : version2;
  return {
    package: at > 0 ? version2.slice(0, at) : null,
    version: { raw },
    description: shortVersion(version2),
    buildHash: /^[0-9a-f]{40}$/i.test(raw) ? raw : null
  };
}
function serializeReleaseSummary(view) {
  return {
    id: view.id,
    version: view.version,
    shortVersion: shortVersion(view.version),
    status: "open",
    dateCreated: iso(view.dateCreated),
    dateReleased: iso(view.dateReleased),
    ref: null,
    url: null,
    data: {},
    commitCount: 0,
    deployCount: view.deploys.length,
    lastCommit: null,
    lastDeploy: view.deploys[0] ? serializeDeploy(view.deploys[0]) : null,
    userAgent: null,
    versionInfo: versionInfo(view.version)
  };
}
function serializeRelease(view, projects) {
  return {
    ...serializeReleaseSummary(view),
    owner: null,
    dateStarted: null,
    firstEvent: iso(view.firstEvent),
    lastEvent: iso(view.lastEvent),
    currentProjectMeta: {},
    newGroups: [...view.newGroups.values()].reduce((a, b) => a + b, 0),
    authors: [],
    projects: projects.filter((p) => view.projects.has(p.slug)).map((p) => ({
      id: Number(p.id),
      slug: p.slug,
      name: p.name,
      platform: p.platform,
      platforms: p.platform === null ? [] : [p.platform],
      newGroups: view.newGroups.get(p.slug) ?? 0,
      hasHealthData: false
    }))
  };
}

// src/simulator/serializers/issue.ts
function permalink(ctx, issue2) {
  return `${ctx.baseUrl}/organizations/${ctx.org.slug}/issues/${issue2.id}/`;
}
function convertSeenStats(stats) {
  return {
    // Sentry sends the count as a string: it can exceed what JavaScript numbers hold exactly.
    count: String(stats.count),
    userCount: stats.userCount,
    firstSeen: iso(stats.firstSeen),
    lastSeen: iso(stats.lastSeen)
  };
}
function baseIssue(issue2, state, ctx) {
  return {
    id: issue2.id,
    shareId: null,
    shortId: issue2.shortId,
    title: issue2.title,
    culprit: issue2.culprit,
    permalink: permalink(ctx, issue2),
    logger: null,
    level: issue2.level,
    status: state.status,
    statusDetails: {},
    substatus: state.substatus,
    isPublic: false,
    platform: ctx.project.platform,
    priority: priorityOf(issue2.level),
    priorityLockedAt: null,
    seerFixabilityScore: null,
    seerAutofixLastTriggered: null,
    seerExplorerAutofixLastTriggered: null,
    project: {
      id: ctx.project.id,
      name: ctx.project.name,
      slug: ctx.project.slug,
      platform: ctx.project.platform
    },
    type: issue2.type,
    issueType: "error",
    issueCategory: "error",
    metadata: issue2.metadata,
    numComments: 0,
    assignedTo: null,
    isBookmarked: false,
    isSubscribed: false,
    subscriptionDetails: null,
    hasSeen: false,
    annotations: [],
    // Seer's view of the issue; the values of an issue nobody ran Seer on are not documented.
    derivedData: {
      blocker: "none",
      progress: "none",
      status: "open",
      viewCount: 0,
      hasOpenFixPr: false,
      isAssigned: false,
      hasRootCause: false,
      lastCompletedAutofixStep: "none",
      lastProgressedAt: null
    }
  };
}
function serializeListItem(input, ctx, options) {
  const { collapse, statsPeriod } = options;
  const window = convertSeenStats(seenStats(input.inWindow));
  const unhandled = collapse.has("unhandled") ? {} : { isUnhandled: input.inWindow.some((e) => !e.handled) };
  const result = collapse.has("base") ? { id: input.issue.id, ...window, ...unhandled } : { ...baseIssue(input.issue, input.state, ctx), ...unhandled, ...window };
  if (!collapse.has("stats")) {
    if (statsPeriod) result.stats = { [statsPeriod]: options.stats(input.inEnvironments) };
    if (!collapse.has("lifetime")) {
      result.lifetime = {
        ...convertSeenStats(seenStats(input.inEnvironments)),
        ...statsPeriod ? { stats: null } : {}
      };
    }
    if (!collapse.has("filtered")) {
      result.filtered = options.hasEventConditions ? {
        ...convertSeenStats(seenStats(input.matched)),
        ...statsPeriod ? { stats: { [statsPeriod]: options.stats(input.conditionEvents) } } : {}
      } : null;
    }
  }
  return result;
}
function serializeGroup(input, ctx) {
  const latest = input.events.at(-1);
  return {
    ...baseIssue(input.issue, input.state, ctx),
    isUnhandled: latest ? !latest.handled : false,
    ...convertSeenStats(seenStats(input.events))
  };
}
function serializeIssueDetail(input, ctx) {
  const { issue: issue2, collapse } = input;
  const releaseOf = (event) => {
    const version2 = event?.release;
    if (!version2) return null;
    const view = input.releases.get(version2);
    return view ? serializeReleaseSummary(view) : { version: version2 };
  };
  return {
    ...baseIssue(issue2, input.state, ctx),
    isUnhandled: input.events.some((e) => !e.handled),
    ...convertSeenStats(seenStats(input.events)),
    activity: input.activity.map(serializeActivity),
    seenBy: [],
    participants: [],
    userReportCount: 0,
    ...collapse.has("release") ? {} : { firstRelease: releaseOf(input.allEvents[0]), lastRelease: releaseOf(input.allEvents.at(-1)) },
    ...collapse.has("tags") ? {} : { tags: tagSummary(issue2, input.events) },
    ...collapse.has("stats") ? {} : { stats: input.stats }
  };
}
function serializeActivity(entry) {
  return {
    id: entry.id,
    user: null,
    sentry_app: null,
    type: entry.type,
    data: entry.data,
    dateCreated: iso(entry.dateCreated)
  };
}
var BUILTIN_TAGS = ["environment", "handled", "level", "mechanism", "release", "user"];
function tagSummary(issue2, events) {
  const keys = new Set(BUILTIN_TAGS);
  for (const event of events) for (const key of Object.keys(event.tags)) keys.add(key);
  return [...keys].sort().map((key) => ({
    key,
    name: key.charAt(0).toUpperCase() + key.slice(1),
    totalValues: events.filter((e) => eventTag(e, issue2, key) !== void 0).length
  })).filter((tag) => tag.totalValues > 0);
}

// src/simulator/stats.ts
var HOUR2 = 3600;
var DAY3 = 86400;
function eventSeries(events, start, end, rollupSeconds2) {
  const rollup = Math.max(1, Math.floor(rollupSeconds2));
  const first = Math.floor(start.getTime() / 1e3 / rollup) * rollup;
  const last = Math.floor(end.getTime() / 1e3 / rollup) * rollup;
  const series = [];
  for (let t = first; t <= last; t += rollup) series.push([t, 0]);
  for (let i = firstIndexAtOrAfter(events, first * 1e3); i < events.length; i++) {
    const seconds = events[i].at.getTime() / 1e3;
    if (seconds >= last + rollup) break;
    const bucket = series[Math.floor((seconds - first) / rollup)];
    if (bucket) bucket[1] += 1;
  }
  return series;
}
function periodSeries(events, period, now) {
  const [segments, interval] = period === "24h" ? [24, HOUR2] : period === "14d" ? [14, DAY3] : [30, DAY3];
  const start = new Date(now.getTime() - (segments - 1) * interval * 1e3);
  return eventSeries(events, start, now, interval);
}
function autoRollupSeconds(start, end) {
  const total = (end.getTime() - start.getTime()) / 1e3;
  if (total < 24 * HOUR2) return Math.max(Math.floor(total / 29), 1);
  for (const hours of [1, 2, 3, 6]) if (total < 29 * hours * HOUR2) return hours * HOUR2;
  if (total < 35 * 12 * HOUR2) return 12 * HOUR2;
  if (total < 29 * DAY3) return DAY3;
  return Math.round(total / (29 * DAY3)) * DAY3;
}

// src/simulator/routes/lookup.ts
function requireIssue(ctx, ref) {
  const issue2 = resolveIssueRef(ctx.world, ref);
  const project = issue2 && ctx.world.projects.find((p) => p.slug === issue2.project);
  const events = issue2 ? visibleEvents(issue2, ctx.now) : [];
  if (!issue2 || !project || events.length === 0) throw notFound();
  return { issue: issue2, project, events };
}
function resolveIssueRef(world, ref) {
  if (/^\d+$/.test(ref)) {
    const id = ref.replace(/^0+(?=\d)/, "");
    return world.issues.find((issue2) => issue2.id === id);
  }
  const wanted = parseShortId(ref);
  if (!wanted) return void 0;
  return world.issues.find((issue2) => {
    const own2 = parseShortId(issue2.shortId);
    if (!own2) return issue2.shortId.toUpperCase() === ref.trim().toUpperCase();
    return own2.projectSlug === wanted.projectSlug && own2.number === wanted.number;
  });
}
var SHORT_ID3 = /^(?:issue+:)?(.*?)[\s_-]([A-Za-z0-9]+)$/;
var BASE322 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
var MAX_SHORT_ID2 = 2n ** 63n - 1n;
function parseShortId(text) {
  const match = SHORT_ID3.exec(text.trim());
  if (!match) return null;
  const digits = match[2].toUpperCase().replaceAll("O", "0").replaceAll("I", "1").replaceAll("L", "1");
  let number3 = 0n;
  for (const digit of digits) {
    const value = BASE322.indexOf(digit);
    if (value < 0) return null;
    number3 = number3 * 32n + BigInt(value);
  }
  if (number3 > MAX_SHORT_ID2) return null;
  return { projectSlug: match[1].toLowerCase(), number: number3 };
}

// src/simulator/routes/issues.ts
var ERR_INVALID_STATS_PERIOD = "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'";
var EVENT_ID = /^[0-9a-f]{32}$/i;
var issuesRoute = {
  name: "issues",
  pattern: /^\/organizations\/([^/]+)\/issues\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const range = dateRange(query, now);
    const groupStatsPeriod = query.get("groupStatsPeriod");
    if (groupStatsPeriod !== null && !["", "24h", "14d", "auto"].includes(groupStatsPeriod)) {
      throw badRequest(ERR_INVALID_STATS_PERIOD);
    }
    const environments = requestedEnvironments(query, world, now);
    const projects = new Set(requestedProjects(query, world).map((p) => p.slug));
    const limit = readLimit(query.get("limit"));
    const cursor = parseCursor(query.get("cursor"));
    const text = (query.get("query") ?? "is:unresolved").trim();
    const sort = readSort(query.get("sort"));
    const options = {
      collapse: new Set(query.getAll("collapse")),
      // groupStatsPeriod absent means 24h; '' turns stats off.
      statsPeriod: groupStatsPeriod === null ? "24h" : groupStatsPeriod || null,
      stats: statsFunction(groupStatsPeriod ?? "24h", range, now),
      hasEventConditions: false
    };
    const serialize = (issue2, events, sets) => serializeListItem(
      { issue: issue2, state: issueState(issue2, events, now), ...sets },
      issueContext(ctx, issue2.project),
      options
    );
    const direct = directHit(ctx, text, projects, environments);
    if (direct) {
      const { issue: issue2, events, inEnvironments } = direct;
      const sets = {
        inEnvironments,
        inWindow: inEnvironments,
        matched: inEnvironments,
        conditionEvents: inEnvironments
      };
      return {
        body: [{ ...serialize(issue2, events, sets), ...direct.extra }],
        headers: { "X-Sentry-Direct-Hit": "1" }
      };
    }
    const params = { projects, environments, ...range, query: text, sort };
    let result;
    try {
      result = searchIssues(world, params, now);
    } catch (error2) {
      if (error2 instanceof SearchQueryError) throw badRequest(`Error parsing search query: ${error2.message}`);
      throw error2;
    }
    options.hasEventConditions = result.hasEventConditions;
    const page = paginate(result.hits, cursor, limit);
    return {
      body: page.items.map(
        (hit) => serialize(hit.issue, hit.events, { ...hitEvents(hit, params, result), matched: hit.matched })
      ),
      headers: {
        Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page),
        "X-Hits": String(result.hits.length)
      }
    };
  }
};
function readLimit(text) {
  if (!text) return MAX_PER_PAGE;
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) throw badRequest("invalid limit");
  return Math.min(Math.max(value, 1), MAX_PER_PAGE);
}
function readSort(text) {
  const sort = text ?? "date";
  if (SORT_KEYS.includes(sort)) return sort;
  if (sort === "inbox") throw badRequest("Sort key 'inbox' only supported for inbox search");
  throw badRequest(`Sort key '${sort}' not supported.`);
}
function statsFunction(period, range, now) {
  if (period === "auto") {
    const rollup = autoRollupSeconds(range.start, range.end);
    return (events) => eventSeries(events, range.start, range.end, rollup);
  }
  const fixed = period === "14d" ? "14d" : "24h";
  return (events) => periodSeries(events, fixed, now);
}
function issueContext(ctx, projectSlug) {
  const project = ctx.world.projects.find((p) => p.slug === projectSlug);
  if (!project) throw new Error(`Issue of unknown project ${projectSlug}`);
  return { org: ctx.world.org, project, baseUrl: ctx.baseUrl };
}
function directHit(ctx, text, projects, environments) {
  const byEvent = EVENT_ID.test(text);
  const byShortId = !byEvent && ctx.query.get("shortIdLookup") === "1" && parseShortId(text) !== null;
  if (!byEvent && !byShortId) return null;
  const wanted = text.toLowerCase();
  const candidates = byEvent ? ctx.world.issues.filter((issue2) => projects.has(issue2.project)) : [resolveIssueRef(ctx.world, text)];
  for (const issue2 of candidates) {
    if (!issue2) continue;
    const events = visibleEvents(issue2, ctx.now);
    if (events.length === 0 || byEvent && !events.some((e) => e.id === wanted)) continue;
    const inEnvironments = environments ? events.filter((e) => environments.has(e.environment)) : events;
    return { issue: issue2, events, inEnvironments, extra: byEvent ? { matchingEventId: wanted } : {} };
  }
  return null;
}

// src/simulator/routes/issue.ts
var issueRoute = {
  name: "issue",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const { issue: issue2, events } = requireIssue(ctx, ctx.params[1]);
    const environments = requestedEnvironments(query, world, now);
    const inEnvironments = environments ? events.filter((e) => environments.has(e.environment)) : events;
    const body = serializeIssueDetail(
      {
        issue: issue2,
        state: issueState(issue2, events, now),
        events: inEnvironments,
        allEvents: events,
        activity: issueActivity(issue2, events, now),
        releases: releaseViews(world, now),
        stats: {
          "24h": periodSeries(inEnvironments, "24h", now),
          "30d": periodSeries(inEnvironments, "30d", now)
        },
        collapse: new Set(query.getAll("collapse"))
      },
      issueContext(ctx, issue2.project)
    );
    return { body };
  }
};
var activitiesRoute = {
  name: "issue-activities",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/activities\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    requireOrganization(ctx.world, ctx.params[0]);
    const { issue: issue2, events } = requireIssue(ctx, ctx.params[1]);
    return { body: { activity: issueActivity(issue2, events, ctx.now).slice(0, 100).map(serializeActivity) } };
  }
};

// src/simulator/serializers/event.ts
var TAG_KEYS = ["environment", "handled", "level", "mechanism", "release", "user"];
function serializeEvent(event, ctx) {
  const { issue: issue2 } = ctx;
  const tags = [.../* @__PURE__ */ new Set([...TAG_KEYS, ...Object.keys(event.tags)])].map((key) => ({ key, value: eventTag(event, issue2, key) })).filter((tag) => tag.value !== void 0).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const innermost = event.frames ? [...event.frames].reverse().find((f) => f.inApp) : void 0;
  return {
    id: event.id,
    eventID: event.id,
    groupID: issue2.id,
    projectID: ctx.project.id,
    message: "",
    title: issue2.title,
    location: innermost?.filename ?? null,
    culprit: issue2.culprit,
    user: event.user === null ? null : {
      id: event.user,
      email: null,
      username: null,
      ip_address: null,
      name: null,
      geo: null,
      data: null
    },
    tags,
    platform: ctx.project.platform ?? "other",
    dateCreated: iso(event.at),
    dateReceived: iso(event.at),
    contexts: {},
    context: {},
    size: 2048,
    entries: issue2.type === "error" ? [exceptionEntry(event, issue2)] : [messageEntry(issue2)],
    dist: null,
    sdk: { name: `sentry.${ctx.project.platform ?? "other"}`, version: "9.0.0" },
    packages: {},
    type: issue2.type,
    metadata: issue2.metadata,
    errors: [],
    occurrence: null,
    _meta: {},
    crashFile: null,
    fingerprints: ["{{ default }}"],
    groupingConfig: { id: "newstyle:2023-01-11", enhancements: "" },
    release: ctx.release ? serializeReleaseSummary(ctx.release) : null,
    userReport: null,
    sdkUpdates: [],
    resolvedWith: [],
    nextEventID: ctx.nextEventID,
    previousEventID: ctx.previousEventID
  };
}
function exceptionEntry(event, issue2) {
  const frames2 = event.frames;
  const hasSystemFrames = frames2 ? frames2.some((f) => !f.inApp) : false;
  const metadata = issue2.metadata;
  return {
    type: "exception",
    data: {
      values: [
        {
          type: typeof metadata.type === "string" ? metadata.type : "Error",
          value: typeof metadata.value === "string" ? metadata.value : issue2.title,
          module: null,
          mechanism: { type: "generic", handled: event.handled },
          threadId: null,
          stacktrace: frames2 ? { frames: frames2.map(serializeFrame), framesOmitted: null, registers: null, hasSystemFrames } : null,
          rawStacktrace: null
        }
      ],
      excOmitted: null,
      hasSystemFrames
    }
  };
}
function messageEntry(issue2) {
  return { type: "message", data: { formatted: issue2.title, message: null, params: null } };
}
function serializeFrame(frame2) {
  return {
    filename: frame2.filename,
    absPath: frame2.absPath,
    module: frame2.module,
    package: null,
    platform: null,
    instructionAddr: null,
    symbolAddr: null,
    function: frame2.function,
    rawFunction: null,
    symbol: null,
    context: [],
    lineNo: frame2.lineNo,
    colNo: frame2.colNo,
    inApp: frame2.inApp,
    trust: null,
    errors: null,
    lock: null,
    sourceLink: null,
    vars: null
  };
}

// src/simulator/routes/issue-event.ts
var NO_EVENT = new ApiError(404, {
  detail: "No matching event found, try changing the environments, date range, or query."
});
var issueEventRoute = {
  name: "issue-event",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/events\/(latest|oldest|recommended|\d+|[A-Fa-f0-9-]{32,36})\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const { issue: issue2, project, events } = requireIssue(ctx, ctx.params[1]);
    const environments = requestedEnvironments(query, world, now);
    const ranged = ["statsPeriod", "start", "end"].some((name) => query.has(name));
    const range = ranged ? dateRange(query, now) : null;
    let condition = () => true;
    const text = query.get("query")?.trim();
    if (text) {
      try {
        const test = eventConditions(text, world, /* @__PURE__ */ new Set([project.slug]), now);
        condition = (event2) => test(event2, issue2);
      } catch (error2) {
        if (error2 instanceof SearchQueryError) throw new ApiError(400, { detail: error2.message });
        throw error2;
      }
    }
    const candidates = events.filter(
      (e) => (!environments || environments.has(e.environment)) && (!range || e.at >= range.start && e.at < range.end) && condition(e)
    );
    const event = pick2(candidates, ctx.params[2]);
    if (!event) throw NO_EVENT;
    const index = candidates.indexOf(event);
    const release = event.release === null ? null : releaseViews(world, now).get(event.release) ?? null;
    return {
      body: serializeEvent(event, {
        issue: issue2,
        project,
        release,
        previousEventID: candidates[index - 1]?.id ?? null,
        nextEventID: candidates[index + 1]?.id ?? null
      })
    };
  }
};
function pick2(events, which) {
  switch (which) {
    case "latest":
      return events.at(-1);
    case "oldest":
      return events[0];
    case "recommended":
      return events.findLast((e) => e.frames !== null) ?? events.at(-1);
    default:
      return events.find((e) => e.id === which.replaceAll("-", "").toLowerCase());
  }
}

// src/simulator/serializers/organization.ts
var AVATAR = { avatarType: "letter_avatar", avatarUuid: null, avatarUrl: null };
function serializeOrganization(org, baseUrl) {
  return {
    id: org.id,
    slug: org.slug,
    status: { id: "active", name: "active" },
    name: org.name,
    dateCreated: iso(org.dateCreated),
    isEarlyAdopter: false,
    require2FA: false,
    avatar: AVATAR,
    // A self-hosted Sentry has no region split: both are its own URL.
    links: { organizationUrl: baseUrl, regionUrl: org.regionUrl ?? baseUrl },
    hasAuthProvider: false,
    allowMemberInvite: true,
    allowMemberProjectCreation: true,
    allowSuperuserAccess: false,
    features: ["discover-basic", "global-views", "advanced-search", "event-attachments"],
    extraOptions: {},
    access: ["org:read", "project:read", "event:read", "team:read", "member:read"],
    onboardingTasks: []
  };
}
function serializeProject(project, org, baseUrl, latestRelease) {
  const team = { id: "1", name: org.name, slug: org.slug };
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    platform: project.platform,
    dateCreated: iso(project.dateCreated),
    isBookmarked: false,
    isMember: true,
    features: ["releases", "minidump", "similarity-indexing"],
    firstEvent: iso(project.dateCreated),
    firstTransactionEvent: false,
    access: ["project:read", "event:read"],
    hasAccess: true,
    hasFeedbacks: false,
    hasFlags: false,
    hasMinifiedStackTrace: false,
    hasMonitors: false,
    hasNewFeedbacks: false,
    hasProfiles: false,
    hasReplays: false,
    hasSessions: false,
    hasInsightsHttp: false,
    hasInsightsDb: false,
    hasInsightsAssets: false,
    hasInsightsAppStart: false,
    hasInsightsScreenLoad: false,
    hasInsightsVitals: false,
    hasInsightsCaches: false,
    hasInsightsQueues: false,
    hasInsightsAgentMonitoring: false,
    hasInsightsMCP: false,
    hasLogs: false,
    hasTraceMetrics: false,
    isInternal: false,
    isPublic: false,
    avatar: AVATAR,
    color: "#3f70bf",
    status: "active",
    team,
    teams: [team],
    latestRelease: latestRelease === null ? null : { version: latestRelease },
    options: {},
    digestsMinDelay: 300,
    digestsMaxDelay: 1800,
    subjectPrefix: "",
    allowedDomains: ["*"],
    resolveAge: 0,
    dataScrubber: true,
    dataScrubberDefaults: true,
    safeFields: [],
    storeCrashReports: null,
    sensitiveFields: [],
    subjectTemplate: "$shortID - $title",
    securityToken: "0".repeat(32),
    securityTokenHeader: null,
    verifySSL: false,
    scrubIPAddresses: false,
    scrapeJavaScript: true,
    enableAutoReleaseCreation: true,
    highlightTags: ["handled", "level"],
    highlightContext: {},
    highlightPreset: { tags: ["handled", "level"], context: {} },
    groupingConfig: "newstyle:2023-01-11",
    derivedGroupingEnhancements: "",
    groupingEnhancements: "",
    secondaryGroupingExpiry: 0,
    secondaryGroupingConfig: null,
    fingerprintingRules: "",
    organization: serializeOrganization(org, baseUrl),
    platforms: project.platform === null ? [] : [project.platform],
    processingIssues: 0,
    defaultEnvironment: null,
    relayPiiConfig: null,
    builtinSymbolSources: [],
    dynamicSamplingBiases: null,
    symbolSources: "[]",
    isDynamicallySampled: false,
    tempestFetchScreenshots: false,
    autofixAutomationTuning: "off",
    seerScannerAutomation: false,
    seerNightshiftTweaks: null,
    scmSourceContextEnabled: false,
    debugFilesRole: null
  };
}

// src/simulator/routes/organization.ts
var organizationRoute = {
  name: "organization",
  pattern: /^\/organizations\/([^/]+)\/$/,
  scopes: ORG_READ,
  handle: ({ world, params, baseUrl }) => {
    const org = requireOrganization(world, params[0]);
    return { body: serializeOrganization(org, baseUrl) };
  }
};
var projectRoute = {
  name: "project",
  pattern: /^\/projects\/([^/]+)\/([^/]+)\/$/,
  scopes: PROJECT_READ,
  handle: ({ world, now, params, baseUrl }) => {
    const org = requireOrganization(world, params[0]);
    const project = world.projects.find((p) => p.slug === params[1] || p.id === params[1]);
    if (!project) throw notFound();
    const latest = latestReleaseVersion(releaseViews(world, now), /* @__PURE__ */ new Set([project.slug]));
    return { body: serializeProject(project, org, baseUrl, latest) };
  }
};

// src/simulator/routes/releases.ts
function requireRelease(ctx) {
  requireOrganization(ctx.world, ctx.params[0]);
  const view = releaseViews(ctx.world, ctx.now).get(ctx.params[1]);
  if (!view) throw notFound();
  return view;
}
var releaseRoute = {
  name: "release",
  pattern: /^\/organizations\/([^/]+)\/releases\/([^/]+)\/$/,
  scopes: RELEASE_READ,
  handle: (ctx) => ({ body: serializeRelease(requireRelease(ctx), ctx.world.projects) })
};
var deploysRoute = {
  name: "release-deploys",
  pattern: /^\/organizations\/([^/]+)\/releases\/([^/]+)\/deploys\/$/,
  scopes: RELEASE_READ,
  handle: (ctx) => {
    const view = requireRelease(ctx);
    const page = paginate(view.deploys, parseCursor(ctx.query.get("cursor")), perPage(ctx.query));
    return {
      body: page.items.map(serializeDeploy),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, ctx.query, page) }
    };
  }
};

// src/simulator/routes/shortid.ts
var shortIdRoute = {
  name: "shortid",
  pattern: /^\/organizations\/([^/]+)\/shortids\/([^/]+)\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const org = requireOrganization(ctx.world, ctx.params[0]);
    const { issue: issue2, project, events } = requireIssue(ctx, ctx.params[1]);
    const group = serializeGroup(
      { issue: issue2, state: issueState(issue2, events, ctx.now), events },
      issueContext(ctx, issue2.project)
    );
    return {
      body: {
        organizationSlug: org.slug,
        projectSlug: project.slug,
        groupId: issue2.id,
        group,
        // group.qualified_short_id: the canonical spelling, whatever case was asked.
        shortId: issue2.shortId
      }
    };
  }
};

// src/simulator/routes/index.ts
var ROUTES = [
  organizationRoute,
  projectRoute,
  releaseRoute,
  deploysRoute,
  issuesRoute,
  issueRoute,
  activitiesRoute,
  issueEventRoute,
  shortIdRoute,
  discoverRoute,
  eventsTimeseriesRoute
];
function matchRoute(apiPath2) {
  for (const route of ROUTES) {
    const match = route.pattern.exec(apiPath2);
    if (!match) continue;
    try {
      return { route, params: match.slice(1).map((segment) => decodeURIComponent(segment)) };
    } catch {
      return null;
    }
  }
  return null;
}

// src/simulator/server.ts
async function startSimulator(options) {
  const tokens = new Map([
    [options.token ?? SIMULATOR_TOKEN, new Set(FULL_SCOPES)],
    ...Object.entries(options.tokens ?? {}).map(([token, scopes]) => [token, new Set(scopes)])
  ]);
  const clock = toClock(options.now);
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? SENTRY_RATE_LIMITS);
  const requests = [];
  const faults = new FaultQueue();
  let baseUrl = "";
  const server = createServer((req, res) => {
    handle(req, res).catch((error2) => {
      sendJson(res, 500, { detail: "Internal Error" });
      console.error("sentry simulator:", error2);
    });
  });
  async function handle(req, res) {
    const url = new URL(req.url ?? "/", baseUrl);
    const match = url.pathname.startsWith("/api/0/") ? matchRoute(url.pathname.slice("/api/0".length)) : null;
    const record = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization ?? null,
      route: match?.route.name ?? null,
      fault: null,
      at: /* @__PURE__ */ new Date(),
      status: null
    };
    requests.push(record);
    const fault = faults.take(record.route, url.pathname);
    record.fault = fault?.type ?? null;
    let admission = null;
    const respond = (status, body, headers = {}) => {
      record.status = status;
      admission?.done();
      deliver(res, status, body, { ...admission?.headers ?? {}, ...headers }, fault, baseUrl);
    };
    if (fault?.type === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.type === "status") {
      if (fault.raw === void 0)
        return respond(fault.status, fault.body ?? { detail: "Internal Error" }, fault.headers);
      record.status = fault.status;
      res.writeHead(fault.status, { "Content-Type": "text/html", ...fault.headers }).end(fault.raw);
      return;
    }
    if (fault?.type === "echo-token") {
      return respond(fault.status ?? 500, {
        detail: `Request failed; Authorization: ${req.headers.authorization ?? ""}`
      });
    }
    if (fault?.type === "rate-limit") {
      const { limit, windowSeconds, concurrentLimit } = options.rateLimit || SENTRY_RATE_LIMITS;
      const headers = rateLimitHeaders({
        limit,
        remaining: 0,
        resetSeconds: Date.now() / 1e3 + fault.resetInSeconds,
        concurrentLimit,
        concurrentRemaining: concurrentLimit
      });
      const message = `You are attempting to use this endpoint too frequently. Limit is ${limit} requests in ${windowSeconds} seconds`;
      return respond(429, message, headers);
    }
    if (!match) return respond(404, { detail: "The requested resource does not exist" });
    if (record.method !== "GET") return respond(405, { detail: `Method "${record.method}" not allowed.` });
    try {
      const token = authenticate(req.headers.authorization, tokens);
      authorize(token, tokens, match.route.scopes);
      admission = limiter ? limiter.admit(token, match.route.name) : null;
      if (admission?.refusal) return respond(429, admission.refusal);
      if (fault?.type === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
      const result = match.route.handle({
        world: options.world,
        now: clock(),
        params: match.params,
        query: url.searchParams,
        baseUrl,
        rawPath: url.pathname
      });
      return respond(result.status ?? 200, result.body, result.headers);
    } catch (error2) {
      if (error2 instanceof ApiError) return respond(error2.status, error2.body);
      record.error = error2 instanceof Error ? error2.stack ?? error2.message : String(error2);
      return respond(500, { detail: "Internal Error" });
    }
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address();
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  return {
    url: baseUrl,
    requests,
    faults,
    world: options.world,
    clock,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
function deliver(res, status, body, headers, fault, baseUrl) {
  if (res.destroyed || res.writableEnded) return;
  const ok = status >= 200 && status < 300;
  if (ok && fault?.type === "malformed") {
    sendJson(res, status, (fault.mutate ?? breakShape)(structuredClone(body)), headers);
    return;
  }
  if (ok && fault?.type === "foreign-link") {
    const origin = fault.origin ?? "https://sentry.attacker.example";
    const link = headers.Link?.replaceAll(baseUrl, origin).replace(
      'rel="next"; results="false"',
      'rel="next"; results="true"'
    ) ?? `<${origin}/api/0/?&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", <${origin}/api/0/?&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"`;
    sendJson(res, status, body, { ...headers, Link: link });
    return;
  }
  if (ok && fault?.type === "truncate") {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(text)),
      ...headers
    });
    res.write(text.slice(0, Math.floor(text.length / 2)), () => res.destroy());
    return;
  }
  sendJson(res, status, body, headers);
}

// src/entries/problems.ts
function describeProblems(problems, name) {
  return problems.map((problem2) => `${name(problem2.input)} ${problem2.message}`).join("; ");
}

// src/entries/cli.ts
var USAGE = `Usage: sentry-deploy-verify <command> [options]

Commands:
  demo [scenario] [--format text|markdown|json]
      Verify a release against the built-in Sentry simulator: no account needed.
      Scenarios: ${Object.keys(SCENARIOS).join(", ")} (default regression).
  simulator [--port N] [--scenario name]
      Serve the Sentry simulator on 127.0.0.1 until interrupted, for trying the action or the CLI by hand.

Exit codes: 0 done, 2 bad usage.
`;
var UsageError = class extends Error {
};
var FORMATS = ["text", "markdown", "json"];
function render(report, format) {
  if (format === "json") return `${JSON.stringify(report, null, 2)}
`;
  return format === "markdown" ? renderMarkdown(report) : renderText(report);
}
function scenarioNamed(name) {
  const make = SCENARIOS[name ?? "regression"];
  if (!make)
    throw new UsageError(`unknown scenario "${name}": choose one of ${Object.keys(SCENARIOS).join(", ")}`);
  return make(/* @__PURE__ */ new Date());
}
async function demo(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, help: { type: "boolean" } }
  });
  if (values.help) return help();
  const format = values.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`);
  const scenario2 = scenarioNamed(positionals[0]);
  const simulator = await startSimulator({ world: scenario2.world, token: scenario2.token });
  try {
    const now = Date.now();
    const parsed = parseConfig(
      {
        "auth-token": scenario2.token,
        org: scenario2.org,
        project: scenario2.projects.join(","),
        url: simulator.url,
        environment: scenario2.environment,
        release: scenario2.release
      },
      { now }
    );
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems, (input) => `--${input}`));
    const { config: config2 } = parsed;
    const source = createRestSource({
      url: config2.url,
      org: config2.org,
      token: config2.authToken,
      deadlineAt: runDeadline(config2, now)
    });
    const fixClaimTexts = Promise.resolve([{ where: "the pull request", text: scenario2.pullRequestBody }]);
    const report = await verifyRelease(config2, { source, clock: systemClock, fixClaimTexts });
    if (format === "text") {
      process.stdout.write(
        `Scenario "${scenario2.name}": ${scenario2.description}
Sentry simulator at ${simulator.url}

`
      );
    }
    process.stdout.write(render(report, format));
    if (format === "text") {
      process.stdout.write(
        `
${simulator.requests.length} Sentry requests. In a workflow, this verdict would ${report.verdict === "fail" ? "fail" : "pass"} the job.
`
      );
    }
    return 0;
  } finally {
    await simulator.close();
  }
}
async function serve(args) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "0" },
      scenario: { type: "string" },
      help: { type: "boolean" }
    }
  });
  if (values.help) return help();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number from 0 to 65535; got "${values.port}"`);
  const scenario2 = scenarioNamed(values.scenario);
  const simulator = await startSimulator({ world: scenario2.world, token: scenario2.token, port });
  process.stdout.write(
    [
      `Sentry simulator: scenario "${scenario2.name}" at ${simulator.url}`,
      `  ${scenario2.description}`,
      "",
      "Point the action or the CLI at it with:",
      `  SENTRY_URL=${simulator.url}`,
      `  SENTRY_AUTH_TOKEN=${scenario2.token}`,
      `  SENTRY_ORG=${scenario2.org}`,
      `  SENTRY_PROJECT=${scenario2.projects.join(",")}`,
      `  SENTRY_ENVIRONMENT=${scenario2.environment}`,
      `  SENTRY_RELEASE=${scenario2.release}`,
      "",
      "Ctrl-C stops it.",
      ""
    ].join("\n")
  );
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await simulator.close();
  return 0;
}
function help() {
  process.stdout.write(USAGE);
  return 0;
}
async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case "demo":
      return demo(rest);
    case "simulator":
      return serve(rest);
    case void 0:
    case "help":
    case "--help":
    case "-h":
      return help();
    case "verify":
    case "scan":
    case "mcp":
      throw new UsageError(`"${command}" is not available in this version yet; try demo`);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
process.stdout.on("error", (error2) => {
  if (error2.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error2;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error2) => {
    const usage = error2 instanceof UsageError || error2 instanceof Error && "code" in error2 && String(error2.code).startsWith("ERR_PARSE_ARGS");
    process.stderr.write(
      `sentry-deploy-verify: ${error2 instanceof Error ? error2.message : String(error2)}
${usage ? `
${USAGE}` : ""}`
    );
    process.exitCode = 2;
  }
);
