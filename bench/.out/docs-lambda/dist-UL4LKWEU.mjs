import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import "./chunk-RECWWCY6.mjs";
function n(e, r) {
  return e ? (e.push(r), e) : [r];
}
var E = /[.*+?^${}()|[\]\\]/g;
function _(e) {
  return e.replace(E, "\\$&");
}
function q(e, r) {
  switch (r?.errorMode) {
    case "ignore":
      break;
    case "warn":
      console.warn(e);
      break;
    default:
      throw new Error(e);
  }
}
function g(e) {
  return (
    typeof e == "boolean" ||
    (typeof e == "number" && Number.isFinite(e)) ||
    typeof e == "string"
  );
}
function $(e) {
  return e.every(g);
}
var M = class extends Map {
  constructor() {
    (super(), (this.count = 0), (this.usedIds = new Set()));
  }
  set(e, r) {
    return (this.usedIds.add(r), super.set(e, r));
  }
  createId(e) {
    for (; this.usedIds.has(`${this.count}`) || `${this.count}` in e;)
      this.count++;
    return `${this.count++}`;
  }
};
function y(e, r) {
  return typeof e != "number" || !Number.isFinite(e) || r > e ? r : e;
}
function l(e, r) {
  return typeof e != "number" || !Number.isFinite(e) || r < e ? r : e;
}
function w(e, r) {
  return e !== void 0 ? { anyOf: [e, r] } : r;
}
function x(e, r) {
  let i = e.enum ?? r;
  if (e.enum) {
    let t = new Set(r);
    i = i.filter((a) => t.has(a));
  }
  i.length
    ? (e.enum = [...new Set(i)])
    : (delete e.enum, (e.not = w(e.not, {})));
}
function J(e, r, i) {
  if (i?.ignoreActions?.includes(r.type)) return e;
  let t;
  switch (r.type) {
    case "base64":
      e.contentEncoding = "base64";
      break;
    case "bic":
    case "cuid2":
    case "decimal":
    case "digits":
    case "domain":
    case "emoji":
    case "hash":
    case "hexadecimal":
    case "hex_color":
    case "isrc":
    case "iso_time_second":
    case "iso_week":
    case "ksuid":
    case "mac":
    case "mac48":
    case "mac64":
    case "nanoid":
    case "octal":
    case "slug":
    case "ulid":
      e.pattern
        ? (t = n(
            t,
            `The "${r.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = r.requirement.source);
      break;
    case "description":
      e.description = r.description;
      break;
    case "email":
    case "rfc_email":
      e.format = "email";
      break;
    case "ends_with":
      e.pattern
        ? (t = n(
            t,
            `The "${r.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = `${_(r.requirement)}$`);
      break;
    case "empty":
      e.type === "array"
        ? (e.maxItems = 0)
        : (e.type !== "string" &&
            (t = n(
              t,
              `The "${r.type}" action is not supported on type "${e.type}".`,
            )),
          (e.maxLength = 0));
      break;
    case "entries":
      if (!Number.isInteger(r.requirement) || r.requirement < 0) {
        t = n(
          t,
          'The requirement of the "entries" action must be a non-negative integer.',
        );
        break;
      }
      ((e.minProperties = y(e.minProperties, r.requirement)),
        (e.maxProperties = l(e.maxProperties, r.requirement)));
      break;
    case "examples":
      Array.isArray(e.examples)
        ? (e.examples = [...e.examples, ...r.examples])
        : (e.examples = r.examples);
      break;
    case "gt_value":
      if (e.type !== "number" && e.type !== "integer") {
        t = n(t, `The "gt_value" action is not supported on type "${e.type}".`);
        break;
      }
      if (!Number.isFinite(r.requirement)) {
        t = n(
          t,
          'The requirement of the "gt_value" action is not JSON compatible.',
        );
        break;
      }
      if (i?.target === "openapi-3.0") {
        t = n(t, 'The "gt_value" action is not supported for OpenAPI 3.0.');
        break;
      }
      e.exclusiveMinimum = y(e.exclusiveMinimum, r.requirement);
      break;
    case "includes":
      e.pattern
        ? (t = n(
            t,
            `The "${r.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = _(r.requirement));
      break;
    case "integer":
      e.type = "integer";
      break;
    case "ipv4":
      e.format = "ipv4";
      break;
    case "ipv6":
      e.format = "ipv6";
      break;
    case "iso_date":
      e.format = "date";
      break;
    case "iso_date_time":
    case "iso_timestamp":
      e.format = "date-time";
      break;
    case "iso_time":
      e.format = "time";
      break;
    case "jws_compact":
      e.pattern
        ? (t = n(
            t,
            `The "${r.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = r.requirement.source);
      break;
    case "length":
      if (!Number.isInteger(r.requirement) || r.requirement < 0) {
        t = n(
          t,
          'The requirement of the "length" action must be a non-negative integer.',
        );
        break;
      }
      e.type === "array"
        ? ((e.minItems = y(e.minItems, r.requirement)),
          (e.maxItems = l(e.maxItems, r.requirement)))
        : (e.type !== "string" &&
            (t = n(
              t,
              `The "${r.type}" action is not supported on type "${e.type}".`,
            )),
          (e.minLength = y(e.minLength, r.requirement)),
          (e.maxLength = l(e.maxLength, r.requirement)));
      break;
    case "lt_value":
      if (e.type !== "number" && e.type !== "integer") {
        t = n(t, `The "lt_value" action is not supported on type "${e.type}".`);
        break;
      }
      if (!Number.isFinite(r.requirement)) {
        t = n(
          t,
          'The requirement of the "lt_value" action is not JSON compatible.',
        );
        break;
      }
      if (i?.target === "openapi-3.0") {
        t = n(t, 'The "lt_value" action is not supported for OpenAPI 3.0.');
        break;
      }
      e.exclusiveMaximum = l(e.exclusiveMaximum, r.requirement);
      break;
    case "max_entries":
      if (!Number.isInteger(r.requirement) || r.requirement < 0) {
        t = n(
          t,
          'The requirement of the "max_entries" action must be a non-negative integer.',
        );
        break;
      }
      e.maxProperties = l(e.maxProperties, r.requirement);
      break;
    case "max_length":
      if (!Number.isInteger(r.requirement) || r.requirement < 0) {
        t = n(
          t,
          'The requirement of the "max_length" action must be a non-negative integer.',
        );
        break;
      }
      e.type === "array"
        ? (e.maxItems = l(e.maxItems, r.requirement))
        : (e.type !== "string" &&
            (t = n(
              t,
              `The "${r.type}" action is not supported on type "${e.type}".`,
            )),
          (e.maxLength = l(e.maxLength, r.requirement)));
      break;
    case "max_value":
      if (e.type !== "number" && e.type !== "integer") {
        t = n(
          t,
          `The "max_value" action is not supported on type "${e.type}".`,
        );
        break;
      }
      if (!Number.isFinite(r.requirement)) {
        t = n(
          t,
          'The requirement of the "max_value" action is not JSON compatible.',
        );
        break;
      }
      e.maximum = l(e.maximum, r.requirement);
      break;
    case "metadata":
      (typeof r.metadata.title == "string" && (e.title = r.metadata.title),
        typeof r.metadata.description == "string" &&
          (e.description = r.metadata.description),
        Array.isArray(r.metadata.examples) &&
          (Array.isArray(e.examples)
            ? (e.examples = [...e.examples, ...r.metadata.examples])
            : (e.examples = r.metadata.examples)));
      for (let a of Object.keys(r.metadata))
        a !== "title" &&
          a !== "description" &&
          a !== "examples" &&
          a !== "__proto__" &&
          (e[a] = r.metadata[a]);
      break;
    case "min_entries":
      if (!Number.isInteger(r.requirement) || r.requirement < 0) {
        t = n(
          t,
          'The requirement of the "min_entries" action must be a non-negative integer.',
        );
        break;
      }
      e.minProperties = y(e.minProperties, r.requirement);
      break;
    case "min_length":
      if (!Number.isInteger(r.requirement) || r.requirement < 0) {
        t = n(
          t,
          'The requirement of the "min_length" action must be a non-negative integer.',
        );
        break;
      }
      e.type === "array"
        ? (e.minItems = y(e.minItems, r.requirement))
        : (e.type !== "string" &&
            (t = n(
              t,
              `The "${r.type}" action is not supported on type "${e.type}".`,
            )),
          (e.minLength = y(e.minLength, r.requirement)));
      break;
    case "min_value":
      if (e.type !== "number" && e.type !== "integer") {
        t = n(
          t,
          `The "min_value" action is not supported on type "${e.type}".`,
        );
        break;
      }
      if (!Number.isFinite(r.requirement)) {
        t = n(
          t,
          'The requirement of the "min_value" action is not JSON compatible.',
        );
        break;
      }
      e.minimum = y(e.minimum, r.requirement);
      break;
    case "multiple_of":
      e.multipleOf = r.requirement;
      break;
    case "non_empty":
      e.type === "array"
        ? (e.minItems = y(e.minItems, 1))
        : (e.type !== "string" &&
            (t = n(
              t,
              `The "${r.type}" action is not supported on type "${e.type}".`,
            )),
          (e.minLength = y(e.minLength, 1)));
      break;
    case "not_value":
      if (!g(r.requirement)) {
        t = n(
          t,
          'The requirement of the "not_value" action is not JSON compatible.',
        );
        break;
      }
      e.not = w(
        e.not,
        i?.target === "openapi-3.0"
          ? { enum: [r.requirement] }
          : { const: r.requirement },
      );
      break;
    case "not_values":
      if (!$(r.requirement)) {
        t = n(
          t,
          'A requirement of the "not_values" action is not JSON compatible.',
        );
        break;
      }
      r.requirement.length &&
        (e.not = w(e.not, { enum: [...new Set(r.requirement)] }));
      break;
    case "regex":
      (r.requirement.flags &&
        (t = n(t, "RegExp flags are not supported by JSON Schema.")),
        e.pattern
          ? (t = n(
              t,
              `The "${r.type}" action is not supported in combination with another regex action.`,
            ))
          : (e.pattern = r.requirement.source));
      break;
    case "safe_integer":
      ((e.type = "integer"),
        (e.minimum = y(e.minimum, Number.MIN_SAFE_INTEGER)),
        (e.maximum = l(e.maximum, Number.MAX_SAFE_INTEGER)));
      break;
    case "starts_with":
      e.pattern
        ? (t = n(
            t,
            `The "${r.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = `^${_(r.requirement)}`);
      break;
    case "title":
      e.title = r.title;
      break;
    case "url":
      e.format = "uri";
      break;
    case "uuid":
      e.format = "uuid";
      break;
    case "value":
      if (!g(r.requirement)) {
        t = n(
          t,
          'The requirement of the "value" action is not JSON compatible.',
        );
        break;
      }
      i?.target === "openapi-3.0"
        ? x(e, [r.requirement])
        : "const" in e && e.const !== r.requirement
          ? (t = n(
              t,
              `The "${r.type}" action is not supported in combination with a different "const" restriction.`,
            ))
          : (e.const = r.requirement);
      break;
    case "values":
      if (!$(r.requirement)) {
        t = n(
          t,
          'A requirement of the "values" action is not JSON compatible.',
        );
        break;
      }
      x(e, r.requirement);
      break;
    default:
      t = n(t, `The "${r.type}" action cannot be converted to JSON Schema.`);
  }
  if (i?.overrideAction) {
    let a = i.overrideAction({ valibotAction: r, jsonSchema: e, errors: t });
    if (a) return { ...a };
  }
  if (t) for (let a of t) q(a, i);
  return e;
}
function b(e) {
  return e.flatMap((r) => ("pipe" in r ? b(r.pipe) : r));
}
function T(e) {
  return `#/$defs/${e.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
function s(e, r, i, t, a = !1) {
  if (!a) {
    let p = t.referenceMap.get(r);
    if (p) {
      if (((e.$ref = T(p)), i?.overrideRef)) {
        let u = i.overrideRef({
          ...t,
          referenceId: p,
          valibotSchema: r,
          jsonSchema: e,
        });
        u && (e.$ref = u);
      }
      return e;
    }
  }
  if ("pipe" in r) {
    let p = b(r.pipe),
      u = 0,
      m = p.length - 1;
    if (i?.typeMode === "input") {
      let k = p
        .slice(1)
        .findIndex(
          (f) =>
            f.kind === "schema" ||
            (f.kind === "transformation" &&
              (f.type === "find_item" ||
                f.type === "parse_json" ||
                f.type === "raw_transform" ||
                f.type === "reduce_items" ||
                f.type === "stringify_json" ||
                f.type === "to_bigint" ||
                f.type === "to_boolean" ||
                f.type === "to_date" ||
                f.type === "to_number" ||
                f.type === "to_string" ||
                f.type === "transform")),
        );
      k !== -1 && (m = k);
    } else if (i?.typeMode === "output") {
      let k = p.findLastIndex((f) => f.kind === "schema");
      k !== -1 && (u = k);
    }
    for (let k = u; k <= m; k++) {
      let f = p[k];
      f.kind === "schema"
        ? (k > u &&
            q(
              'Set the "typeMode" config to "input" or "output" to convert pipelines with multiple schemas.',
              i,
            ),
          (e = s(e, f, i, t, !0)))
        : (e = J(e, f, i));
    }
    return e;
  }
  let d;
  switch (r.type) {
    case "boolean":
      e.type = "boolean";
      break;
    case "null":
      i?.target === "openapi-3.0" ? (e.enum = [null]) : (e.type = "null");
      break;
    case "number":
      e.type = "number";
      break;
    case "string":
      e.type = "string";
      break;
    case "array":
      ((e.type = "array"), (e.items = s({}, r.item, i, t)));
      break;
    case "tuple":
    case "tuple_with_rest":
    case "loose_tuple":
    case "strict_tuple":
      if (((e.type = "array"), i?.target === "openapi-3.0")) {
        ((e.items = { anyOf: [] }), (e.minItems = r.items.length));
        for (let p of r.items) e.items.anyOf.push(s({}, p, i, t));
        r.type === "tuple_with_rest"
          ? e.items.anyOf.push(s({}, r.rest, i, t))
          : (r.type === "strict_tuple" || r.type === "tuple") &&
            (e.maxItems = r.items.length);
      } else if (i?.target === "draft-2020-12") {
        ((e.prefixItems = []), (e.minItems = r.items.length));
        for (let p of r.items) e.prefixItems.push(s({}, p, i, t));
        r.type === "tuple_with_rest"
          ? (e.items = s({}, r.rest, i, t))
          : r.type === "strict_tuple" && (e.items = !1);
      } else {
        ((e.items = []), (e.minItems = r.items.length));
        for (let p of r.items) e.items.push(s({}, p, i, t));
        r.type === "tuple_with_rest"
          ? (e.additionalItems = s({}, r.rest, i, t))
          : r.type === "strict_tuple" && (e.additionalItems = !1);
      }
      break;
    case "object":
    case "object_with_rest":
    case "loose_object":
    case "strict_object":
      ((e.type = "object"), (e.properties = {}), (e.required = []));
      for (let p in r.entries) {
        let u = r.entries[p];
        ((e.properties[p] = s({}, u, i, t)),
          u.type !== "exact_optional" &&
            u.type !== "nullish" &&
            u.type !== "optional" &&
            e.required.push(p));
      }
      r.type === "object_with_rest"
        ? (e.additionalProperties = s({}, r.rest, i, t))
        : r.type === "strict_object" && (e.additionalProperties = !1);
      break;
    case "record":
      (i?.target === "openapi-3.0" &&
        "pipe" in r.key &&
        (d = n(
          d,
          'The "record" schema with a schema for the key that contains a "pipe" cannot be converted to JSON Schema.',
        )),
        r.key.type !== "string" &&
          (d = n(
            d,
            `The "record" schema with the "${r.key.type}" schema for the key cannot be converted to JSON Schema.`,
          )),
        (e.type = "object"),
        i?.target !== "openapi-3.0" && (e.propertyNames = s({}, r.key, i, t)),
        (e.additionalProperties = s({}, r.value, i, t)));
      break;
    case "any":
    case "unknown":
      break;
    case "never":
      e.not = {};
      break;
    case "nullable":
    case "nullish":
      if (i?.target === "openapi-3.0") {
        let p = s({}, r.wrapped, i, t);
        (Object.assign(e, p), (e.nullable = !0));
      } else e.anyOf = [s({}, r.wrapped, i, t), { type: "null" }];
      r.default !== void 0 &&
        (e.default = typeof r.default == "function" ? r.default() : r.default);
      break;
    case "exact_optional":
    case "optional":
    case "undefinedable":
      ((e = s(e, r.wrapped, i, t)),
        r.default !== void 0 &&
          (e.default =
            typeof r.default == "function" ? r.default() : r.default));
      break;
    case "literal":
      if (!g(r.literal)) {
        d = n(d, 'The value of the "literal" schema is not JSON compatible.');
        break;
      }
      i?.target === "openapi-3.0"
        ? (e.enum = [r.literal])
        : (e.const = r.literal);
      break;
    case "enum":
    case "picklist": {
      let p = r.options;
      if (
        !p.every(
          (u) =>
            typeof u == "string" ||
            (typeof u == "number" && Number.isFinite(u)),
        )
      ) {
        d = n(d, `An option of the "${r.type}" schema is not JSON compatible.`);
        break;
      }
      ((e.enum = p),
        p.every((u) => typeof u == "string")
          ? (e.type = "string")
          : p.every((u) => typeof u == "number")
            ? (e.type = "number")
            : i?.target !== "openapi-3.0" && (e.type = ["string", "number"]));
      break;
    }
    case "union":
      e.anyOf = r.options.map((p) => s({}, p, i, t));
      break;
    case "variant":
      e.oneOf = r.options.map((p) => s({}, p, i, t));
      break;
    case "intersect":
      e.allOf = r.options.map((p) => s({}, p, i, t));
      break;
    case "lazy": {
      let p = t.getterMap.get(r.getter);
      p || ((p = r.getter(void 0)), t.getterMap.set(r.getter, p));
      let u = t.referenceMap.get(p);
      if (
        (u ||
          ((u = t.referenceMap.createId(t.definitions)),
          t.referenceMap.set(p, u),
          (t.definitions[u] = s({}, p, i, t, !0))),
        (e.$ref = T(u)),
        i?.overrideRef)
      ) {
        let m = i.overrideRef({
          ...t,
          referenceId: u,
          valibotSchema: p,
          jsonSchema: e,
        });
        m && (e.$ref = m);
      }
      break;
    }
    default:
      d = n(d, `The "${r.type}" schema cannot be converted to JSON Schema.`);
  }
  if (i?.overrideSchema) {
    let p = i.overrideSchema({
      ...t,
      referenceId: t.referenceMap.get(r),
      valibotSchema: r,
      jsonSchema: e,
      errors: d,
    });
    if (p) return { ...p };
  }
  if (d) for (let p of d) q(p, i);
  return e;
}
var I;
function R(e) {
  I = { ...(I ?? {}), ...e };
}
function P() {
  return I;
}
function N(e, r) {
  let i = { definitions: {}, referenceMap: new M(), getterMap: new Map() },
    t = r?.definitions ?? P();
  if (t) {
    for (let p in t) i.referenceMap.set(t[p], p);
    for (let p in t) i.definitions[p] = s({}, t[p], r, i, !0);
  }
  let a = s({}, e, r, i),
    d = r?.target ?? "draft-07";
  return (
    d === "draft-2020-12"
      ? (a.$schema = "https://json-schema.org/draft/2020-12/schema")
      : d === "draft-07" &&
        (a.$schema = "http://json-schema.org/draft-07/schema#"),
    i.referenceMap.size && (a.$defs = i.definitions),
    a
  );
}
function L(e, r) {
  let i = { definitions: {}, referenceMap: new M(), getterMap: new Map() };
  for (let t in e) i.referenceMap.set(e[t], t);
  for (let t in e) i.definitions[t] = s({}, e[t], r, i, !0);
  return i.definitions;
}
var O = ["draft-07", "draft-2020-12", "openapi-3.0"];
function F(e) {
  return {
    "~standard": {
      ...e["~standard"],
      jsonSchema: {
        input(r) {
          if (O.includes(r.target))
            return N(e, {
              typeMode: "input",
              target: r.target,
              ...r.libraryOptions,
            });
          throw new Error(`Unsupported target: ${r.target}`);
        },
        output(r) {
          if (O.includes(r.target))
            return N(e, {
              typeMode: "output",
              target: r.target,
              ...r.libraryOptions,
            });
          throw new Error(`Unsupported target: ${r.target}`);
        },
      },
    },
  };
}
export {
  R as addGlobalDefs,
  P as getGlobalDefs,
  N as toJsonSchema,
  L as toJsonSchemaDefs,
  F as toStandardJsonSchema,
};
