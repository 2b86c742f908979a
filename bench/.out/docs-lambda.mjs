import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var Mi = Object.defineProperty;
var O = (e, t, n) => () => {
  if (n) throw n[0];
  try {
    return (e && (t = e((e = 0))), t);
  } catch (r) {
    throw ((n = [r]), r);
  }
};
var C = (e, t) => {
  for (var n in t) Mi(e, n, { get: t[n], enumerable: !0 });
};
function rn(e) {
  return e && typeof e == "object" && typeof e.then == "function";
}
function Ao(e) {
  return (
    e &&
    typeof e == "object" &&
    typeof e[Symbol.iterator] == "function" &&
    "__quansync" in e
  );
}
function sn(e) {
  let t = function* (...r) {
    return (yield Rr) ? yield e.async.apply(this, r) : e.sync.apply(this, r);
  };
  function n(...r) {
    let s = t.apply(this, r);
    return (
      (s.then = (...i) => e.async.apply(this, r).then(...i)),
      (s.__quansync = !0),
      s
    );
  }
  return ((n.sync = e.sync), (n.async = e.async), n);
}
function Po(e) {
  return sn({
    async: () => Promise.resolve(e),
    sync: () => {
      if (rn(e)) throw new mt();
      return e;
    },
  });
}
function nn(e, t) {
  if (e === Rr) return t;
  if (Ao(e)) return t ? Nr(e) : Cr(e);
  if (!t && rn(e)) throw new mt();
  return e;
}
function Cr(e, t = Or) {
  let n = e.next();
  for (; !n.done;)
    try {
      n = e.next(nn(t(n.value, !1)));
    } catch (r) {
      n = e.throw(r);
    }
  return nn(n.value);
}
async function Nr(e, t = Or) {
  let n = e.next();
  for (; !n.done;)
    try {
      n = e.next(await nn(t(n.value, !0), !0));
    } catch (r) {
      n = e.throw(r);
    }
  return n.value;
}
function To(e, t) {
  return sn({
    name: e.name,
    async(...n) {
      return Nr(e.apply(this, n), t?.onYield);
    },
    sync(...n) {
      return Cr(e.apply(this, n), t?.onYield);
    },
  });
}
function on(e, t) {
  return rn(e) ? Po(e) : typeof e == "function" ? To(e, t) : sn(e);
}
var Rr,
  mt,
  Or,
  vp,
  Sr = O(() => {
    ((Rr = Symbol.for("quansync.getIsAsync")),
      (mt = class extends Error {
        constructor(t = "Unexpected promise in sync context") {
          (super(t), (this.name = "QuansyncError"));
        }
      }));
    Or = (e) => e;
    vp = on({ async: () => Promise.resolve(!0), sync: () => !1 });
  });
var $r = {};
C($r, { default: () => Ro });
function Ro() {
  return (e, t) => e.toJsonSchema(t);
}
var Mr = O(() => {});
var Dr = {};
C(Dr, { default: () => Oo });
async function Oo() {
  try {
    let { JSONSchema: e } = await import("effect");
    return (t) => e.make(t);
  } catch {
    throw new z("effect");
  }
}
var qr = O(() => {
  Pe();
});
var Lr = {};
C(Lr, { default: () => Co });
async function Co() {
  try {
    let { toJSONSchema: e } = await import("sury");
    return e;
  } catch {
    throw new z("sury");
  }
}
var Ur = O(() => {
  Pe();
});
var jr = {};
C(jr, { default: () => No });
function No() {
  return (e) => JSON.parse(JSON.stringify(e.Type()));
}
var Fr = O(() => {});
var Jr = {};
C(Jr, {
  addGlobalDefs: () => Mo,
  getGlobalDefs: () => Kr,
  toJsonSchema: () => pn,
  toJsonSchemaDefs: () => Do,
  toStandardJsonSchema: () => qo,
});
function d(e, t) {
  return e ? (e.push(t), e) : [t];
}
function an(e) {
  return e.replace(So, "\\$&");
}
function un(e, t) {
  switch (t?.errorMode) {
    case "ignore":
      break;
    case "warn":
      console.warn(e);
      break;
    default:
      throw new Error(e);
  }
}
function dt(e) {
  return (
    typeof e == "boolean" ||
    (typeof e == "number" && Number.isFinite(e)) ||
    typeof e == "string"
  );
}
function zr(e) {
  return e.every(dt);
}
function B(e, t) {
  return typeof e != "number" || !Number.isFinite(e) || t > e ? t : e;
}
function ee(e, t) {
  return typeof e != "number" || !Number.isFinite(e) || t < e ? t : e;
}
function cn(e, t) {
  return e !== void 0 ? { anyOf: [e, t] } : t;
}
function Br(e, t) {
  let n = e.enum ?? t;
  if (e.enum) {
    let r = new Set(t);
    n = n.filter((s) => r.has(s));
  }
  n.length
    ? (e.enum = [...new Set(n)])
    : (delete e.enum, (e.not = cn(e.not, {})));
}
function $o(e, t, n) {
  if (n?.ignoreActions?.includes(t.type)) return e;
  let r;
  switch (t.type) {
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
        ? (r = d(
            r,
            `The "${t.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = t.requirement.source);
      break;
    case "description":
      e.description = t.description;
      break;
    case "email":
    case "rfc_email":
      e.format = "email";
      break;
    case "ends_with":
      e.pattern
        ? (r = d(
            r,
            `The "${t.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = `${an(t.requirement)}$`);
      break;
    case "empty":
      e.type === "array"
        ? (e.maxItems = 0)
        : (e.type !== "string" &&
            (r = d(
              r,
              `The "${t.type}" action is not supported on type "${e.type}".`,
            )),
          (e.maxLength = 0));
      break;
    case "entries":
      if (!Number.isInteger(t.requirement) || t.requirement < 0) {
        r = d(
          r,
          'The requirement of the "entries" action must be a non-negative integer.',
        );
        break;
      }
      ((e.minProperties = B(e.minProperties, t.requirement)),
        (e.maxProperties = ee(e.maxProperties, t.requirement)));
      break;
    case "examples":
      Array.isArray(e.examples)
        ? (e.examples = [...e.examples, ...t.examples])
        : (e.examples = t.examples);
      break;
    case "gt_value":
      if (e.type !== "number" && e.type !== "integer") {
        r = d(r, `The "gt_value" action is not supported on type "${e.type}".`);
        break;
      }
      if (!Number.isFinite(t.requirement)) {
        r = d(
          r,
          'The requirement of the "gt_value" action is not JSON compatible.',
        );
        break;
      }
      if (n?.target === "openapi-3.0") {
        r = d(r, 'The "gt_value" action is not supported for OpenAPI 3.0.');
        break;
      }
      e.exclusiveMinimum = B(e.exclusiveMinimum, t.requirement);
      break;
    case "includes":
      e.pattern
        ? (r = d(
            r,
            `The "${t.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = an(t.requirement));
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
        ? (r = d(
            r,
            `The "${t.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = t.requirement.source);
      break;
    case "length":
      if (!Number.isInteger(t.requirement) || t.requirement < 0) {
        r = d(
          r,
          'The requirement of the "length" action must be a non-negative integer.',
        );
        break;
      }
      e.type === "array"
        ? ((e.minItems = B(e.minItems, t.requirement)),
          (e.maxItems = ee(e.maxItems, t.requirement)))
        : (e.type !== "string" &&
            (r = d(
              r,
              `The "${t.type}" action is not supported on type "${e.type}".`,
            )),
          (e.minLength = B(e.minLength, t.requirement)),
          (e.maxLength = ee(e.maxLength, t.requirement)));
      break;
    case "lt_value":
      if (e.type !== "number" && e.type !== "integer") {
        r = d(r, `The "lt_value" action is not supported on type "${e.type}".`);
        break;
      }
      if (!Number.isFinite(t.requirement)) {
        r = d(
          r,
          'The requirement of the "lt_value" action is not JSON compatible.',
        );
        break;
      }
      if (n?.target === "openapi-3.0") {
        r = d(r, 'The "lt_value" action is not supported for OpenAPI 3.0.');
        break;
      }
      e.exclusiveMaximum = ee(e.exclusiveMaximum, t.requirement);
      break;
    case "max_entries":
      if (!Number.isInteger(t.requirement) || t.requirement < 0) {
        r = d(
          r,
          'The requirement of the "max_entries" action must be a non-negative integer.',
        );
        break;
      }
      e.maxProperties = ee(e.maxProperties, t.requirement);
      break;
    case "max_length":
      if (!Number.isInteger(t.requirement) || t.requirement < 0) {
        r = d(
          r,
          'The requirement of the "max_length" action must be a non-negative integer.',
        );
        break;
      }
      e.type === "array"
        ? (e.maxItems = ee(e.maxItems, t.requirement))
        : (e.type !== "string" &&
            (r = d(
              r,
              `The "${t.type}" action is not supported on type "${e.type}".`,
            )),
          (e.maxLength = ee(e.maxLength, t.requirement)));
      break;
    case "max_value":
      if (e.type !== "number" && e.type !== "integer") {
        r = d(
          r,
          `The "max_value" action is not supported on type "${e.type}".`,
        );
        break;
      }
      if (!Number.isFinite(t.requirement)) {
        r = d(
          r,
          'The requirement of the "max_value" action is not JSON compatible.',
        );
        break;
      }
      e.maximum = ee(e.maximum, t.requirement);
      break;
    case "metadata":
      (typeof t.metadata.title == "string" && (e.title = t.metadata.title),
        typeof t.metadata.description == "string" &&
          (e.description = t.metadata.description),
        Array.isArray(t.metadata.examples) &&
          (Array.isArray(e.examples)
            ? (e.examples = [...e.examples, ...t.metadata.examples])
            : (e.examples = t.metadata.examples)));
      for (let s of Object.keys(t.metadata))
        s !== "title" &&
          s !== "description" &&
          s !== "examples" &&
          s !== "__proto__" &&
          (e[s] = t.metadata[s]);
      break;
    case "min_entries":
      if (!Number.isInteger(t.requirement) || t.requirement < 0) {
        r = d(
          r,
          'The requirement of the "min_entries" action must be a non-negative integer.',
        );
        break;
      }
      e.minProperties = B(e.minProperties, t.requirement);
      break;
    case "min_length":
      if (!Number.isInteger(t.requirement) || t.requirement < 0) {
        r = d(
          r,
          'The requirement of the "min_length" action must be a non-negative integer.',
        );
        break;
      }
      e.type === "array"
        ? (e.minItems = B(e.minItems, t.requirement))
        : (e.type !== "string" &&
            (r = d(
              r,
              `The "${t.type}" action is not supported on type "${e.type}".`,
            )),
          (e.minLength = B(e.minLength, t.requirement)));
      break;
    case "min_value":
      if (e.type !== "number" && e.type !== "integer") {
        r = d(
          r,
          `The "min_value" action is not supported on type "${e.type}".`,
        );
        break;
      }
      if (!Number.isFinite(t.requirement)) {
        r = d(
          r,
          'The requirement of the "min_value" action is not JSON compatible.',
        );
        break;
      }
      e.minimum = B(e.minimum, t.requirement);
      break;
    case "multiple_of":
      e.multipleOf = t.requirement;
      break;
    case "non_empty":
      e.type === "array"
        ? (e.minItems = B(e.minItems, 1))
        : (e.type !== "string" &&
            (r = d(
              r,
              `The "${t.type}" action is not supported on type "${e.type}".`,
            )),
          (e.minLength = B(e.minLength, 1)));
      break;
    case "not_value":
      if (!dt(t.requirement)) {
        r = d(
          r,
          'The requirement of the "not_value" action is not JSON compatible.',
        );
        break;
      }
      e.not = cn(
        e.not,
        n?.target === "openapi-3.0"
          ? { enum: [t.requirement] }
          : { const: t.requirement },
      );
      break;
    case "not_values":
      if (!zr(t.requirement)) {
        r = d(
          r,
          'A requirement of the "not_values" action is not JSON compatible.',
        );
        break;
      }
      t.requirement.length &&
        (e.not = cn(e.not, { enum: [...new Set(t.requirement)] }));
      break;
    case "regex":
      (t.requirement.flags &&
        (r = d(r, "RegExp flags are not supported by JSON Schema.")),
        e.pattern
          ? (r = d(
              r,
              `The "${t.type}" action is not supported in combination with another regex action.`,
            ))
          : (e.pattern = t.requirement.source));
      break;
    case "safe_integer":
      ((e.type = "integer"),
        (e.minimum = B(e.minimum, Number.MIN_SAFE_INTEGER)),
        (e.maximum = ee(e.maximum, Number.MAX_SAFE_INTEGER)));
      break;
    case "starts_with":
      e.pattern
        ? (r = d(
            r,
            `The "${t.type}" action is not supported in combination with another regex action.`,
          ))
        : (e.pattern = `^${an(t.requirement)}`);
      break;
    case "title":
      e.title = t.title;
      break;
    case "url":
      e.format = "uri";
      break;
    case "uuid":
      e.format = "uuid";
      break;
    case "value":
      if (!dt(t.requirement)) {
        r = d(
          r,
          'The requirement of the "value" action is not JSON compatible.',
        );
        break;
      }
      n?.target === "openapi-3.0"
        ? Br(e, [t.requirement])
        : "const" in e && e.const !== t.requirement
          ? (r = d(
              r,
              `The "${t.type}" action is not supported in combination with a different "const" restriction.`,
            ))
          : (e.const = t.requirement);
      break;
    case "values":
      if (!zr(t.requirement)) {
        r = d(
          r,
          'A requirement of the "values" action is not JSON compatible.',
        );
        break;
      }
      Br(e, t.requirement);
      break;
    default:
      r = d(r, `The "${t.type}" action cannot be converted to JSON Schema.`);
  }
  if (n?.overrideAction) {
    let s = n.overrideAction({ valibotAction: t, jsonSchema: e, errors: r });
    if (s) return { ...s };
  }
  if (r) for (let s of r) un(s, n);
  return e;
}
function Wr(e) {
  return e.flatMap((t) => ("pipe" in t ? Wr(t.pipe) : t));
}
function Vr(e) {
  return `#/$defs/${e.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
function k(e, t, n, r, s = !1) {
  if (!s) {
    let o = r.referenceMap.get(t);
    if (o) {
      if (((e.$ref = Vr(o)), n?.overrideRef)) {
        let a = n.overrideRef({
          ...r,
          referenceId: o,
          valibotSchema: t,
          jsonSchema: e,
        });
        a && (e.$ref = a);
      }
      return e;
    }
  }
  if ("pipe" in t) {
    let o = Wr(t.pipe),
      a = 0,
      u = o.length - 1;
    if (n?.typeMode === "input") {
      let c = o
        .slice(1)
        .findIndex(
          (l) =>
            l.kind === "schema" ||
            (l.kind === "transformation" &&
              (l.type === "find_item" ||
                l.type === "parse_json" ||
                l.type === "raw_transform" ||
                l.type === "reduce_items" ||
                l.type === "stringify_json" ||
                l.type === "to_bigint" ||
                l.type === "to_boolean" ||
                l.type === "to_date" ||
                l.type === "to_number" ||
                l.type === "to_string" ||
                l.type === "transform")),
        );
      c !== -1 && (u = c);
    } else if (n?.typeMode === "output") {
      let c = o.findLastIndex((l) => l.kind === "schema");
      c !== -1 && (a = c);
    }
    for (let c = a; c <= u; c++) {
      let l = o[c];
      l.kind === "schema"
        ? (c > a &&
            un(
              'Set the "typeMode" config to "input" or "output" to convert pipelines with multiple schemas.',
              n,
            ),
          (e = k(e, l, n, r, !0)))
        : (e = $o(e, l, n));
    }
    return e;
  }
  let i;
  switch (t.type) {
    case "boolean":
      e.type = "boolean";
      break;
    case "null":
      n?.target === "openapi-3.0" ? (e.enum = [null]) : (e.type = "null");
      break;
    case "number":
      e.type = "number";
      break;
    case "string":
      e.type = "string";
      break;
    case "array":
      ((e.type = "array"), (e.items = k({}, t.item, n, r)));
      break;
    case "tuple":
    case "tuple_with_rest":
    case "loose_tuple":
    case "strict_tuple":
      if (((e.type = "array"), n?.target === "openapi-3.0")) {
        ((e.items = { anyOf: [] }), (e.minItems = t.items.length));
        for (let o of t.items) e.items.anyOf.push(k({}, o, n, r));
        t.type === "tuple_with_rest"
          ? e.items.anyOf.push(k({}, t.rest, n, r))
          : (t.type === "strict_tuple" || t.type === "tuple") &&
            (e.maxItems = t.items.length);
      } else if (n?.target === "draft-2020-12") {
        ((e.prefixItems = []), (e.minItems = t.items.length));
        for (let o of t.items) e.prefixItems.push(k({}, o, n, r));
        t.type === "tuple_with_rest"
          ? (e.items = k({}, t.rest, n, r))
          : t.type === "strict_tuple" && (e.items = !1);
      } else {
        ((e.items = []), (e.minItems = t.items.length));
        for (let o of t.items) e.items.push(k({}, o, n, r));
        t.type === "tuple_with_rest"
          ? (e.additionalItems = k({}, t.rest, n, r))
          : t.type === "strict_tuple" && (e.additionalItems = !1);
      }
      break;
    case "object":
    case "object_with_rest":
    case "loose_object":
    case "strict_object":
      ((e.type = "object"), (e.properties = {}), (e.required = []));
      for (let o in t.entries) {
        let a = t.entries[o];
        ((e.properties[o] = k({}, a, n, r)),
          a.type !== "exact_optional" &&
            a.type !== "nullish" &&
            a.type !== "optional" &&
            e.required.push(o));
      }
      t.type === "object_with_rest"
        ? (e.additionalProperties = k({}, t.rest, n, r))
        : t.type === "strict_object" && (e.additionalProperties = !1);
      break;
    case "record":
      (n?.target === "openapi-3.0" &&
        "pipe" in t.key &&
        (i = d(
          i,
          'The "record" schema with a schema for the key that contains a "pipe" cannot be converted to JSON Schema.',
        )),
        t.key.type !== "string" &&
          (i = d(
            i,
            `The "record" schema with the "${t.key.type}" schema for the key cannot be converted to JSON Schema.`,
          )),
        (e.type = "object"),
        n?.target !== "openapi-3.0" && (e.propertyNames = k({}, t.key, n, r)),
        (e.additionalProperties = k({}, t.value, n, r)));
      break;
    case "any":
    case "unknown":
      break;
    case "never":
      e.not = {};
      break;
    case "nullable":
    case "nullish":
      if (n?.target === "openapi-3.0") {
        let o = k({}, t.wrapped, n, r);
        (Object.assign(e, o), (e.nullable = !0));
      } else e.anyOf = [k({}, t.wrapped, n, r), { type: "null" }];
      t.default !== void 0 &&
        (e.default = typeof t.default == "function" ? t.default() : t.default);
      break;
    case "exact_optional":
    case "optional":
    case "undefinedable":
      ((e = k(e, t.wrapped, n, r)),
        t.default !== void 0 &&
          (e.default =
            typeof t.default == "function" ? t.default() : t.default));
      break;
    case "literal":
      if (!dt(t.literal)) {
        i = d(i, 'The value of the "literal" schema is not JSON compatible.');
        break;
      }
      n?.target === "openapi-3.0"
        ? (e.enum = [t.literal])
        : (e.const = t.literal);
      break;
    case "enum":
    case "picklist": {
      let o = t.options;
      if (
        !o.every(
          (a) =>
            typeof a == "string" ||
            (typeof a == "number" && Number.isFinite(a)),
        )
      ) {
        i = d(i, `An option of the "${t.type}" schema is not JSON compatible.`);
        break;
      }
      ((e.enum = o),
        o.every((a) => typeof a == "string")
          ? (e.type = "string")
          : o.every((a) => typeof a == "number")
            ? (e.type = "number")
            : n?.target !== "openapi-3.0" && (e.type = ["string", "number"]));
      break;
    }
    case "union":
      e.anyOf = t.options.map((o) => k({}, o, n, r));
      break;
    case "variant":
      e.oneOf = t.options.map((o) => k({}, o, n, r));
      break;
    case "intersect":
      e.allOf = t.options.map((o) => k({}, o, n, r));
      break;
    case "lazy": {
      let o = r.getterMap.get(t.getter);
      o || ((o = t.getter(void 0)), r.getterMap.set(t.getter, o));
      let a = r.referenceMap.get(o);
      if (
        (a ||
          ((a = r.referenceMap.createId(r.definitions)),
          r.referenceMap.set(o, a),
          (r.definitions[a] = k({}, o, n, r, !0))),
        (e.$ref = Vr(a)),
        n?.overrideRef)
      ) {
        let u = n.overrideRef({
          ...r,
          referenceId: a,
          valibotSchema: o,
          jsonSchema: e,
        });
        u && (e.$ref = u);
      }
      break;
    }
    default:
      i = d(i, `The "${t.type}" schema cannot be converted to JSON Schema.`);
  }
  if (n?.overrideSchema) {
    let o = n.overrideSchema({
      ...r,
      referenceId: r.referenceMap.get(t),
      valibotSchema: t,
      jsonSchema: e,
      errors: i,
    });
    if (o) return { ...o };
  }
  if (i) for (let o of i) un(o, n);
  return e;
}
function Mo(e) {
  ln = { ...(ln ?? {}), ...e };
}
function Kr() {
  return ln;
}
function pn(e, t) {
  let n = { definitions: {}, referenceMap: new Gr(), getterMap: new Map() },
    r = t?.definitions ?? Kr();
  if (r) {
    for (let o in r) n.referenceMap.set(r[o], o);
    for (let o in r) n.definitions[o] = k({}, r[o], t, n, !0);
  }
  let s = k({}, e, t, n),
    i = t?.target ?? "draft-07";
  return (
    i === "draft-2020-12"
      ? (s.$schema = "https://json-schema.org/draft/2020-12/schema")
      : i === "draft-07" &&
        (s.$schema = "http://json-schema.org/draft-07/schema#"),
    n.referenceMap.size && (s.$defs = n.definitions),
    s
  );
}
function Do(e, t) {
  let n = { definitions: {}, referenceMap: new Gr(), getterMap: new Map() };
  for (let r in e) n.referenceMap.set(e[r], r);
  for (let r in e) n.definitions[r] = k({}, e[r], t, n, !0);
  return n.definitions;
}
function qo(e) {
  return {
    "~standard": {
      ...e["~standard"],
      jsonSchema: {
        input(t) {
          if (Hr.includes(t.target))
            return pn(e, {
              typeMode: "input",
              target: t.target,
              ...t.libraryOptions,
            });
          throw new Error(`Unsupported target: ${t.target}`);
        },
        output(t) {
          if (Hr.includes(t.target))
            return pn(e, {
              typeMode: "output",
              target: t.target,
              ...t.libraryOptions,
            });
          throw new Error(`Unsupported target: ${t.target}`);
        },
      },
    },
  };
}
var So,
  Gr,
  ln,
  Hr,
  Xr = O(() => {
    So = /[.*+?^${}()|[\]\\]/g;
    Gr = class extends Map {
      constructor() {
        (super(), (this.count = 0), (this.usedIds = new Set()));
      }
      set(e, t) {
        return (this.usedIds.add(t), super.set(e, t));
      }
      createId(e) {
        for (; this.usedIds.has(`${this.count}`) || `${this.count}` in e;)
          this.count++;
        return `${this.count++}`;
      }
    };
    Hr = ["draft-07", "draft-2020-12", "openapi-3.0"];
  });
var Zr = {};
C(Zr, { default: () => Lo });
async function Lo() {
  try {
    let { toJsonSchema: e } = await Promise.resolve().then(() => (Xr(), Jr));
    return e;
  } catch {
    throw new z("@valibot/to-json-schema");
  }
}
var Qr = O(() => {
  Pe();
});
var Yr = {};
C(Yr, { default: () => jo });
async function jo() {
  return async (e, t) => {
    let n;
    if ("_zod" in e)
      try {
        n = (await import("zod/v4/core")).toJSONSchema;
      } catch {
        throw Uo;
      }
    else
      try {
        n = (await import("zod-to-json-schema")).zodToJsonSchema;
      } catch {
        throw new z("zod-to-json-schema");
      }
    return n(e, t);
  };
}
var Uo,
  es = O(() => {
    Pe();
    Uo = new z("zod v4");
  });
var fn,
  yt,
  z,
  Fo,
  be,
  Pe = O(() => {
    Sr();
    ((fn = new Map()),
      (yt = class extends Error {
        constructor(t) {
          super(`standard-json: Unsupported schema vendor "${t}".`);
        }
      }),
      (z = class extends Error {
        constructor(t) {
          super(`standard-json: Missing dependencies "${t}".`);
        }
      }),
      (Fo = async (e) => {
        let t = fn.get(e);
        if (t) return t;
        let n;
        switch (e) {
          case "arktype":
            n = (await Promise.resolve().then(() => (Mr(), $r))).default();
            break;
          case "effect":
            n = (await Promise.resolve().then(() => (qr(), Dr))).default();
            break;
          case "sury":
            n = (await Promise.resolve().then(() => (Ur(), Lr))).default();
            break;
          case "typebox":
            n = (await Promise.resolve().then(() => (Fr(), jr))).default();
            break;
          case "valibot":
            n = (await Promise.resolve().then(() => (Qr(), Zr))).default();
            break;
          case "zod":
            n = (await Promise.resolve().then(() => (es(), Yr))).default();
            break;
          default:
            throw new yt(e);
        }
        let r = await n;
        return (fn.set(e, r), r);
      }),
      (be = on({
        sync: (e, t) => {
          let n = e["~standard"].vendor,
            r = fn.get(n);
          if (!r) throw new yt(n);
          return r(e, t);
        },
        async: async (e, t) => (await Fo(e["~standard"].vendor))(e, t),
      })));
  });
var ze = O(() => {
  Pe();
});
function te(e, t) {
  let n = JSON.parse(JSON.stringify(e));
  if (
    ("nullable" in n &&
      n.nullable === !0 &&
      (n.type
        ? Array.isArray(n.type)
          ? n.type.includes("null") || n.type.push("null")
          : (n.type = [n.type, "null"])
        : (n.type = ["null"]),
      delete n.nullable),
    n.$schema && delete n.$schema,
    [
      "properties",
      "additionalProperties",
      "items",
      "additionalItems",
      "allOf",
      "anyOf",
      "oneOf",
      "not",
      "if",
      "then",
      "else",
      "definitions",
      "$defs",
      "patternProperties",
      "propertyNames",
      "contains",
    ].forEach((s) => {
      if (n[s] && (typeof n[s] == "object" || Array.isArray(n[s])))
        if (
          s === "properties" ||
          s === "definitions" ||
          s === "$defs" ||
          s === "patternProperties"
        )
          for (let i in n[s]) n[s][i] = te(n[s][i], t);
        else
          s === "allOf" || s === "anyOf" || s === "oneOf"
            ? (n[s] = n[s].map((i) => te(i, t)))
            : s === "items" && Array.isArray(n[s])
              ? (n[s] = n[s].map((i) => te(i, t)))
              : (n[s] = te(n[s], t));
    }),
    (n.$defs || n.definitions) &&
      ((t.components.schemas = {
        ...n.definitions,
        ...n.$defs,
        ...t.components.schemas,
      }),
      delete n.$defs,
      delete n.definitions),
    n.ref || n.$id)
  ) {
    let { ref: s, $id: i, ...o } = n,
      a = s || i;
    return (
      (t.components.schemas = { ...t.components.schemas, [a]: o }),
      { $ref: `#/components/schemas/${a}` }
    );
  } else if (n.$ref) {
    let { $ref: s, ...i } = n,
      o = s.toLowerCase();
    return o.startsWith("http://") ||
      o.startsWith("https://") ||
      s.startsWith("//")
      ? { ...i, $ref: s }
      : { $ref: `#/components/schemas/${s.split("/").pop()}` };
  }
  return n;
}
var ht = O(() => {});
var ts = {};
C(ts, { default: () => Bo });
function Bo() {
  return async (e, t) => {
    let n = await be(e, {
      errorMode: "ignore",
      overrideAction: ({ valibotAction: r, jsonSchema: s }) => {
        let i = te(s, t);
        if (r.kind === "metadata" && r.type === "metadata" && !("$ref" in i)) {
          let o = r.metadata;
          if (
            (o.example !== void 0 && (i.example = o.example),
            o.examples && o.examples.length > 0 && (i.examples = o.examples),
            o.ref)
          )
            return (
              (t.components.schemas = { ...t.components.schemas, [o.ref]: i }),
              { $ref: `#/components/schemas/${o.ref}` }
            );
        }
        return i;
      },
      ...t.options,
    });
    return ("$schema" in n && delete n.$schema, n);
  };
}
var ns = O(() => {
  ze();
  ht();
});
var rs = {};
C(rs, { default: () => mn });
function mn() {
  return async (e, t) => te(await be(e, t.options), t);
}
var dn = O(() => {
  ze();
  ht();
});
var ss = {};
C(ss, { default: () => Vo });
function Vo() {
  return async (e, t) => {
    if ("_zod" in e)
      return mn()(e, {
        components: t.components,
        options: { io: "input", ...t.options },
      });
    try {
      let { createSchema: n } = await import("zod-openapi"),
        { schema: r, components: s } = n(e, {
          schemaType: "input",
          ...t.options,
        });
      return (
        s && (t.components.schemas = { ...t.components.schemas, ...s }),
        r
      );
    } catch {
      throw new Error(os('Missing dependencies "zod-openapi v4".'));
    }
  };
}
var is = O(() => {
  dn();
  yn();
  ze();
  ht();
});
var os,
  as,
  Ho,
  hn,
  yn = O(() => {
    ((os = (e) => `standard-openapi: ${e}`),
      (as = new Map()),
      (Ho = async (e) => {
        let t = as.get(e);
        if (t) return t;
        let n;
        switch (e) {
          case "valibot":
            n = (await Promise.resolve().then(() => (ns(), ts))).default();
            break;
          case "zod":
            n = (await Promise.resolve().then(() => (is(), ss))).default();
            break;
          default:
            n = (await Promise.resolve().then(() => (dn(), rs))).default();
        }
        return (as.set(e, n), n);
      }),
      (hn = async (e, t = {}) => {
        let n = await Ho(e["~standard"].vendor),
          { components: r = {}, options: s } = t;
        return {
          schema: await n(e, { components: r, options: s }),
          components: Object.keys(r).length > 0 ? r : void 0,
        };
      }));
  });
var qt = (e) => {
    let t = "",
      n = new Uint8Array(e);
    for (let r = 0, s = n.length; r < s; r++) t += String.fromCharCode(n[r]);
    return btoa(t);
  },
  er = (e) => {
    let t = atob(e),
      n = new Uint8Array(new ArrayBuffer(t.length)),
      r = t.length / 2;
    for (let s = 0, i = t.length - 1; s <= r; s++, i--)
      ((n[s] = t.charCodeAt(s)), (n[i] = t.charCodeAt(i)));
    return n;
  };
function Ie(e) {
  return /[^\x00-\x7F]/.test(e) ? encodeURIComponent(e) : e;
}
var Di = (e) => e.requestContext;
var Lt =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (n, r) => {
      let s = Hi(n),
        i,
        o;
      try {
        ((i = s.createRequest(n)), (o = Di(n)));
      } catch (u) {
        console.error("Error processing request:", u);
        let c =
          u instanceof TypeError
            ? new Response("Invalid request", { status: 400 })
            : new Response("Internal Server Error", { status: 500 });
        return s.createResult(n, c, { isContentTypeBinary: t });
      }
      let a = await e.fetch(i, {
        event: n,
        requestContext: o,
        lambdaContext: r,
      });
      return s.createResult(n, a, { isContentTypeBinary: t });
    },
  rt = class {
    getHeaderValue(e, t) {
      return e ? (Array.isArray(e[t]) ? e[t][0] : e[t]) : void 0;
    }
    getDomainName(e) {
      if (e.requestContext && "domainName" in e.requestContext)
        return e.requestContext.domainName;
      let t = this.getHeaderValue(e.headers, "host");
      if (t) return t;
      let n = "multiValueHeaders" in e ? e.multiValueHeaders : {};
      return this.getHeaderValue(n, "host");
    }
    createRequest(e) {
      let t = this.getQueryString(e),
        n = `https://${this.getDomainName(e)}${this.getPath(e)}`,
        r = t ? `${n}?${t}` : n,
        s = this.getHeaders(e),
        i = { headers: s, method: this.getMethod(e) };
      if (e.body) {
        let o = e.isBase64Encoded
          ? er(e.body)
          : new TextEncoder().encode(e.body);
        ((i.body = o), s.set("content-length", o.length.toString()));
      }
      return new Request(r, i);
    }
    async createResult(e, t, n) {
      let r = t.headers.get("content-type"),
        s = n.isContentTypeBinary ?? tr,
        i = !!(r && s(r));
      if (!i) {
        let a = t.headers.get("content-encoding");
        i = Ji(a);
      }
      let o = {
        body: i ? qt(await t.arrayBuffer()) : await t.text(),
        statusCode: t.status,
        isBase64Encoded: i,
        ...("multiValueHeaders" in e && e.multiValueHeaders
          ? { multiValueHeaders: {} }
          : { headers: {} }),
      };
      return (
        this.setCookies(e, t, o),
        o.multiValueHeaders
          ? t.headers.forEach((a, u) => {
              o.multiValueHeaders[u] = [a];
            })
          : t.headers.forEach((a, u) => {
              o.headers[u] = a;
            }),
        o
      );
    }
    setCookies(e, t, n) {
      if (t.headers.has("set-cookie")) {
        let r = t.headers.getSetCookie
          ? t.headers.getSetCookie()
          : Array.from(t.headers.entries())
              .filter(([s]) => s === "set-cookie")
              .map(([, s]) => s);
        Array.isArray(r) &&
          (this.setCookiesToResult(n, r), t.headers.delete("set-cookie"));
      }
    }
  },
  qi = class extends rt {
    getPath(e) {
      return e.rawPath;
    }
    getMethod(e) {
      return e.requestContext.http.method;
    }
    getQueryString(e) {
      return e.rawQueryString;
    }
    getCookies(e, t) {
      Array.isArray(e.cookies) && t.set("Cookie", e.cookies.join("; "));
    }
    setCookiesToResult(e, t) {
      e.cookies = t;
    }
    getHeaders(e) {
      let t = new Headers();
      if ((this.getCookies(e, t), e.headers))
        for (let [n, r] of Object.entries(e.headers)) r && t.set(n, Ie(r));
      return t;
    }
  },
  Li = new qi(),
  Ui = class extends rt {
    getPath(e) {
      return e.path;
    }
    getMethod(e) {
      return e.httpMethod;
    }
    getQueryString(e) {
      return e.multiValueQueryStringParameters
        ? Object.entries(e.multiValueQueryStringParameters || {})
            .filter(([, t]) => t)
            .map(([t, n]) =>
              n
                .map((r) => `${encodeURIComponent(t)}=${encodeURIComponent(r)}`)
                .join("&"),
            )
            .join("&")
        : Object.entries(e.queryStringParameters || {})
            .filter(([, t]) => t !== void 0)
            .map(
              ([t, n]) =>
                `${encodeURIComponent(t)}=${encodeURIComponent(n || "")}`,
            )
            .join("&");
    }
    getCookies(e, t) {}
    getHeaders(e) {
      let t = new Headers();
      if ((this.getCookies(e, t), e.multiValueHeaders))
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          r && r.forEach((s) => t.append(n, Ie(s)));
      if (e.headers)
        for (let [n, r] of Object.entries(e.headers))
          r && !t.has(n) && t.set(n, Ie(r));
      return t;
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders = { "set-cookie": t };
    }
  },
  ji = new Ui(),
  Fi = class extends rt {
    getHeaders(e) {
      let t = new Headers();
      if (e.multiValueHeaders) {
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          if (r && Array.isArray(r)) {
            let s = Ie(r.join("; "));
            t.set(n, s);
          }
      } else
        for (let [n, r] of Object.entries(e.headers ?? {}))
          r && t.set(n, Ie(r));
      return t;
    }
    getPath(e) {
      return e.path;
    }
    getMethod(e) {
      return e.httpMethod;
    }
    getQueryString(e) {
      return e.multiValueQueryStringParameters
        ? Object.entries(e.multiValueQueryStringParameters || {})
            .filter(([, t]) => t)
            .map(([t, n]) => `${t}=${n.join(`&${t}=`)}`)
            .join("&")
        : Object.entries(e.queryStringParameters || {})
            .filter(([, t]) => t !== void 0)
            .map(([t, n]) => `${t}=${n}`)
            .join("&");
    }
    getCookies(e, t) {
      let n;
      (e.multiValueHeaders
        ? (n = e.multiValueHeaders.cookie?.join("; "))
        : (n = e.headers ? e.headers.cookie : void 0),
        n && t.append("Cookie", n));
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders
        ? (e.multiValueHeaders["set-cookie"] = t)
        : (e.headers["set-cookie"] = t[0]);
    }
  },
  zi = new Fi(),
  Bi = class extends rt {
    getPath(e) {
      return e.path;
    }
    getMethod(e) {
      return e.method;
    }
    getQueryString() {
      return "";
    }
    getHeaders(e) {
      let t = new Headers();
      if (e.headers)
        for (let [n, r] of Object.entries(e.headers))
          r && r.forEach((s) => t.append(n, Ie(s)));
      return t;
    }
    getCookies() {}
    setCookiesToResult(e, t) {
      e.headers = { ...e.headers, "set-cookie": t };
    }
  },
  Vi = new Bi(),
  Hi = (e) => (Gi(e) ? zi : Wi(e) ? Li : Ki(e) ? Vi : ji),
  Gi = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  Wi = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  Ki = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  tr = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  Ji = (e) => !!e && !/^identity$/i.test(e);
var L = class extends Error {
  res;
  status;
  constructor(e = 500, t) {
    (super(t?.message, { cause: t?.cause }),
      (this.res = t?.res),
      (this.status = e));
  }
  getResponse() {
    return this.res
      ? new Response(this.res.body, {
          status: this.status,
          headers: this.res.headers,
        })
      : new Response(this.message, { status: this.status });
  }
};
var _e = Symbol();
var st = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (n) => n.toLowerCase()) },
  }).formData();
var Xi = 1e4,
  it = (e) => "headers" in e,
  sr = async (e, t = Object.create(null)) => {
    let { all: n = !1, dot: r = !1 } = t,
      s = (it(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Zi(e, { all: n, dot: r })
      : {};
  };
async function Zi(e, t) {
  if (!it(e) && e.bodyCache.formData) return nr(await e.bodyCache.formData, t);
  let n = it(e) ? e.headers : e.raw.headers,
    r = await e.arrayBuffer(),
    s = st(r, n.get("Content-Type") || "");
  it(e) || (e.bodyCache.formData = s);
  let i = await s;
  return i ? nr(i, t) : {};
}
function nr(e, t) {
  let n = Object.create(null),
    r = { count: 0 };
  return (
    e.forEach((s, i) => {
      t.all || i.endsWith("[]") ? Qi(n, i, s) : (n[i] = s);
    }),
    t.dot &&
      Object.entries(n).forEach(([s, i]) => {
        s.includes(".") && (Yi(n, s, i, r), delete n[s]);
      }),
    n
  );
}
var Qi = (e, t, n) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(n)
        : (e[t] = [e[t], n])
      : t.endsWith("[]")
        ? (e[t] = [n])
        : (e[t] = n);
  },
  Yi = (e, t, n, r) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let s = e,
      i = t.split(".", 34);
    (i.length > 33 && rr(),
      i.forEach((o, a) => {
        a === i.length - 1
          ? (s[o] = n)
          : ((!s[o] ||
              typeof s[o] != "object" ||
              Array.isArray(s[o]) ||
              s[o] instanceof File) &&
              (r.count++ >= Xi && rr(), (s[o] = Object.create(null))),
            (s = s[o]));
      }));
  },
  rr = () => {
    throw new Error("Nesting limit exceeded");
  };
var Ft = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  Le = (e) => {
    let { groups: t, path: n } = eo(e),
      r = Ft(n);
    return to(r, t);
  },
  eo = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (n, r) => {
        let s = `@${r}`;
        return (t.push([s, n]), s);
      })),
      { groups: t, path: e }
    );
  },
  to = (e, t) => {
    for (let n = t.length - 1; n >= 0; n--) {
      let [r] = t[n];
      for (let s = e.length - 1; s >= 0; s--)
        if (e[s].includes(r)) {
          e[s] = e[s].replace(r, t[n][1]);
          break;
        }
    }
    return e;
  },
  ot = {},
  Ue = (e, t) => {
    if (e === "*") return "*";
    let n = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (n) {
      let r = `${e}#${t}`;
      return (
        ot[r] ||
          (n[2]
            ? (ot[r] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [r, n[1], new RegExp(`^${n[2]}(?=/${t})`)]
                  : [e, n[1], new RegExp(`^${n[2]}$`)])
            : (ot[r] = [e, n[1], !0])),
        ot[r]
      );
    }
    return null;
  },
  at = (e, t) => {
    try {
      return t(e);
    } catch {
      return e.replace(/(?:%[0-9A-Fa-f]{2})+/g, (n) => {
        try {
          return t(n);
        } catch {
          return n;
        }
      });
    }
  };
var Ut = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  zt = (e) => {
    let t = e.url,
      n = t.indexOf("/", t.indexOf(":") + 4),
      r = n;
    for (; r < t.length; r++) {
      let s = t.charCodeAt(r);
      if (s === 37) {
        let i = t.indexOf("?", r),
          o = t.indexOf("#", r),
          a =
            i === -1 ? (o === -1 ? void 0 : o) : o === -1 ? i : Math.min(i, o),
          u = t.slice(n, a),
          c = at(u, Ut);
        if (/%(?![0-9A-Fa-f]{2})/.test(u)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = c.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            at(l.pathname, Ut) !== c)
          )
            return at(u.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), Ut);
        }
        return c;
      } else if (s === 63 || s === 35) break;
    }
    return t.slice(n, r);
  };
var ir = (e) => {
    let t = zt(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  ge = (e, t, ...n) => (
    n.length && (t = ge(t, ...n)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  ut = (e) => {
    if (e.charCodeAt(e.length - 1) !== 63 || !e.includes(":")) return null;
    let t = e.split("/"),
      n = [],
      r = "";
    return (
      t.forEach((s) => {
        if (s !== "" && !/\:/.test(s)) r += "/" + s;
        else if (/\:/.test(s))
          if (s.charCodeAt(s.length - 1) === 63) {
            n.length === 0 && r === "" ? n.push("/") : n.push(r);
            let i = s.slice(0, -1);
            ((r += "/" + i), n.push(r));
          } else r += "/" + s;
      }),
      n.filter((s, i, o) => o.indexOf(s) === i)
    );
  },
  Ae = (e) => (e.indexOf("%") !== -1 ? at(e, no) : e),
  jt = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), Ae(e)),
  or = (e, t, n) => {
    let r = e.indexOf("#", 8);
    r !== -1 && (e = e.slice(0, r));
    let s;
    if (!n && t && !/[%+&=]/.test(t)) {
      let a = e.indexOf("?", 8),
        u = a;
      if (u === -1) return;
      for (
        e.startsWith(t, u + 1) || (u = e.indexOf(`&${t}`, u + 1));
        u !== -1;
      ) {
        let c = e.charCodeAt(u + t.length + 1);
        if (c === 61 || c === 38 || isNaN(c)) {
          if (u > a && /(?:^|&)[^=&]*[%+]/.test(e.slice(a + 1, u))) break;
          if (c === 61) {
            let l = u + t.length + 2,
              p = e.indexOf("&", l);
            return jt(e.slice(l, p === -1 ? void 0 : p));
          }
          return "";
        }
        u = e.indexOf(`&${t}`, u + 1);
      }
      if (((s = /[%+]/.test(e)), !s)) return;
    }
    let i = Object.create(null);
    s ??= /[%+]/.test(e);
    let o = e.indexOf("?", 8);
    for (; o !== -1;) {
      let a = e.indexOf("&", o + 1),
        u = e.indexOf("=", o);
      u > a && a !== -1 && (u = -1);
      let c = e.slice(o + 1, u === -1 ? (a === -1 ? void 0 : a) : u);
      if ((s && (c = jt(c)), (o = a), c === "")) continue;
      let l;
      (u === -1
        ? (l = "")
        : ((l = e.slice(u + 1, a === -1 ? void 0 : a)), s && (l = jt(l))),
        n
          ? ((i[c] && Array.isArray(i[c])) || (i[c] = []), i[c].push(l))
          : (i[c] ??= l));
    }
    return t ? i[t] : i;
  },
  ar = or,
  ur = (e, t) => or(e, t, !0),
  no = decodeURIComponent;
var cr = class {
  raw;
  #t;
  #e;
  routeIndex = 0;
  path;
  bodyCache = {};
  constructor(e, t = "/", n = [[]]) {
    ((this.raw = e), (this.path = t), (this.#e = n));
  }
  param(e) {
    return e ? this.#n(e) : this.#i();
  }
  #n(e) {
    let t = this.#e[0][this.routeIndex]?.[1][e],
      n = this.#s(t);
    return n && Ae(n);
  }
  #i() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let n of t) {
      let r = this.#s(this.#e[0][this.routeIndex][1][n]);
      r !== void 0 && (e[n] = Ae(r));
    }
    return e;
  }
  #s(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return ar(this.url, e);
  }
  queries(e) {
    return ur(this.url, e);
  }
  header(e) {
    if (e) return this.raw.headers.get(e) ?? void 0;
    let t = Object.create(null);
    return (
      this.raw.headers.forEach((n, r) => {
        t[r] = n;
      }),
      t
    );
  }
  async parseBody(e) {
    return sr(this, e);
  }
  #r = (e) => {
    let { bodyCache: t, raw: n } = this,
      r = t[e];
    if (r) return r;
    for (let s in t)
      return t[s].then((i) => {
        s === "json" && (i = JSON.stringify(i));
        let o = s === "formData" ? void 0 : n.headers.get("content-type");
        return new Response(i, { headers: o ? { "Content-Type": o } : void 0 })[
          e
        ]();
      });
    return (t[e] = n[e]());
  };
  json() {
    return this.#r("text").then((e) => JSON.parse(e));
  }
  text() {
    return this.#r("text");
  }
  arrayBuffer() {
    return this.#r("arrayBuffer");
  }
  bytes() {
    return this.#r("arrayBuffer").then((e) => new Uint8Array(e));
  }
  blob() {
    return this.#r("blob");
  }
  formData() {
    return this.#r("formData");
  }
  addValidatedData(e, t) {
    (this.#t ??= {})[e] = t;
  }
  valid(e) {
    return this.#t?.[e];
  }
  get url() {
    return this.raw.url;
  }
  get method() {
    return this.raw.method;
  }
  get [_e]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var lr = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  ro = (e, t) => {
    let n = new String(e);
    return ((n.isEscaped = !0), (n.callbacks = t), n);
  };
var Bt = async (e, t, n, r, s) => {
  typeof e == "object" &&
    !(e instanceof String) &&
    (e instanceof Promise || (e = e.toString()),
    e instanceof Promise && (e = await e));
  let i = e.callbacks;
  if (!i?.length) return Promise.resolve(e);
  s ? (s[0] += e) : (s = [e]);
  let o = Promise.all(
    i.map((a) => a({ phase: t, buffer: s, context: r })),
  ).then((a) =>
    Promise.all(a.filter(Boolean).map((u) => Bt(u, t, !1, r, s))).then(
      () => s[0],
    ),
  );
  return n ? ro(await o, i) : o;
};
var so = "text/plain; charset=UTF-8",
  Vt = (e, t) => ({ "Content-Type": e, ...t }),
  je = (e, t) => new Response(e, t),
  Ht = class {
    #t;
    #e;
    env = {};
    #n;
    finalized = !1;
    error;
    #i;
    #s;
    #r;
    #l;
    #u;
    #c;
    #a;
    #p;
    #f;
    constructor(e, t) {
      ((this.#t = e),
        t &&
          ((this.#s = t.executionCtx),
          (this.env = t.env),
          (this.#c = t.notFoundHandler),
          (this.#f = t.path),
          (this.#p = t.matchResult)));
    }
    get req() {
      return ((this.#e ??= new cr(this.#t, this.#f, this.#p)), this.#e);
    }
    get event() {
      if (this.#s && "respondWith" in this.#s) return this.#s;
      throw Error("This context has no FetchEvent");
    }
    get executionCtx() {
      if (this.#s) return this.#s;
      throw Error("This context has no ExecutionContext");
    }
    get res() {
      return (this.#r ||= je(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(e) {
      if (this.#r && e) {
        e = je(e.body, e);
        for (let [t, n] of this.#r.headers.entries())
          if (t !== "content-type")
            if (t === "set-cookie") {
              let r = this.#r.headers.getSetCookie();
              e.headers.delete("set-cookie");
              for (let s of r) e.headers.append("set-cookie", s);
            } else e.headers.set(t, n);
      }
      ((this.#r = e), (this.finalized = !0));
    }
    render = (...e) => ((this.#u ??= (t) => this.html(t)), this.#u(...e));
    setLayout = (e) => (this.#l = e);
    getLayout = () => this.#l;
    setRenderer = (e) => {
      this.#u = e;
    };
    header = (e, t, n) => {
      this.finalized &&
        !this.#r.bodyUsed &&
        (this.#r = je(this.#r.body, this.#r));
      let r = this.#r ? this.#r.headers : (this.#a ??= new Headers());
      t === void 0 ? r.delete(e) : n?.append ? r.append(e, t) : r.set(e, t);
    };
    status = (e) => {
      this.#i = e;
    };
    set = (e, t) => {
      ((this.#n ??= new Map()), this.#n.set(e, t));
    };
    get = (e) => (this.#n ? this.#n.get(e) : void 0);
    get var() {
      return this.#n ? Object.fromEntries(this.#n) : {};
    }
    #o(e, t, n) {
      let r = this.#r ? new Headers(this.#r.headers) : this.#a;
      if (typeof t == "object" && t.headers) {
        r ??= new Headers();
        for (let [i, o] of new Headers(t.headers))
          i === "set-cookie" ? r.append(i, o) : r.set(i, o);
      }
      if (n) {
        if (!r) {
          let i = 0;
          for (let o in n)
            if (++i > 1 || typeof n[o] != "string") {
              r = new Headers();
              break;
            }
        }
        if (r)
          for (let i in n) {
            let o = n[i];
            if (typeof o == "string") r.set(i, o);
            else {
              r.delete(i);
              for (let a of o) r.append(i, a);
            }
          }
      }
      let s = typeof t == "number" ? t : (t?.status ?? this.#i);
      return je(e, { status: s, headers: r ?? n });
    }
    newResponse = (...e) => this.#o(...e);
    body = (e, t, n) => this.#o(e, t, n);
    text = (e, t, n) =>
      !this.#a && !this.#i && !t && !n && !this.finalized
        ? new Response(e)
        : this.#o(e, t, Vt(so, n));
    json = (e, t, n) =>
      this.#o(JSON.stringify(e), t, Vt("application/json", n));
    html = (e, t, n) => {
      let r = (s) => this.#o(s, t, Vt("text/html; charset=UTF-8", n));
      return typeof e == "object" ? Bt(e, lr.Stringify, !1, {}).then(r) : r(e);
    };
    redirect = (e, t) => {
      let n = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(n) ? encodeURI(n) : n),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#c ??= () => je()), this.#c(this));
  };
var Gt = (e, t, n) => (r, s) => {
  let i = -1;
  return o(0);
  async function o(a) {
    if (a <= i) throw new Error("next() called multiple times");
    i = a;
    let u,
      c = !1,
      l;
    if (
      (e[a]
        ? ((l = e[a][0][0]), (r.req.routeIndex = a))
        : (l = (a === e.length && s) || void 0),
      l)
    )
      try {
        u = await l(r, () => o(a + 1));
      } catch (p) {
        if (p instanceof Error && t)
          ((r.error = p), (u = await t(p, r)), (c = !0));
        else throw p;
      }
    else r.finalized === !1 && n && (u = await n(r));
    return (u && (r.finalized === !1 || c) && (r.res = u), r);
  }
};
var io = (e) => e.req[_e][0].map(([[, t]]) => t),
  pr = (e, t) => io(e).at(t ?? e.req.routeIndex)?.path ?? "";
var fr = ["get", "post", "put", "delete", "options", "patch", "query"],
  ct = "Can not add a route since the matcher is already built.",
  lt = class extends Error {};
var pt = "__COMPOSED_HANDLER";
var mr = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  oo = (e, t, n) => {
    if (!/[:*]/.test(t)) return t.length;
    let r = e.req.path,
      s = e.req[_e],
      i = new Set(),
      o = 0;
    for (let a of Le(t)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${n}".`,
        );
      let u = Ue(a);
      if (u && u !== "*") {
        let c = u[1];
        if (i.has(c))
          throw new Error(
            `mount(): Duplicate path parameter "${c}" in "${n}".`,
          );
        i.add(c);
      }
      if (u && u !== "*" && u[2] !== !0) {
        let c =
          s.length === 2
            ? s[1][s[0][e.req.routeIndex][1][u[1]]]
            : s[0][e.req.routeIndex][1][u[1]];
        o += c.length + 1;
      } else if (u || a.endsWith("*")) {
        let c = r.indexOf("/", o + 1);
        o = c === -1 ? r.length : c;
      } else o += a.length + 1;
    }
    return o;
  },
  dr = (e, t, n) => {
    if (/[^/]\*$/.test(n))
      throw new Error(`mount(): Wildcard must follow "/" in "${n}".`);
    let r = oo(e, t, n),
      s = e.req.path.slice(r) || "/";
    if (
      r > e.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new L(400, { message: "Invalid mounted path" });
    let i = e.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(i))
      throw new L(400, { message: "Invalid mounted path" });
    let o = i.search(/[?#]/),
      a = mr(o === -1 ? i : i.slice(0, o));
    if (a > 1 && mr(e.req.path) === a - 1)
      throw new L(400, { message: "Invalid mounted path" });
    let u = new URL(i);
    return (
      (u.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(u, e.req.raw)
    );
  };
var ao = (e) => e.text("404 Not Found", 404),
  yr = (e, t) => {
    if ("getResponse" in e) {
      let n = e.getResponse();
      return t.newResponse(n.body, n);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  hr = class gr {
    get;
    post;
    put;
    delete;
    options;
    patch;
    query;
    all;
    on;
    use;
    router;
    getPath;
    _basePath = "/";
    #t = "/";
    routes = [];
    constructor(t = {}) {
      ([...fr, "all"].forEach((s) => {
        this[s] = (i, ...o) => {
          let a = s.toUpperCase();
          return (
            typeof i == "string" ? (this.#t = i) : this.#i(a, this.#t, i),
            o.forEach((u) => {
              this.#i(a, this.#t, u);
            }),
            this
          );
        };
      }),
        (this.on = (s, i, ...o) => {
          for (let a of [i].flat()) {
            this.#t = a;
            for (let u of [s].flat()) {
              let c = u.toUpperCase();
              for (let l of o) this.#i(c, this.#t, l);
            }
          }
          return this;
        }),
        (this.use = (s, ...i) => (
          typeof s == "string"
            ? (this.#t = s)
            : ((this.#t = "*"), i.unshift(s)),
          i.forEach((o) => {
            this.#i("ALL", this.#t, o);
          }),
          this
        )));
      let { strict: n, ...r } = t;
      (Object.assign(this, r),
        (this.getPath = (n ?? !0) ? (t.getPath ?? zt) : ir));
    }
    #e() {
      let t = new gr({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#n = this.#n),
        (t.routes = this.routes),
        t
      );
    }
    #n = ao;
    errorHandler = yr;
    route(t, n) {
      let r = this.basePath(t);
      return (
        n.routes.map((s) => {
          let i;
          (n.errorHandler === yr
            ? (i = s.handler)
            : ((i = async (o, a) =>
                (await Gt([], n.errorHandler)(o, () => s.handler(o, a))).res),
              (i[pt] = s.handler)),
            r.#i(s.method, s.path, i, s.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let n = this.#e();
      return ((n._basePath = ge(this._basePath, t)), n);
    }
    onError = (t) => ((this.errorHandler = t), this);
    notFound = (t) => ((this.#n = t), this);
    mount(t, n, r) {
      let s, i;
      r &&
        (typeof r == "function"
          ? (i = r)
          : ((i = r.optionHandler),
            r.replaceRequest === !1 ? (s = (c) => c) : (s = r.replaceRequest)));
      let o = i
          ? (c) => {
              let l = i(c);
              return Array.isArray(l) ? l : [l];
            }
          : (c) => {
              let l;
              try {
                l = c.executionCtx;
              } catch {}
              return [c.env, l];
            },
        a = (c) => {
          let l = pr(c);
          return dr(c, l.replace(/\/?\*$/, ""), l);
        },
        u = async (c, l) => {
          let p = await n(s ? s(c.req.raw) : a(c), ...o(c));
          if (p) return p;
          await l();
        };
      return (this.#i("ALL", ge(t, "*"), u), this);
    }
    #i(t, n, r, s) {
      n = ge(this._basePath, n);
      let i = {
        basePath: s !== void 0 ? ge(this._basePath, s) : this._basePath,
        path: n,
        method: t,
        handler: r,
      };
      (this.router.add(t, n, [r, i]), this.routes.push(i));
    }
    #s(t, n) {
      if (t instanceof Error) return this.errorHandler(t, n);
      throw t;
    }
    #r(t, n, r, s) {
      if (s === "HEAD")
        return (async () =>
          new Response(null, await this.#r(t, n, r, "GET")))();
      let i = this.getPath(t, { env: r }),
        o = this.router.match(s, i),
        a = new Ht(t, {
          path: i,
          matchResult: o,
          env: r,
          executionCtx: n,
          notFoundHandler: this.#n,
        });
      if (o[0].length === 1) {
        let c;
        try {
          c = o[0][0][0][0](a, async () => {
            a.res = await this.#n(a);
          });
        } catch (l) {
          return this.#s(l, a);
        }
        return c instanceof Promise
          ? c
              .then((l) => l || (a.finalized ? a.res : this.#n(a)))
              .catch((l) => this.#s(l, a))
          : (c ?? this.#n(a));
      }
      let u = Gt(o[0], this.errorHandler, this.#n);
      return (async () => {
        try {
          let c = await u(a);
          if (!c.finalized)
            throw new Error(
              "Context is not finalized. Did you forget to return a Response object or `await next()`?",
            );
          return c.res;
        } catch (c) {
          return this.#s(c, a);
        }
      })();
    }
    fetch = (t, ...n) => this.#r(t, n[1], n[0], t.method);
    request = (t, n, r, s) =>
      t instanceof Request
        ? this.fetch(n ? new Request(t, n) : t, r, s)
        : ((t = t.toString()),
          this.fetch(
            new Request(
              /^https?:\/\//.test(t) ? t : `http://localhost${ge("/", t)}`,
              n,
            ),
            r,
            s,
          ));
    fire = () => {
      addEventListener("fetch", (t) => {
        t.respondWith(this.#r(t.request, t, void 0, t.request.method));
      });
    };
  };
var $ = () => Object.create(null);
var Wt = [];
function vr(e, t) {
  let n = this.buildAllMatchers(),
    r = (s, i) => {
      let o = n[s] || n.ALL,
        a = o[2][i];
      if (a) return a;
      let u = i.match(o[0]);
      if (!u) return [[], Wt];
      let c = u.indexOf("", 1);
      return [o[1][c], u];
    };
  return ((this.match = r), r(e, t));
}
var uo = "[^/]+",
  co = "[^]*",
  lo = "(?:|/[^]*)",
  pe = Symbol(),
  br = new Set(".\\+*[^]$()");
function po(e, t) {
  return e.length === 1
    ? t.length === 1
      ? e < t
        ? -1
        : 1
      : -1
    : t.length === 1
      ? 1
      : e === "[^]*" || e === "(?:|/[^]*)"
        ? t === "[^]*"
          ? -1
          : 1
        : t === "[^]*" || t === "(?:|/[^]*)"
          ? -1
          : e === "[^/]+"
            ? 1
            : t === "[^/]+"
              ? -1
              : e.length === t.length
                ? e < t
                  ? -1
                  : 1
                : t.length - e.length;
}
var wr = class Kt {
  #t;
  #e;
  #n = $();
  insert(t, n, r, s, i) {
    let o = this;
    for (let a = 0, u = t.length; a < u; a++) {
      let c = t[a],
        l =
          c.length === 1
            ? c === "*"
              ? a === u - 1
                ? ["", "", co]
                : ["", "", uo]
              : null
            : c === "/*"
              ? ["", "", lo]
              : c.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        p;
      if (l) {
        let f = l[1],
          g = l[2] || "[^/]+";
        if (
          f &&
          l[2] &&
          (new RegExp(g).test("") ||
            ((g = g.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(g)) ||
            (g.length === 1 && br.has(g)))
        )
          throw pe;
        if ((i.push(g), (p = o.#n[g]), !p)) {
          if (g !== "[^]*" && g !== "(?:|/[^]*)") {
            for (let E in o.#n)
              if (
                (g.length > 1 || E.length > 1) &&
                E !== "[^]*" &&
                E !== "(?:|/[^]*)"
              )
                throw pe;
          }
          p = o.#n[g] = new Kt();
        }
        f !== "" && ((p.#e ??= s.varIndex++), r.push([f, p.#e]));
      } else if ((i.push(c), (p = o.#n[c]), !p)) {
        for (let f in o.#n)
          if (f.length > 1 && f !== "[^]*" && f !== "(?:|/[^]*)") throw pe;
        p = o.#n[c] = new Kt();
      }
      o = p;
    }
    if (o.#t !== void 0) throw pe;
    o.#t = n;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#n)
      .sort(po)
      .map((n) => {
        let r = this.#n[n],
          s = r.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof r.#e == "number"
              ? `(${n})@${r.#e}`
              : br.has(n)
                ? `\\${n}`
                : n) + s;
      })
      .filter(Boolean);
    return (
      typeof this.#t == "number" && this.#t !== -1 && t.unshift(`#${this.#t}`),
      t.length === 0 ? "" : t.length === 1 ? t[0] : "(?:" + t.join("|") + ")"
    );
  }
};
var Jt = class {
  #t = { varIndex: 0 };
  #e = new wr();
  #n = 0;
  paths = $();
  insert(e, t) {
    let n = [];
    if (t) {
      (this.#e.insert(e.split(""), -1, [], this.#t, n),
        (this.paths[e] = [-1, [], n]));
      return;
    }
    let r = [],
      s = [],
      i = e;
    for (let a = 0; ;) {
      let u = !1;
      if (
        ((i = i.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (c) => {
          let l = `@\\${a}`;
          return ((s[a] = [l, c]), a++, (u = !0), l);
        })),
        !u)
      )
        break;
    }
    let o = i.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let a = s.length - 1; a >= 0; a--) {
      let [u] = s[a];
      for (let c = o.length - 1; c >= 0; c--)
        if (o[c].indexOf(u) !== -1) {
          o[c] = o[c].replace(u, s[a][1]);
          break;
        }
    }
    (this.#e.insert(o, this.#n, r, this.#t, n),
      (this.paths[e] = [this.#n++, r, n]));
  }
  buildRegExp() {
    let e = this.#e.buildRegExpStr();
    if (e === "") return [/^$/, [], []];
    let t = 0,
      n = [],
      r = [];
    return (
      (e = e.replace(/#(\d+)|@(\d+)|\.\*\$/g, (s, i, o) =>
        i !== void 0
          ? ((n[++t] = Number(i)), "$()")
          : (o !== void 0 && (r[Number(o)] = ++t), ""),
      )),
      [new RegExp(`^${e}`), n, r]
    );
  }
};
function fo(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function mo(e, t) {
  let n = e.length - 1;
  for (let r = 0; r < n; r++) if (e[r] !== t[r]) return !1;
  return e[n] === "[^]*" || t.length === n || t[n] === "/";
}
var xr = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new Jt() }));
  }
  #n(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (n) {
      throw n === pe ? new lt(t) : n;
    }
  }
  add(e, t, n) {
    let r = this.#t;
    if (!r) throw new Error(ct);
    let s = this.#e;
    if (!r[e]) {
      ((s[e] = new Jt()), (r[e] = [...r.ALL]));
      for (let a in s.ALL.paths) this.#n(e, a);
    }
    t === "/*" && (t = "*");
    let i = e === "ALL" ? Object.keys(r) : [e],
      o = ut(t) || [t];
    for (let a of o)
      for (let u of i) (s[u].paths[a] || this.#n(u, a), r[u].push([n, a]));
  }
  match = vr;
  buildAllMatchers() {
    let e = $();
    for (let t of Object.keys(this.#t)) e[t] = this.#i(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #i(e) {
    let t = this.#t[e],
      n = this.#e[e],
      r = $(),
      s = [],
      [i, o, a] = n.buildRegExp(),
      u = $(),
      c = t.map(
        ([p, f], g) => (
          (u[f] ??= []).push(g),
          [p, n.paths[f][1].reduceRight((E, [S, v]) => ((E[S] = a[v]), E), $())]
        ),
      ),
      l = Object.keys(u).filter((p) => fo(n.paths[p][2]));
    for (let p in n.paths) {
      let [f, , g] = n.paths[p],
        E = [...u[p]];
      for (let v of l) v !== p && mo(n.paths[v][2], g) && E.push(...u[v]);
      let S = E.sort((v, F) => v - F).map((v) => c[v]);
      if (f === -1) {
        let v = Math.max(-1, ...S.flatMap(([, F]) => Object.values(F)));
        r[p] = [S, v === -1 ? Wt : p.match(i).slice(0, v + 1)];
      } else s[f] = S;
    }
    return [i, o.map((p) => s[p]), r];
  }
};
var kr = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(e) {
    this.#t = e.routers;
  }
  add(e, t, n) {
    if (!this.#e) throw new Error(ct);
    this.#e.push([e, t, n]);
  }
  match(e, t) {
    if (!this.#e) throw new Error("Fatal error");
    let n = this.#t,
      r = this.#e,
      s = n.length,
      i = 0,
      o;
    for (; i < s; i++) {
      let a = n[i];
      try {
        for (let u = 0, c = r.length; u < c; u++) a.add(...r[u]);
        o = a.match(e, t);
      } catch (u) {
        if (u instanceof lt) continue;
        throw u;
      }
      ((this.match = a.match.bind(a)), (this.#t = [a]), (this.#e = void 0));
      break;
    }
    if (i === s) throw new Error("Fatal error");
    return ((this.name = `SmartRouter + ${this.activeRouter.name}`), o);
  }
  get activeRouter() {
    if (this.#e || this.#t.length !== 1)
      throw new Error("No active router has been determined yet.");
    return this.#t[0];
  }
};
var Xt = $(),
  yo = 0,
  Er = class Ir {
    #t = [];
    #e = $();
    #n = [];
    #i;
    #s = Xt;
    insert(t, n, r) {
      let s = this,
        i = Le(n),
        o = new Set(),
        a = 0;
      for (let u of i) {
        let c = i[++a],
          l =
            Ue(u, c) ||
            (c === void 0 && u && u.indexOf("*") === u.length - 1 ? u : null),
          p = Array.isArray(l),
          f = p ? l[0] : l || u,
          g = (s.#e[f] ||= new Ir());
        (l && !g.#i && ((g.#i = l), s.#n.push(g)), (s = g), p && o.add(l[1]));
      }
      s.#t.push({ [t]: { handler: r, possibleKeys: [...o], score: ++yo } });
    }
    #r(t, n, r, s, i) {
      for (let o = 0, a = n.#t.length; o < a; o++) {
        let u = n.#t[o],
          c = u[r] || u.ALL;
        if (c) {
          ((c.params = $()), t.push(c));
          for (let l = 0, p = c.possibleKeys.length; l < p; l++) {
            let f = c.possibleKeys[l];
            c.params[f] = i?.[f] && !l ? i[f] : (s[f] ?? i?.[f]);
          }
        }
      }
    }
    search(t, n) {
      let r = [];
      this.#s = Xt;
      let s = [this],
        i = Ft(n),
        o = [],
        a = i.length,
        u = null;
      for (let c = 0; c < a; c++) {
        let l = i[c],
          p = c === a - 1,
          f = [];
        for (let E = 0, S = s.length; E < S; E++) {
          let v = s[E],
            F = v.#e[l];
          F &&
            ((F.#s = v.#s),
            p
              ? (F.#e["*"] && this.#r(r, F.#e["*"], t, v.#s),
                this.#r(r, F, t, v.#s))
              : f.push(F));
          for (let _ of v.#n) {
            let le = _.#i,
              R = v.#s === Xt ? {} : { ...v.#s };
            if (typeof le == "string") {
              (le === "*" || l.startsWith(le.slice(0, -1))) &&
                (this.#r(r, _, t, v.#s), le === "*" && ((_.#s = R), f.push(_)));
              continue;
            }
            let [, tt, qe] = le;
            if (!(!l && qe === !0)) {
              if (qe !== !0) {
                if (!u) {
                  u = [];
                  let Dt = n[0] === "/" ? 1 : 0;
                  for (let Ee = 0; Ee < a; Ee++)
                    ((u[Ee] = Dt), (Dt += i[Ee].length + 1));
                }
                let Yn = n.slice(u[c]),
                  nt = qe.exec(Yn);
                if (nt) {
                  (Object.hasOwn(R, tt) || (R[tt] = nt[0]),
                    this.#r(r, _, t, v.#s, R),
                    nt[0].length === Yn.length &&
                      _.#e["*"] &&
                      this.#r(r, _.#e["*"], t, v.#s, R));
                  for (let Dt in _.#e) {
                    _.#s = R;
                    let Ee = nt[0].match(/\//g)?.length ?? 0;
                    (o[Ee] ||= []).push(_);
                    break;
                  }
                  continue;
                }
              }
              (qe === !0 || qe.test(l)) &&
                (Object.hasOwn(R, tt) || (R[tt] = l),
                p
                  ? (this.#r(r, _, t, R, v.#s),
                    _.#e["*"] && this.#r(r, _.#e["*"], t, R, v.#s))
                  : ((_.#s = R), f.push(_)));
            }
          }
        }
        let g = o.shift();
        s = g ? f.concat(g) : f;
      }
      return (
        r[1] && r.sort((c, l) => c.score - l.score),
        [r.map(({ handler: c, params: l }) => [c, l])]
      );
    }
  };
var Zt = class {
  name = "TrieRouter";
  #t = new Er();
  add(e, t, n) {
    for (let r of ut(t) || [t]) this.#t.insert(e, r, n);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var ve = class extends hr {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new kr({ routers: [new xr(), new Zt()] })));
  }
};
var Qt = (e) => (e.__COMPOSED_HANDLER ? Qt(e[pt]) : e);
var ho = /^[\w!#$%&'*.^`|~+-]+$/,
  go = /^[!#-:<>-[\]-~]+$/,
  vo = /^[ !#-:<-[\]-~]*$/,
  _r = (e) => {
    let t = 0,
      n = e.length;
    for (; t < n;) {
      let r = e.charCodeAt(t);
      if (r !== 32 && r !== 9) break;
      t++;
    }
    for (; n > t;) {
      let r = e.charCodeAt(n - 1);
      if (r !== 32 && r !== 9) break;
      n--;
    }
    return t === 0 && n === e.length ? e : e.slice(t, n);
  },
  Yt = (e, t) => {
    if (t && e.indexOf(t) === -1) return {};
    let n = e.split(";"),
      r = Object.create(null);
    for (let s of n) {
      let i = s.indexOf("=");
      if (i === -1) continue;
      let o = _r(s.substring(0, i));
      if ((t && t !== o) || !go.test(o) || o in r) continue;
      let a = _r(s.substring(i + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        vo.test(a) && ((r[o] = Ae(a)), t))
      )
        break;
    }
    return r;
  };
var bo = (e, t, n = {}) => {
    if (!ho.test(e)) throw new Error("Invalid cookie name");
    let r = `${e}=${t}`;
    if (/^__secure-/i.test(e) && !n.secure)
      throw new Error("__Secure- Cookie must have Secure attributes");
    if (/^__host-/i.test(e)) {
      if (!n.secure)
        throw new Error("__Host- Cookie must have Secure attributes");
      if (n.path !== "/")
        throw new Error('__Host- Cookie must have Path attributes with "/"');
      if (n.domain)
        throw new Error("__Host- Cookie must not have Domain attributes");
    }
    for (let s of ["domain", "path", "sameSite", "priority"])
      if (n[s] && /[;\r\n]/.test(n[s]))
        throw new Error(`${s} must not contain ";", "\\r", or "\\n"`);
    if (n && typeof n.maxAge == "number" && n.maxAge >= 0) {
      if (n.maxAge > 3456e4)
        throw new Error(
          "Cookies Max-Age SHOULD NOT be greater than 400 days (34560000 seconds) in duration.",
        );
      r += `; Max-Age=${n.maxAge | 0}`;
    }
    if (
      (n.domain && n.prefix !== "host" && (r += `; Domain=${n.domain}`),
      n.path && (r += `; Path=${n.path}`),
      n.expires)
    ) {
      if (n.expires.getTime() - Date.now() > 3456e7)
        throw new Error(
          "Cookies Expires SHOULD NOT be greater than 400 days (34560000 seconds) in the future.",
        );
      r += `; Expires=${n.expires.toUTCString()}`;
    }
    if (
      (n.httpOnly && (r += "; HttpOnly"),
      n.secure && (r += "; Secure"),
      n.sameSite &&
        (r += `; SameSite=${n.sameSite.charAt(0).toUpperCase() + n.sameSite.slice(1)}`),
      n.priority &&
        (r += `; Priority=${n.priority.charAt(0).toUpperCase() + n.priority.slice(1)}`),
      n.partitioned)
    ) {
      if (!n.secure)
        throw new Error("Partitioned Cookie must have Secure attributes");
      r += "; Partitioned";
    }
    return r;
  },
  ft = (e, t, n) => ((t = encodeURIComponent(t)), bo(e, t, n));
var Fe = (e, t, n) => {
  let r = e.req.raw.headers.get("Cookie");
  if (typeof t == "string") {
    if (!r) return;
    let s = t;
    return (
      n === "secure"
        ? (s = "__Secure-" + t)
        : n === "host" && (s = "__Host-" + t),
      Yt(r, s)[s]
    );
  }
  return r ? Yt(r) : {};
};
var wo = (e, t, n) => {
    let r;
    return (
      n?.prefix === "secure"
        ? (r = ft("__Secure-" + e, t, { path: "/", ...n, secure: !0 }))
        : n?.prefix === "host"
          ? (r = ft("__Host-" + e, t, {
              ...n,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (r = ft(e, t, { path: "/", ...n })),
      r
    );
  },
  en = (e, t, n, r) => {
    let s = wo(t, n, r);
    e.header("Set-Cookie", s, { append: !0 });
  };
var Ar = (e, t, n) => {
  let r = Fe(e, t, n?.prefix);
  return (en(e, t, "", { ...n, maxAge: 0 }), r);
};
var xo = /^application\/([\w.-]+\+)?json$/i,
  ko = (e) => e.split(";")[0].trim().toLowerCase(),
  tn = (e, t) => async (n, r) => {
    let s = {},
      i = n.req.header("Content-Type"),
      o = i ? ko(i) : "";
    switch (e) {
      case "json":
        if (!xo.test(o)) break;
        try {
          s = await n.req.json();
        } catch {
          throw new L(400, { message: "Malformed JSON in request body" });
        }
        break;
      case "form": {
        if (
          o !== "multipart/form-data" &&
          o !== "application/x-www-form-urlencoded"
        )
          break;
        let u;
        if (n.req.bodyCache.formData) u = await n.req.bodyCache.formData;
        else
          try {
            let l = await n.req.arrayBuffer();
            ((u = await st(l, i)), (n.req.bodyCache.formData = u));
          } catch (l) {
            let p = "Malformed FormData request.";
            throw (
              (p += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new L(400, { message: p })
            );
          }
        let c = Object.create(null);
        (u.forEach((l, p) => {
          p.endsWith("[]")
            ? (c[p] ??= []).push(l)
            : Array.isArray(c[p])
              ? c[p].push(l)
              : Object.hasOwn(c, p)
                ? (c[p] = [c[p], l])
                : (c[p] = l);
        }),
          (s = c));
        break;
      }
      case "query":
        s = Object.fromEntries(
          Object.entries(n.req.queries()).map(([u, c]) =>
            c.length === 1 ? [u, c[0]] : [u, c],
          ),
        );
        break;
      case "param":
        s = n.req.param();
        break;
      case "header":
        s = n.req.header();
        break;
      case "cookie":
        s = Fe(n);
    }
    let a = await t(s, n);
    return a instanceof Response
      ? a
      : (n.req.addValidatedData(e, a), await r());
  };
var Pr = { header: ["cookie"] };
function Eo(e, t, n) {
  if (!(n in Pr)) return e;
  let r = Pr[n] || [];
  return t === "arktype" ? Io(e, r) : t === "valibot" ? _o(e, r) : e;
}
function Io(e, t) {
  return e.map((n) => {
    if (
      n &&
      typeof n == "object" &&
      "data" in n &&
      typeof n.data == "object" &&
      n.data !== null &&
      !Array.isArray(n.data)
    ) {
      let r = { ...n.data };
      for (let i of t) delete r[i];
      let s = Object.create(Object.getPrototypeOf(n));
      return (Object.assign(s, n, { data: r }), s);
    }
    return n;
  });
}
function _o(e, t) {
  return e.map((n) => {
    if (n && typeof n == "object" && "path" in n && Array.isArray(n.path)) {
      for (let r of n.path)
        if (
          typeof r == "object" &&
          "input" in r &&
          typeof r.input == "object" &&
          r.input !== null &&
          !Array.isArray(r.input)
        )
          for (let s of t) delete r.input[s];
    }
    return n;
  });
}
var Tr = (e, t, n) =>
  tn(e, async (r, s) => {
    let i = await t["~standard"].validate(r);
    if (n) {
      let o = await n(
        i.issues
          ? { data: r, error: i.issues, success: !1, target: e }
          : { data: r, success: !0, target: e },
        s,
      );
      if (o) {
        if (o instanceof Response) return o;
        if (typeof o == "object" && "response" in o) return o.response;
      }
    }
    if (i.issues) {
      let o = Eo(i.issues, t["~standard"].vendor, e);
      return s.json({ data: r, error: o, success: !1 }, 400);
    }
    return i.value;
  });
ze();
yn();
var vn = Symbol("openapi"),
  gn = "__HonoOpenAPIValidator__",
  Wo = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"],
  ds = (e) => {
    let t = e;
    if (t.startsWith(":")) {
      let n = t.match(/^:([^{?]+)(?:{(.+)})?(\?)?$/);
      n
        ? (t = `{${n[1]}}`)
        : ((t = t.slice(1, t.length)),
          t.endsWith("?") && (t = t.slice(0, -1)),
          (t = `{${t}}`));
    }
    return t;
  },
  Ko = (e) => e.split("/").map(ds).join("/"),
  us = (e) =>
    e
      .split(/[\W_]+/)
      .filter(Boolean)
      .map((t) => t.charAt(0).toUpperCase() + t.slice(1))
      .join(""),
  Jo = (e) => {
    let t = e.method.toLowerCase();
    if (e.path === "/") return `${t}Index`;
    for (let n of e.path.split("/")) {
      let r = ds(n);
      r.charCodeAt(0) === 123 ? (t += `By${us(r.slice(1, -1))}`) : (t += us(r));
    }
    return t;
  },
  Xo = (e) => ("$ref" in e ? e.$ref : `${e.in} ${e.name}`);
function cs(...e) {
  let t = e
    .flatMap((n) => n ?? [])
    .reduce((n, r) => (n.set(Xo(r), r), n), new Map());
  return Array.from(t.values());
}
var Zo = new Map();
function Qo(e, t) {
  let n = [];
  for (let [r, s] of t) {
    if (!s) continue;
    let i = r.endsWith("/*") ? r.slice(0, -2) : r;
    (e === i || e.startsWith(`${i}/`)) && n.push(s);
  }
  return n;
}
function Yo(e, t) {
  return !e || !t || "$ref" in e || "$ref" in t
    ? t
    : { ...e, ...t, content: { ...e.content, ...t.content } };
}
function ls(e, ...t) {
  return t.reduce(
    (n, r) => {
      if (!r || !n) return n;
      for (let [s, i] of Object.entries(r))
        if (i != null)
          if (
            s in n &&
            (typeof i == "object" ||
              (typeof i == "function" && s === "operationId"))
          )
            if (Array.isArray(i)) {
              let o = [...(n[s] ?? []), ...i];
              s === "tags"
                ? (n[s] = Array.from(new Set(o)))
                : s === "parameters"
                  ? (n[s] = cs(o))
                  : (n[s] = o);
            } else
              typeof i == "function"
                ? (n[s] = i(e))
                : s === "parameters"
                  ? (n[s] = cs(n[s], i))
                  : s === "requestBody"
                    ? (n.requestBody = Yo(n.requestBody, i))
                    : (n[s] = { ...n[s], ...i });
          else n[s] = i;
      return n;
    },
    { operationId: Jo(e) },
  );
}
function ps({ route: e, specs: t, paths: n }, r = Zo) {
  let s = Ko(e.path),
    i = e.method.toLowerCase();
  if (i === "all") {
    if (!t) return;
    if (r.has(s)) {
      let o = r.get(s) ?? {};
      r.set(s, ls(e, o, t));
    } else r.set(s, t);
  } else {
    let o = Qo(s, r);
    (s in n || (n[s] = {}), n[s] && (n[s][i] = ls(e, ...o, n[s]?.[i], t)));
  }
}
function ea(e, t) {
  let { exclude: n, excludeStaticFile: r } = t.options,
    s = {},
    i = Array.isArray(n) ? n : [n];
  for (let [o, a] of Object.entries(e)) {
    if (
      a == null ||
      i.some((p) => (typeof p == "string" ? o === p : p.test(o))) ||
      (o.includes("*") && !o.includes("{"))
    )
      continue;
    if (r) {
      let p = o.includes("{"),
        g = (o.split("/").pop() || "").includes(".");
      if (!p && g) continue;
    }
    for (let p of Object.keys(a)) {
      let f = a[p];
      if (f == null) continue;
      let g = f[gn] === !0;
      if ((delete f[gn], o.includes("{"))) {
        f.parameters = f.parameters ? [...f.parameters] : [];
        let E = o
          .split("/")
          .filter(
            (S) =>
              S.startsWith("{") &&
              !f.parameters.find(
                (v) => v.in === "path" && v.name === S.slice(1, S.length - 1),
              ),
          );
        for (let S of E) {
          let v = S.slice(1, S.length - 1);
          f.parameters.findIndex((_) => {
            if ("$ref" in _) {
              let le = _.$ref.split("/").pop();
              if (le) {
                let R = t.components.parameters?.[le];
                if (R && !("$ref" in R)) return R.in === "path" && R.name === v;
              }
              return !1;
            }
            return _.in === "path" && _.name === v;
          }) === -1 &&
            f.parameters.push({
              schema: { type: "string" },
              in: "path",
              name: v,
              required: !0,
            });
        }
      }
      if (
        (f.responses || (f.responses = { 200: {} }),
        g &&
          t.options.defaultValidationErrorResponse !== !1 &&
          !f.responses[400])
      ) {
        let E = t.options.defaultValidationErrorResponse;
        typeof E == "object"
          ? (f.responses[400] = structuredClone(E))
          : t.validationErrorResponse &&
            (f.responses[400] = structuredClone(t.validationErrorResponse));
      }
    }
    let l = {};
    for (let p of Object.keys(a)) a[p] != null && (l[p] = a[p]);
    Object.keys(l).length > 0 && (s[o] = l);
  }
  return s;
}
var fs = {
    documentation: {},
    excludeStaticFile: !0,
    exclude: [],
    excludeMethods: ["OPTIONS"],
    excludeTags: [],
    defaultValidationErrorResponse: !0,
  },
  ta = {
    description: "Validation Error",
    content: {
      "application/json": {
        schema: {
          type: "object",
          properties: {
            success: { type: "boolean", enum: [!1] },
            error: { type: "array", items: {} },
            data: {},
          },
          required: ["success", "error", "data"],
        },
      },
    },
  };
function ys(e, t) {
  let n;
  return async (r) => (n || (n = await na(e, t, r)), r.json(n));
}
async function na(e, t = fs, n) {
  let r = {
      components: {},
      options: { ...fs, ...t },
      validationErrorResponse: ta,
    },
    s = r.options.documentation ?? {},
    i = { ...s, components: s.components && { ...s.components } },
    o = await ra(e, r);
  for (let c in o)
    for (let l in o[c])
      sa({ valueOrFunc: o[c][l]?.hide, method: l, path: c, c: n }) &&
        (o[c][l] = void 0);
  let a = i.components?.responses ? await gs(i.components.responses) : void 0;
  a && i.components && (i.components.responses = a.responses);
  let u = Be(i.components, a?.components, r.components);
  return {
    openapi: "3.1.0",
    ...i,
    tags: i.tags?.filter((c) => !r.options.excludeTags?.includes(c?.name)),
    info: {
      title: "Hono Documentation",
      description: "Development documentation",
      version: "0.0.0",
      ...i.info,
    },
    paths: { ...ea(o, r), ...i.paths },
    components: u,
  };
}
async function ra(e, t) {
  let n = {},
    r = new Map();
  for (let s of e.routes) {
    let i = Qt(s.handler)[vn];
    if (!i) {
      t.options.includeEmptyPaths && ps({ route: s, paths: n }, r);
      continue;
    }
    let o = s.method;
    if (
      o !== "ALL" &&
      (t.options.excludeMethods?.includes(o) || !Wo.includes(o))
    )
      continue;
    let a = t.options.defaultOptions?.[o] && { ...t.options.defaultOptions[o] },
      { schema: u, components: c = {} } = await ia(
        i,
        a,
        t.components.parameters,
      );
    ((t.components = Be(t.components, c)),
      ps({ route: s, specs: u, paths: n }, r));
  }
  return n;
}
function sa(e) {
  let { valueOrFunc: t, c: n, method: r, path: s } = e;
  if (t != null) {
    if (typeof t == "boolean") return t;
    if (typeof t == "function") return t({ c: n, method: r, path: s });
  }
  return !1;
}
async function ia(e, t, n) {
  if ("spec" in e) {
    let i = {
        ...t,
        ...e.spec,
        responses: { ...t?.responses, ...e.spec.responses },
      },
      o = {};
    if (i.responses) {
      let a = await gs(i.responses);
      ((i.responses = a.responses), (o = a.components));
    }
    if (i.requestBody && "content" in i.requestBody) {
      let a = await hs(i.requestBody.content);
      ((i.requestBody = { ...i.requestBody, content: a.content }),
        (o = Be(o, a.components)));
    }
    return { schema: i, components: o };
  }
  let r = await e.toOpenAPISchema();
  vs(r);
  let s = { ...t, [gn]: !0 };
  if (e.target === "form" || e.target === "json") {
    let i =
      e.options?.media ??
      (e.target === "json" ? "application/json" : "multipart/form-data");
    !s.requestBody || !("content" in s.requestBody) || !s.requestBody.content
      ? (s.requestBody = {
          required: !0,
          content: { [i]: { schema: r.schema } },
        })
      : (s.requestBody.content[i] = { schema: r.schema });
  } else {
    let i = [];
    if ("$ref" in r.schema) {
      let a = r.schema.$ref.split("/").pop();
      if (a && r.components?.schemas?.[a]) {
        let u = r.components.schemas[a],
          c = ms(e.target, u, r.components.schemas),
          l = c.length === 1 ? c[0] : void 0,
          p = n?.[a];
        l && (!p || ("in" in p && p.in === l.in && p.name === l.name))
          ? ((r.components.parameters ??= {}),
            (r.components.parameters[a] = l),
            i.push({ $ref: `#/components/parameters/${a}` }),
            delete r.components.schemas[a])
          : (i = c);
      }
    } else i = ms(e.target, r.schema, r.components?.schemas);
    s.parameters = i;
  }
  return { schema: s, components: r.components };
}
function ms(e, t, n) {
  let r = [];
  for (let [s, i] of oa(t, n)) {
    let o = { in: e === "param" ? "path" : e, name: s, schema: i.schema };
    (i.required && (o.required = !0),
      o.schema &&
        "description" in o.schema &&
        o.schema.description &&
        ((o.description = o.schema.description),
        (o.schema = { ...o.schema, description: void 0 })),
      r.push(o));
  }
  return r;
}
function oa(e, t) {
  let n = new Map(),
    r = new Set(),
    s = (i) => {
      for (let [o, a] of Object.entries(i.properties ?? {})) {
        let u = n.get(o);
        n.set(o, {
          schema: u ? { allOf: [u.schema, a] } : a,
          required: !!i.required?.includes(o) || u?.required,
        });
      }
      for (let o of i.allOf ?? [])
        if ("$ref" in o) {
          let a = "#/components/schemas/";
          if (!o.$ref.startsWith(a)) continue;
          let u = o.$ref
              .slice(a.length)
              .replaceAll("~1", "/")
              .replaceAll("~0", "~"),
            c = t?.[u];
          c && !r.has(u) && (r.add(u), s(c), r.delete(u));
        } else s(o);
    };
  return (s(e), n);
}
async function hs(e) {
  let t = {},
    n = {};
  for (let [r, s] of Object.entries(e))
    if (s)
      if (s.schema && "toOpenAPISchema" in s.schema) {
        let i = await s.schema.toOpenAPISchema();
        (vs(i),
          (n[r] = { ...s, schema: i.schema }),
          i.components && (t = Be(t, i.components)));
      } else n[r] = s;
  return { content: n, components: t };
}
async function gs(e) {
  let t = {},
    n = {};
  for (let [r, s] of Object.entries(e)) {
    if (!s || !("content" in s) || !s.content) {
      n[r] = s;
      continue;
    }
    let i = await hs(s.content);
    ((n[r] = { ...s, content: i.content }), (t = Be(t, i.components)));
  }
  return { responses: n, components: t };
}
function vs(e) {
  let t = e.schema.$defs;
  !t ||
    typeof t != "object" ||
    ((e.components ??= {}),
    (e.components.schemas = { ...t, ...e.components.schemas }),
    delete e.schema.$defs);
}
function Be(...e) {
  return e.reduce(
    (t, n, r) => (
      n == null ||
        r === 0 ||
        (((t.schemas && Object.keys(t.schemas).length > 0) ||
          (n.schemas && Object.keys(n.schemas).length > 0)) &&
          (t.schemas = { ...t.schemas, ...n.schemas }),
        ((t.parameters && Object.keys(t.parameters).length > 0) ||
          (n.parameters && Object.keys(n.parameters).length > 0)) &&
          (t.parameters = { ...t.parameters, ...n.parameters })),
      t
    ),
    e[0] ?? {},
  );
}
var aa = (e) => e.base,
  ua = (e) => {
    e.zodSchema._zod.def.type === "date" &&
      ((e.jsonSchema.type = "string"), (e.jsonSchema.format = "date-time"));
  };
function we(e, t) {
  let n = e["~standard"].vendor;
  return {
    vendor: n,
    validate: e["~standard"].validate,
    toJSONSchema: (r) => be(e, { ...t, ...r }),
    toOpenAPISchema: (r) =>
      hn(e, {
        ...t,
        ...r,
        ...(n === "arktype" ? ca(t, r) : void 0),
        ...(n === "zod" ? la(e, t, r) : void 0),
      }),
  };
}
function ca(e, t) {
  let n = e?.options,
    r = t?.options;
  if (!(e?.fallback || n?.fallback || t?.fallback || r?.fallback))
    return { options: { fallback: aa, ...n, ...r } };
}
function la(e, t, n) {
  if (!("_zod" in e)) return;
  let r = t?.options,
    s = n?.options;
  if (!(t?.override || r?.override || n?.override || s?.override))
    return { options: { unrepresentable: "any", override: ua, ...r, ...s } };
}
function bs(e, t, n, r) {
  let s = Tr(e, t, n);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [vn]: { target: e, ...we(t, r), options: r } })
  );
}
function ws(e) {
  let t = async (n, r) => {
    await r();
  };
  return (
    Object.defineProperty(t, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(t, { [vn]: { spec: e } })
  );
}
var xs = "https://cdn.jsdelivr.net/npm/@scalar/api-reference",
  ks = "https://cdn.jsdelivr.net/npm/@scalar/api-reference/esm.js",
  Es = (e) =>
    e.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  Is = (e) => Es(e).replace(/"/g, "&quot;"),
  _s = (e) => (e ? ` nonce="${Is(e)}"` : ""),
  pa = (e, t = 2, n = !1) => {
    let r = " ".repeat(t);
    return e
      .split(
        `
`,
      )
      .map((i, o) => (o === 0 && !n ? i : `${r}${i}`)).join(`
`);
  },
  fa = (e, t, n) => {
    let r = [];
    return (
      e.customCss && (r.push("/* Custom CSS */"), r.push(e.customCss)),
      !e.theme && t && (r.push("/* Custom Theme */"), r.push(t)),
      r.length === 0
        ? ""
        : `
    <style type="text/css"${_s(n)}>
      ${pa(
        r.join(`

`),
        6,
      )}
    </style>`
    );
  };
function gt(e, t = "") {
  let { config: n, pageTitle: r, cdn: s, nonce: i } = e,
    o = Es(r ?? "Scalar API Reference"),
    a = Array.isArray(n) ? n[0] : n,
    { customCss: u, theme: c, bundle: l, ...p } = a ?? {},
    f = e.bundle ?? l,
    g = Ts({
      ...p,
      ...(c ? { theme: c } : {}),
      ...(u !== void 0 ? { customCss: u } : {}),
    }),
    E = i
      ? `
    <meta property="csp-nonce" content="${Is(i)}" />`
      : "";
  return `<!doctype html>
<html>
  <head>
    <title>${o}</title>
    <meta charset="utf-8" />
    <meta
      name="viewport"
      content="width=device-width, initial-scale=1" />${E}${fa(g, t, i)}
  </head>
  <body>
    <div id="app"></div>${Ps(g, s, i, f)}
  </body>
</html>`;
}
var ma = (e) =>
  `[${e.map((t) => (typeof t == "function" ? t.toString() : JSON.stringify(t))).join(", ")}]`;
function As(e) {
  let t = { ...e },
    n = [];
  for (let [o, a] of Object.entries(e))
    typeof a == "function"
      ? (n.push(`"${o}": ${a.toString()}`), delete t[o])
      : Array.isArray(a) &&
        a.some((u) => typeof u == "function") &&
        (n.push(`"${o}": ${ma(a)}`), delete t[o]);
  let r = JSON.stringify(t, null, 2),
    s = r
      .split(
        `
`,
      )
      .map((o, a) => (a === 0 ? o : `      ${o}`)).join(`
`);
  return n.length === 0
    ? s
    : r === "{}"
      ? `{
        ${n.join(`,
        `)}
      }`
      : `${s
          .split(
            `
`,
          )
          .slice(0, -1).join(`
`)},
        ${n.join(`,
        `)}
      }`;
}
function Ps(e, t, n, r) {
  let s = As(e),
    i = _s(n);
  return r === !1 || (r === void 0 && (t !== void 0 || !!n))
    ? `
    <!-- Load the Script -->
    <script src="${t ?? xs}"${i}></script>

    <!-- Initialize the Scalar API Reference -->
    <script type="text/javascript"${i}>
      Scalar.createApiReference('#app', ${s})
    </script>`
    : `
    <!-- Load the Scalar API Reference -->
    <script type="module"${i}>
      import { createApiReference } from '${typeof r == "string" ? r : ks}'

      createApiReference('#app', ${s})
    </script>`;
}
var Ts = (e) => {
  let t = { ...e };
  return (
    typeof t.content == "function" && (t.content = t.content()),
    t.content && t.url && delete t.content,
    t
  );
};
var Rs = { _integration: "hono" },
  Os = `
.dark-mode {
  color-scheme: dark;
  --scalar-color-1: rgba(255, 255, 245, .86);
  --scalar-color-2: rgba(255, 255, 245, .6);
  --scalar-color-3: rgba(255, 255, 245, .38);
  --scalar-color-disabled: rgba(255, 255, 245, .25);
  --scalar-color-ghost: rgba(255, 255, 245, .25);
  --scalar-color-accent: #e36002;
  --scalar-background-1: #1e1e20;
  --scalar-background-2: #2a2a2a;
  --scalar-background-3: #505053;
  --scalar-background-4: rgba(255, 255, 255, 0.06);
  --scalar-background-accent: #e360021f;

  --scalar-border-color: rgba(255, 255, 255, 0.1);
  --scalar-scrollbar-color: rgba(255, 255, 255, 0.24);
  --scalar-scrollbar-color-active: rgba(255, 255, 255, 0.48);
  --scalar-lifted-brightness: 1.45;
  --scalar-backdrop-brightness: 0.5;

  --scalar-shadow-1: 0 1px 3px 0 rgb(0, 0, 0, 0.1);
  --scalar-shadow-2: rgba(15, 15, 15, 0.2) 0px 3px 6px,
    rgba(15, 15, 15, 0.4) 0px 9px 24px, 0 0 0 1px rgba(255, 255, 255, 0.1);

  --scalar-button-1: #f6f6f6;
  --scalar-button-1-color: #000;
  --scalar-button-1-hover: #e7e7e7;

  --scalar-color-green: #3dd68c;
  --scalar-color-red: #f66f81;
  --scalar-color-yellow: #f9b44e;
  --scalar-color-blue: #5c73e7;
  --scalar-color-orange: #ff8d4d;
  --scalar-color-purple: #b191f9;
}
/* Sidebar */
.dark-mode .sidebar {
  --scalar-sidebar-background-1: #161618;
  --scalar-sidebar-item-hover-color: var(--scalar-color-accent);
  --scalar-sidebar-item-hover-background: transparent;
  --scalar-sidebar-item-active-background: transparent;
  --scalar-sidebar-border-color: transparent;
  --scalar-sidebar-color-1: var(--scalar-color-1);
  --scalar-sidebar-color-2: var(--scalar-color-2);
  --scalar-sidebar-color-active: var(--scalar-color-accent);
  --scalar-sidebar-search-background: #252529;
  --scalar-sidebar-search-border-color: transparent;
  --scalar-sidebar-search-color: var(--scalar-color-3);
}
`,
  da = (e) => async (t) => {
    let n = {};
    typeof e == "function" ? (n = await e(t)) : (n = e);
    let r = { ...Rs, ...n },
      { cdn: s, pageTitle: i, nonce: o, ...a } = r;
    return t.html(gt({ config: a, pageTitle: i, cdn: s, nonce: o }, Os));
  },
  ya = (e) => {
    let { document: t, documentPath: n = "/openapi.json", ...r } = e,
      s = new ve(),
      i = (o) => (typeof t == "function" ? t(o) : t);
    return (
      s.get(n, async (o) => o.json(await i(o))),
      s.get("/", (o) => {
        let a = `${o.req.path.replace(/\/+$/, "")}${n}`,
          { cdn: u, pageTitle: c, nonce: l, ...p } = { ...Rs, ...r, url: a };
        return o.html(gt({ config: p, pageTitle: c, cdn: u, nonce: l }, Os));
      }),
      s
    );
  },
  bn = Object.assign(da, { serve: ya });
var ha = "Payload Too Large",
  Cs = (e) => {
    let t =
        e.onError ||
        (() => {
          let r = new Response(ha, { status: 413 });
          throw new L(413, { res: r });
        }),
      n = e.maxSize;
    return async function (s, i) {
      if (!s.req.raw.body) return i();
      let o = s.req.raw.headers.has("transfer-encoding");
      if (s.req.raw.headers.has("content-length") && !o)
        return parseInt(s.req.raw.headers.get("content-length") || "0", 10) > n
          ? t(s)
          : i();
      let a = 0,
        u = new Uint8Array(0),
        c = s.req.raw.body.getReader();
      for (;;) {
        let { done: l, value: p } = await c.read();
        if (l) break;
        let f = a;
        if (((a += p.length), a > n)) return t(s);
        if (a > u.length) {
          let g = new Uint8Array(Math.min(n, Math.max(a, u.length * 2)));
          (g.set(u.subarray(0, f)), (u = g));
        }
        u.set(p, f);
      }
      return (
        (s.req.raw = new Request(s.req.raw, { body: u.subarray(0, a) })),
        i()
      );
    };
  };
var ga = {
    crossOriginEmbedderPolicy: ["Cross-Origin-Embedder-Policy", "require-corp"],
    crossOriginResourcePolicy: ["Cross-Origin-Resource-Policy", "same-origin"],
    crossOriginOpenerPolicy: ["Cross-Origin-Opener-Policy", "same-origin"],
    originAgentCluster: ["Origin-Agent-Cluster", "?1"],
    referrerPolicy: ["Referrer-Policy", "no-referrer"],
    strictTransportSecurity: [
      "Strict-Transport-Security",
      "max-age=15552000; includeSubDomains",
    ],
    xContentTypeOptions: ["X-Content-Type-Options", "nosniff"],
    xDnsPrefetchControl: ["X-DNS-Prefetch-Control", "off"],
    xDownloadOptions: ["X-Download-Options", "noopen"],
    xFrameOptions: ["X-Frame-Options", "SAMEORIGIN"],
    xPermittedCrossDomainPolicies: [
      "X-Permitted-Cross-Domain-Policies",
      "none",
    ],
    xXssProtection: ["X-XSS-Protection", "0"],
  },
  va = {
    crossOriginEmbedderPolicy: !1,
    crossOriginResourcePolicy: !0,
    crossOriginOpenerPolicy: !0,
    originAgentCluster: !0,
    referrerPolicy: !0,
    strictTransportSecurity: !0,
    xContentTypeOptions: !0,
    xDnsPrefetchControl: !0,
    xDownloadOptions: !0,
    xFrameOptions: !0,
    xPermittedCrossDomainPolicies: !0,
    xXssProtection: !0,
    removePoweredBy: !0,
    permissionsPolicy: {},
    overwrite: !0,
  };
var wn = (e) => {
  let t = { ...va, ...e },
    n = ba(t),
    r = [];
  if (t.contentSecurityPolicy) {
    let [s, i] = Ns(t.contentSecurityPolicy, "Content-Security-Policy");
    (s && r.push(s), n.push(["Content-Security-Policy", i]));
  }
  if (t.contentSecurityPolicyReportOnly) {
    let [s, i] = Ns(
      t.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && r.push(s), n.push(["Content-Security-Policy-Report-Only", i]));
  }
  return (
    t.permissionsPolicy &&
      Object.keys(t.permissionsPolicy).length > 0 &&
      n.push(["Permissions-Policy", wa(t.permissionsPolicy)]),
    t.reportingEndpoints &&
      n.push(["Reporting-Endpoints", ka(t.reportingEndpoints)]),
    t.reportTo && n.push(["Report-To", Ea(t.reportTo)]),
    async function (i, o) {
      let a = r.length === 0 ? n : r.reduce((u, c) => c(i, u), n);
      (await o(),
        Ia(i, a, t.overwrite !== !1),
        t?.removePoweredBy && i.res.headers.delete("X-Powered-By"));
    }
  );
};
function ba(e) {
  return Object.entries(ga)
    .filter(([t]) => e[t])
    .map(([t, n]) => {
      let r = e[t];
      return typeof r == "string" ? [n[0], r] : n;
    });
}
function Ns(e, t) {
  let n = [],
    r = [];
  for (let [s, i] of Object.entries(e)) {
    let o = Array.isArray(i) ? i : [i];
    (o.forEach((a, u) => {
      if (typeof a == "function") {
        let c = u * 2 + 2 + r.length;
        n.push((l, p) => {
          p[c] = a(l, s);
        });
      }
    }),
      r.push(
        s.replace(/[A-Z]+(?![a-z])|[A-Z]/g, (a, u) =>
          u ? "-" + a.toLowerCase() : a.toLowerCase(),
        ),
        ...o.flatMap((a) => [" ", a]),
        "; ",
      ));
  }
  return (
    r.pop(),
    n.length === 0
      ? [void 0, r.join("")]
      : [
          (s, i) =>
            i.map((o) => {
              if (o[0] === t) {
                let a = o[1].slice();
                return (
                  n.forEach((u) => {
                    u(s, a);
                  }),
                  [o[0], a.join("")]
                );
              } else return o;
            }),
          r,
        ]
  );
}
function wa(e) {
  return Object.entries(e)
    .map(([t, n]) => {
      let r = xa(t);
      return typeof n == "boolean"
        ? `${r}=${n ? "*" : "()"}`
        : Array.isArray(n)
          ? n.length === 0
            ? `${r}=()`
            : n.length === 1 && n[0] === "*"
              ? `${r}=*`
              : n.length === 1 && n[0] === "none"
                ? `${r}=()`
                : `${r}=(${n.map((s) => (["self", "src"].includes(s) ? s : `"${s}"`)).join(" ")})`
          : "";
    })
    .filter(Boolean)
    .join(", ");
}
function xa(e) {
  return e.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function ka(e = []) {
  return e.map((t) => `${t.name}="${t.url}"`).join(", ");
}
function Ea(e = []) {
  return e.map((t) => JSON.stringify(t)).join(", ");
}
function Ia(e, t, n) {
  t.forEach(([r, s]) => {
    (!n && e.res.headers.has(r)) || e.res.headers.set(r, s);
  });
}
var P = {};
C(P, {
  Auth: () => P,
  SESSION_DAYS: () => Pt,
  acceptInvite: () => Zu,
  confirmPasswordReset: () => Ku,
  invite: () => Ju,
  inviteInfo: () => Xu,
  login: () => zu,
  logout: () => Hu,
  me: () => Gu,
  requestPasswordReset: () => Wu,
  session: () => Vu,
  signup: () => ju,
  verifyEmail: () => Fu,
});
import {
  DeleteItemCommand as Lu,
  PutItemCommand as Uu,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as Aa,
  GetItemCommand as Pa,
  TransactWriteItemsCommand as Ta,
  TransactionCanceledException as Ra,
  ConditionalCheckFailedException as Oa,
} from "@aws-sdk/client-dynamodb";
import { marshall as Ca, unmarshall as Na } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as _a } from "node:async_hooks";
var Ss = new _a();
function $s() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function Ms(e, t) {
  return Ss.run(e, t);
}
function Ds() {
  return Ss.getStore();
}
function x() {
  return process.env.TABLE_NAME ?? "golmok";
}
var qs = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  Sa = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  Ve;
function A() {
  if (Ve) return Ve;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (Ve = new Aa({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    Ve.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          i = qs.has(s) || Sa.has(s),
          o = r.input;
        i && !o.ReturnConsumedCapacity && (o.ReturnConsumedCapacity = "TOTAL");
        let a = await t(r),
          u = Ds();
        if (u && i) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((p, f) => p + (f.CapacityUnits ?? 0), 0);
          (u.dbCalls++, qs.has(s) ? (u.readUnits += l) : (u.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    Ve
  );
}
function xn(e) {
  return e instanceof Oa || e?.name === "ConditionalCheckFailedException";
}
function $a(e) {
  return !(e instanceof Ra) && e?.name !== "TransactionCanceledException"
    ? []
    : (e.CancellationReasons ?? []).flatMap((n, r) =>
        n.Code === "ConditionalCheckFailed" ? [r] : [],
      );
}
function h(e) {
  return Ca(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function K(e) {
  return e ? Na(e) : void 0;
}
async function ne(e, t = !1) {
  let n = await A().send(
    new Pa({ TableName: x(), Key: h(e), ConsistentRead: t }),
  );
  return K(n.Item);
}
function J(e, t, n) {
  return {
    Put: {
      TableName: x(),
      Item: h(e),
      ...(t ? { ConditionExpression: t } : {}),
      ...(n ? { ExpressionAttributeValues: h(n) } : {}),
    },
  };
}
async function re(e, t) {
  try {
    await A().send(new Ta({ TransactItems: e }));
  } catch (n) {
    let r = $a(n);
    for (let s of r) {
      let i = t?.(s);
      if (i) throw i;
    }
    throw n;
  }
}
import { createHash as La } from "node:crypto";
import { AsyncLocalStorage as Ma } from "node:async_hooks";
var Ls = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  w = class extends Error {
    constructor(n, r, s, i = {}) {
      super(s);
      this.kind = n;
      this.code = r;
      this.extra = i;
      this.name = "VisibleError";
    }
    kind;
    code;
    extra;
  };
var Us = new Ma();
function M(e, t) {
  return Us.run(e, t);
}
function kn() {
  return Us.getStore() ?? { type: "public" };
}
function V() {
  let e = kn();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new w(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function En() {
  let e = kn();
  if (e.type !== "user")
    throw new w(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return e;
}
var Da = {
  owner: [
    "profile.read",
    "profile.write",
    "members.read",
    "members.invite",
    "usage.read",
    "data.read",
    "data.write",
  ],
  staff: ["profile.read", "members.read", "data.read", "data.write"],
  accountant: ["profile.read", "usage.read", "data.read"],
};
function qa(e, t) {
  return Da[e].includes(t);
}
function Te(e) {
  let t = kn();
  if (t.type !== "system") {
    if (t.type !== "user")
      throw new w(
        "unauthorized",
        "unauthenticated",
        "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      );
    if (!qa(t.role, e))
      throw new w(
        "forbidden",
        "forbidden",
        "\uC774 \uC791\uC5C5\uC744 \uD560 \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uB300\uD45C\uC5D0\uAC8C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
      );
  }
}
var In = (e) => La("sha256").update(e).digest("base64url"),
  He = () => `T#${V()}`,
  y = {
    tenant: () => ({ pk: He(), sk: "TENANT" }),
    user: (e) => ({ pk: He(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: He(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: He(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: He(), sk: `MAIL#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${In(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${In(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${In(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import { randomBytes as Ga } from "node:crypto";
import vt from "node:crypto";
var Ge = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  We = 32;
var Ua = 16,
  _n = 10,
  js = 0xffffffffffff;
var se;
(function (e) {
  ((e.Base32IncorrectEncoding = "B32_ENC_INVALID"),
    (e.DecodeTimeInvalidCharacter = "DEC_TIME_CHAR"),
    (e.DecodeTimeValueMalformed = "DEC_TIME_MALFORMED"),
    (e.EncodeTimeNegative = "ENC_TIME_NEG"),
    (e.EncodeTimeSizeExceeded = "ENC_TIME_SIZE_EXCEED"),
    (e.EncodeTimeValueMalformed = "ENC_TIME_MALFORMED"),
    (e.PRNGDetectFailure = "PRNG_DETECT"),
    (e.ULIDInvalid = "ULID_INVALID"),
    (e.Unexpected = "UNEXPECTED"),
    (e.UUIDInvalid = "UUID_INVALID"));
})(se || (se = {}));
var ie = class extends Error {
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function ja(e) {
  let t = Math.floor(e() * We) % We;
  return Ge.charAt(t);
}
function Fs(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Fa(e) {
  let t,
    n = e.length,
    r,
    s,
    i = e,
    o = We - 1;
  for (; !t && n-- >= 0;) {
    if (((r = i[n]), (s = Ge.indexOf(r)), s === -1))
      throw new ie(se.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === o) {
      i = Fs(i, n, Ge[0]);
      continue;
    }
    t = Fs(i, n, Ge[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new ie(se.Base32IncorrectEncoding, "Failed incrementing string");
}
function za(e) {
  let t = Ba(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof vt < "u" ? vt : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
  if (vt?.randomBytes) return () => vt.randomBytes(1).readUInt8() / 256;
  throw new ie(se.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Ba() {
  return Ha()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Va(e, t) {
  let n = "";
  for (; e > 0; e--) n = ja(t) + n;
  return n;
}
function zs(e, t = _n) {
  if (isNaN(e))
    throw new ie(se.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > js)
    throw new ie(
      se.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${js}: ${e}`,
    );
  if (e < 0) throw new ie(se.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new ie(se.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % We), (r = Ge.charAt(n) + r), (e = (e - n) / We));
  return r;
}
function Ha() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function Bs(e) {
  let t = e || za(),
    n = 0,
    r;
  return function (i) {
    let o = !i || isNaN(i) ? Date.now() : i;
    if (o <= n) {
      let u = (r = Fa(r));
      return zs(n, _n) + u;
    }
    n = o;
    let a = (r = Va(Ua, t));
    return zs(o, _n) + a;
  };
}
var Wa = Bs();
function fe(e) {
  return `${e}_${Wa().toLowerCase()}`;
}
function Re() {
  return Ga(32).toString("base64url");
}
var Z = {};
C(Z, {
  Mail: () => Z,
  deliver: () => ri,
  drain: () => yu,
  due: () => si,
  enqueue: () => ti,
  events: () => ei,
  notify: () => ni,
  recordEvent: () => hu,
  resetSesClient: () => du,
  send: () => fu,
});
import { EventEmitter as ou } from "node:events";
import {
  PutItemCommand as au,
  QueryCommand as uu,
  TransactWriteItemsCommand as cu,
  UpdateItemCommand as Tn,
} from "@aws-sdk/client-dynamodb";
var U = {};
C(U, {
  Metering: () => U,
  assertWithinQuota: () => su,
  billableUpdate: () => nu,
  clearCache: () => iu,
  current: () => Xs,
  flush: () => bt,
  flushIfDue: () => Ya,
  record: () => Qa,
});
import {
  GetItemCommand as Za,
  UpdateItemCommand as Gs,
} from "@aws-sdk/client-dynamodb";
var D = {};
C(D, {
  METRIC_LABEL: () => Ka,
  PLAN_TABLE: () => An,
  Plan: () => D,
  exceeded: () => Xa,
  get: () => Ja,
});
var Ka = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
  },
  An = [
    {
      from: "2026-01",
      plans: {
        basic: {
          id: "basic",
          name: "\uAE30\uBCF8",
          priceKrw: 3300,
          quotas: {
            requests: 5e4,
            emails: 500,
            dbReadUnits: 2e5,
            dbWriteUnits: 1e5,
          },
        },
        plus: {
          id: "plus",
          name: "\uD50C\uB7EC\uC2A4",
          priceKrw: 5500,
          quotas: {
            requests: 2e5,
            emails: 3e3,
            dbReadUnits: 1e6,
            dbWriteUnits: 5e5,
          },
        },
      },
    },
  ];
function Ja(e, t) {
  return ([...An].reverse().find((r) => r.from <= t) ?? An[0]).plans[e];
}
function Xa(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
  }
  return null;
}
function I() {
  return Date.now();
}
function oe(e = I()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function Ke(e) {
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
var X = (e = I()) => Math.floor(e / 1e3);
function Vs(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var Ws = Number(process.env.METER_FLUSH_EVERY ?? 200),
  Ks = Number(process.env.METER_FLUSH_MS ?? 1e4),
  me = new Map(),
  Oe = 0,
  Js = 0,
  Ce,
  Je;
function Qa(e, t, n, r = I()) {
  let s = oe(r),
    i = `${e}|${s}`,
    o = me.get(i);
  (o ||
    ((o = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    me.set(i, o)),
    o.requests++,
    (o.dbReadUnits += n.readUnits),
    (o.dbWriteUnits += n.writeUnits),
    (o.modules[t] = (o.modules[t] ?? 0) + 1),
    Oe === 0 && (Js = r),
    Oe++,
    Oe >= Ws
      ? bt()
      : Ce ||
        ((Ce = setTimeout(() => {
          bt();
        }, Ks)),
        Ce.unref()));
}
async function Ya(e = I()) {
  (Oe >= Ws || (Oe > 0 && e - Js >= Ks)) && (await bt());
}
async function bt() {
  (Je && (await Je), Ce && clearTimeout(Ce), (Ce = void 0));
  let e = [...me.values()];
  if ((me.clear(), (Oe = 0), e.length !== 0)) {
    Je = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await M({ type: "system", tenantId: n.tenantId }, () => eu(n));
          } catch (r) {
            (t.push(n),
              console.error(
                JSON.stringify({
                  level: "error",
                  msg: "usage flush failed",
                  error: String(r),
                }),
              ));
          }
        }),
      );
      for (let n of t) {
        let r = `${n.tenantId}|${n.month}`,
          s = me.get(r);
        if (!s) me.set(r, n);
        else {
          ((s.requests += n.requests),
            (s.dbReadUnits += n.dbReadUnits),
            (s.dbWriteUnits += n.dbWriteUnits));
          for (let [i, o] of Object.entries(n.modules))
            s.modules[i] = (s.modules[i] ?? 0) + o;
        }
      }
    })();
    try {
      await Je;
    } finally {
      Je = void 0;
    }
  }
}
async function eu(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, i], o) => (
        (t[`#m${o}`] = s),
        (n[`:m${o}`] = i),
        `#mod.#m${o} :m${o}`
      ),
    );
  (await tu(e.month),
    await A().send(
      new Gs({
        TableName: x(),
        Key: h(y.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: h(n),
      }),
    ));
}
var Hs = new Set();
async function tu(e) {
  let t = y.usage(e),
    n = `${t.pk}|${t.sk}`;
  Hs.has(n) ||
    (await A()
      .send(
        new Gs({
          TableName: x(),
          Key: h(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: h({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    Hs.add(n));
}
function nu(e, t = 1, n = oe()) {
  return {
    Update: {
      TableName: x(),
      Key: h(y.usage(n)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: h({ ":n": t }),
    },
  };
}
async function Xs(e = oe()) {
  let t = await A().send(
      new Za({ TableName: x(), Key: h(y.usage(e)), ConsistentRead: !0 }),
    ),
    n = K(t.Item) ?? {},
    r = me.get(`${V()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    byModule: n.byModule ?? {},
  };
}
var ru = 3e4,
  Pn = new Map();
async function su(e, t) {
  let n = oe(),
    s = `${V()}|${n}`,
    i = Pn.get(s),
    o = Object.keys(t).some((p) => p === "emails");
  (!i || I() - i.at > ru || o) &&
    ((i = { at: I(), usage: await Xs(n) }), Pn.set(s, i));
  let a = me.get(s),
    u = {
      ...i.usage,
      requests: Math.max(i.usage.requests ?? 0, a?.requests ?? 0),
    },
    c = D.get(e, n),
    l = D.exceeded(c, u, t);
  if (l) {
    let { label: p } = D.METRIC_LABEL[l];
    throw new w(
      "quota_exceeded",
      "quota_exceeded",
      `${c.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${p} \uD55C\uB3C4(${c.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${Vs(Ke(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(Ke(n)) - I()) / 1e3) },
    );
  }
}
function iu() {
  Pn.clear();
}
var Ys = 4,
  Zs = 6e4,
  lu = 10,
  pu = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  ei = new ou();
function ti(e) {
  let t = fe("mail"),
    n = V(),
    r = I(),
    s = t.charCodeAt(t.length - 1) % Ys,
    i = {
      ...y.mail(t),
      ...e,
      id: t,
      tenantId: n,
      status: "pending",
      attempts: 0,
      createdAt: new Date(r).toISOString(),
      nextAttemptAt: r,
      gsi1pk: y.outboxShard(s),
      gsi1sk: `${String(r).padStart(15, "0")}#${t}`,
    };
  return {
    id: t,
    put: {
      Put: {
        TableName: x(),
        Item: h(i),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function fu(e) {
  let { id: t, put: n } = ti(e);
  return (await A().send(new au(n.Put)), await ni(t), t);
}
var Qs;
async function ni(e) {
  let t = V(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((Qs ??= new r({})),
      await Qs.send(
        new s({
          QueueUrl: n,
          MessageBody: JSON.stringify({ tenantId: t, id: e }),
        }),
      ).catch((i) =>
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "outbox notify failed",
            id: e,
            error: String(i),
          }),
        ),
      ));
  } else ei.emit("queued", { tenantId: t, id: e });
}
var wt;
async function mu() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (wt ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    wt
  );
}
function du() {
  (wt?.destroy(), (wt = void 0));
}
async function ri(e, t) {
  return M({ type: "system", tenantId: e }, async () => {
    let n = I(),
      r;
    try {
      let s = await A().send(
        new Tn({
          TableName: x(),
          Key: h(y.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: h({
            ":lease": n + Zs,
            ":gsk": `${String(n + Zs).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = K(s.Attributes);
    } catch (s) {
      if (xn(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        i = await (
          await mu()
        ).send(
          new s({
            FromEmailAddress:
              process.env.MAIL_FROM ??
              "\uACE8\uBAA9 Golmok <no-reply@golmok.local>",
            Destination: { ToAddresses: r.to },
            ReplyToAddresses: r.replyTo ? [r.replyTo] : void 0,
            ConfigurationSetName: process.env.SES_CONFIGURATION_SET || void 0,
            EmailTags: [
              { Name: "outboxId", Value: t },
              { Name: "tenantId", Value: e },
              { Name: "kind", Value: r.kind },
            ],
            Content: {
              Simple: {
                Subject: { Data: r.subject, Charset: "UTF-8" },
                Body: {
                  Html: { Data: r.html, Charset: "UTF-8" },
                  Text: { Data: r.text, Charset: "UTF-8" },
                },
                Headers: [{ Name: "X-Golmok-Outbox-Id", Value: t }],
              },
            },
          }),
        );
      return (
        await A().send(
          new cu({
            TransactItems: [
              {
                Update: {
                  TableName: x(),
                  Key: h(y.mail(t)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: h({
                    ":sent": "sent",
                    ":at": new Date(I()).toISOString(),
                    ":mid": i.MessageId ?? "",
                  }),
                },
              },
              U.billableUpdate("emails", 1),
            ],
          }),
        ),
        "sent"
      );
    } catch (s) {
      let i = s.name,
        a =
          [
            "MessageRejected",
            "BadRequestException",
            "AccountSuspendedException",
          ].includes(i) || r.attempts >= lu,
        u = I() + Math.min(pu() * 2 ** (r.attempts - 1), 36e5);
      return (
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "mail send failed",
            id: t,
            attempts: r.attempts,
            error: i,
          }),
        ),
        await A().send(
          new Tn({
            TableName: x(),
            Key: h(y.mail(t)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: h(
              a
                ? { ":failed": "failed", ":e": i }
                : {
                    ":next": u,
                    ":gsk": `${String(u).padStart(15, "0")}#${t}`,
                    ":e": i,
                  },
            ),
          }),
        ),
        a ? "failed" : "retry"
      );
    }
  });
}
async function si(e = 50, t = I()) {
  let n = [];
  for (let r = 0; r < Ys; r++) {
    let s = await A().send(
      new uu({
        TableName: x(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: h({
          ":pk": y.outboxShard(r),
          ":now": `${String(t).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let i of s.Items ?? []) {
      let o = K(i);
      n.push({ tenantId: o.tenantId, id: o.id });
    }
  }
  return n;
}
async function yu() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await si()) e[await ri(t, n)]++;
  return e;
}
async function hu(e, t, n, r, s = "") {
  await M({ type: "system", tenantId: e }, () =>
    A()
      .send(
        new Tn({
          TableName: x(),
          Key: h(y.mail(t)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${n}At` },
          ExpressionAttributeValues: h({
            ":at": r,
            ":ev": n,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((i) => {
        if (!xn(i)) throw i;
      }),
  );
}
var xe = (e) =>
  e.replace(
    /[&<>"']/g,
    (t) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        t
      ],
  );
function Rn(e, t, n, r) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${xe(e)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${xe(e)}</h1>
${t.map(
  (o) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${xe(o)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${xe(n.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${xe(n.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${xe(n.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${xe(r)}</p></td></tr></table></body></html>`,
    i = `${e}

${t.join(`

`)}

${n.label}: ${n.url}

${r}
`;
  return { html: s, text: i };
}
function ii(e, t, n) {
  return {
    to: [e],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...Rn(
      "\uC774\uBA54\uC77C \uC8FC\uC18C \uC778\uC99D",
      [
        `${t}\uB2D8, \uACE8\uBAA9\uC5D0 \uAC00\uC785\uD574 \uC8FC\uC154\uC11C \uAC10\uC0AC\uD569\uB2C8\uB2E4.`,
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD558\uBA74 \uBC14\uB85C \uB85C\uADF8\uC778\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ],
      { label: "\uC774\uBA54\uC77C \uC778\uC99D\uD558\uAE30", url: n },
      "\uC774 \uB9C1\uD06C\uB294 24\uC2DC\uAC04 \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uAC00\uC785\uD55C \uC801\uC774 \uC5C6\uB2E4\uBA74 \uC774 \uBA54\uC77C\uC744 \uBB34\uC2DC\uD558\uC138\uC694.",
    ),
  };
}
function oi(e, t) {
  return {
    to: [e],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...Rn(
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815",
      [
        "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815\uC744 \uC694\uCCAD\uD558\uC168\uC2B5\uB2C8\uB2E4.",
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC0C8 \uBE44\uBC00\uBC88\uD638\uB97C \uC815\uD574 \uC8FC\uC138\uC694.",
      ],
      { label: "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC815\uD558\uAE30", url: t },
      "\uC774 \uB9C1\uD06C\uB294 1\uC2DC\uAC04 \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC694\uCCAD\uD558\uC9C0 \uC54A\uC558\uB2E4\uBA74 \uC774 \uBA54\uC77C\uC744 \uBB34\uC2DC\uD558\uC138\uC694. \uBE44\uBC00\uBC88\uD638\uB294 \uBC14\uB00C\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  };
}
function ai(e, t, n, r) {
  return {
    to: [e],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${t}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...Rn(
      `${t} \uCD08\uB300`,
      [
        `${t}\uC5D0\uC11C \uACE8\uBAA9\uC5D0 ${n}(\uC73C)\uB85C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4.`,
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC774\uB984\uACFC \uBE44\uBC00\uBC88\uD638\uB97C \uC815\uD558\uBA74 \uCC38\uC5EC\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ],
      { label: "\uCD08\uB300 \uC218\uB77D\uD558\uAE30", url: r },
      "\uC774 \uB9C1\uD06C\uB294 7\uC77C \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    ),
  };
}
import { UpdateItemCommand as vu } from "@aws-sdk/client-dynamodb";
var de = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function ye(e, t) {
  let n = X(I()),
    r = n - (n % e.windowSeconds),
    s = await A().send(
      new vu({
        TableName: x(),
        Key: h(y.rateLimit(e.bucket, t, r)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: h({
          ":one": 1,
          ":exp": r + e.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((K(s.Attributes)?.hits ?? 0) > e.limit) {
    let o = r + e.windowSeconds - n,
      a = Math.max(1, Math.ceil(o / 60));
    throw new w(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: o },
    );
  }
}
import {
  randomBytes as ci,
  scrypt as bu,
  timingSafeEqual as wu,
} from "node:crypto";
import { promisify as xu } from "node:util";
var li = xu(bu),
  ku = { N: 32768, r: 8, p: 1, keylen: 32 };
async function Xe(e) {
  let t = ci(16),
    { N: n, r, p: s, keylen: i } = ku,
    o = await li(e.normalize("NFC"), t, i, {
      N: n,
      r,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${n}$${r}$${s}$${t.toString("base64url")}$${o.toString("base64url")}`;
}
async function pi(e, t) {
  let [n, r, s, i, o, a] = t.split("$");
  if (n !== "scrypt" || !o || !a) return !1;
  let u = Buffer.from(a, "base64url"),
    c = await li(e.normalize("NFC"), Buffer.from(o, "base64url"), u.length, {
      N: Number(r),
      r: Number(s),
      p: Number(i),
      maxmem: 64 * 1024 * 1024,
    });
  return wu(c, u);
}
var ui;
function fi() {
  return ((ui ??= Xe(ci(16).toString("hex"))), ui);
}
var xt,
  Eu = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function Iu(e) {
  return !e && !xt
    ? Eu
    : {
        lang: e?.lang ?? xt?.lang,
        message: e?.message,
        abortEarly: e?.abortEarly ?? xt?.abortEarly,
        abortPipeEarly: e?.abortPipeEarly ?? xt?.abortPipeEarly,
      };
}
var _u;
function Au(e) {
  return _u?.get(e);
}
var Pu;
function Tu(e) {
  return Pu?.get(e);
}
var Ru;
function Ou(e, t) {
  return Ru?.get(e)?.get(t);
}
function On(e) {
  let t = typeof e;
  return t === "string"
    ? `"${e}"`
    : t === "number" || t === "bigint" || t === "boolean"
      ? `${e}`
      : t === "object" || t === "function"
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? "null")
        : t;
}
function N(e, t, n, r, s) {
  let i = s && "input" in s ? s.input : n.value,
    o = s?.expected ?? e.expects ?? null,
    a = s?.received ?? On(i),
    u = {
      kind: e.kind,
      type: e.type,
      input: i,
      expected: o,
      received: a,
      message: `Invalid ${t}: ${o ? `Expected ${o} but r` : "R"}eceived ${a}`,
      requirement: e.requirement,
      path: s?.path,
      issues: s?.issues,
      lang: r.lang,
      abortEarly: r.abortEarly,
      abortPipeEarly: r.abortPipeEarly,
    },
    c = e.kind === "schema",
    l =
      s?.message ??
      e.message ??
      Ou(e.reference, u.lang) ??
      (c ? Tu(u.lang) : null) ??
      r.message ??
      Au(u.lang);
  (l !== void 0 && (u.message = typeof l == "function" ? l(u) : l),
    c && (n.typed = !1),
    n.issues ? n.issues.push(u) : (n.issues = [u]));
}
function Cu(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function di(e, t) {
  let n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? "never");
}
function H(e) {
  return (
    (e["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (t) => e["~run"]({ value: t }, Iu()),
    }),
    e
  );
}
var Nu =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  nm = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function ae(e, t) {
  return {
    kind: "validation",
    type: "check",
    reference: ae,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement(n.value) && N(this, "input", n, r),
        n
      );
    },
  };
}
function Cn(e) {
  return {
    kind: "validation",
    type: "email",
    reference: Cn,
    expects: null,
    async: !1,
    requirement: Nu,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement.test(t.value) && N(this, "email", t, n),
        t
      );
    },
  };
}
function G(e, t) {
  return {
    kind: "validation",
    type: "max_length",
    reference: G,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length > this.requirement &&
          N(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function Ne(e) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: Ne,
    async: !1,
    expects: "!0",
    message: e,
    "~run"(t, n) {
      return (
        t.typed &&
          t.value.length === 0 &&
          N(this, "length", t, n, { received: "0" }),
        t
      );
    },
  };
}
function kt(e, t) {
  return {
    kind: "validation",
    type: "regex",
    reference: kt,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement.test(n.value) && N(this, "format", n, r),
        n
      );
    },
  };
}
function Nn() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: Nn,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.toLowerCase()), e);
    },
  };
}
function Se(e) {
  return {
    kind: "transformation",
    type: "transform",
    reference: Se,
    async: !1,
    operation: e,
    "~run"(t) {
      return ((t.value = this.operation(t.value)), t);
    },
  };
}
function ue() {
  return {
    kind: "transformation",
    type: "trim",
    reference: ue,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.trim()), e);
    },
  };
}
function Su(e, t, n) {
  return typeof e.fallback == "function" ? e.fallback(t, n) : e.fallback;
}
function Sn(e, t) {
  return {
    ...e,
    "~run"(n, r) {
      let s = n.issues && [...n.issues];
      if (((n = e["~run"](n, r)), n.issues)) {
        for (let i of n.issues)
          if (!s?.includes(i)) {
            let o = n.value;
            for (let a of t) {
              let u = o[a],
                c = {
                  type: "unknown",
                  origin: "value",
                  input: o,
                  key: a,
                  value: u,
                };
              if ((i.path ? i.path.push(c) : (i.path = [c]), !u)) break;
              o = u;
            }
          }
      }
      return n;
    },
  };
}
function $n(e, t, n) {
  return typeof e.default == "function" ? e.default(t, n) : e.default;
}
function $e(e, t) {
  return H({
    kind: "schema",
    type: "array",
    reference: $e,
    expects: "Array",
    async: !1,
    item: e,
    message: t,
    "~run"(n, r) {
      let s = n.value;
      if (Array.isArray(s)) {
        ((n.typed = !0), (n.value = []));
        for (let i = 0; i < s.length; i++) {
          let o = s[i],
            a = this.item["~run"]({ value: o }, r);
          if (a.issues) {
            let u = {
              type: "array",
              origin: "value",
              input: s,
              key: i,
              value: o,
            };
            for (let c of a.issues)
              (c.path ? c.path.unshift(u) : (c.path = [u]), n.issues?.push(c));
            if ((n.issues || (n.issues = a.issues), r.abortEarly)) {
              n.typed = !1;
              break;
            }
          }
          (a.typed || (n.typed = !1), n.value.push(a.value));
        }
      } else N(this, "type", n, r);
      return n;
    },
  });
}
function Mn(e) {
  return H({
    kind: "schema",
    type: "boolean",
    reference: Mn,
    expects: "boolean",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "boolean" ? (t.typed = !0) : N(this, "type", t, n),
        t
      );
    },
  });
}
function W(e, t) {
  return H({
    kind: "schema",
    type: "literal",
    reference: W,
    expects: On(e),
    async: !1,
    literal: e,
    message: t,
    "~run"(n, r) {
      return (
        Cu(n.value, this.literal) ? (n.typed = !0) : N(this, "type", n, r),
        n
      );
    },
  });
}
function Dn(e, t) {
  return H({
    kind: "schema",
    type: "nullable",
    reference: Dn,
    expects: `(${e.expects} | null)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === null &&
        (this.default !== void 0 && (n.value = $n(this, n, r)),
        n.value === null)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function ke(e) {
  return H({
    kind: "schema",
    type: "number",
    reference: ke,
    expects: "number",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "number" && !isNaN(t.value)
          ? (t.typed = !0)
          : N(this, "type", t, n),
        t
      );
    },
  });
}
function b(e, t) {
  return H({
    kind: "schema",
    type: "object",
    reference: b,
    expects: "Object",
    async: !1,
    entries: e,
    message: t,
    "~run"(n, r) {
      let s = n.value;
      if (s && typeof s == "object") {
        ((n.typed = !0), (n.value = {}));
        for (let i in this.entries) {
          let o = this.entries[i];
          if (
            i in s ||
            ((o.type === "exact_optional" ||
              o.type === "optional" ||
              o.type === "nullish") &&
              o.default !== void 0)
          ) {
            let a = i in s ? s[i] : $n(o),
              u = o["~run"]({ value: a }, r);
            if (u.issues) {
              let c = {
                type: "object",
                origin: "value",
                input: s,
                key: i,
                value: a,
              };
              for (let l of u.issues)
                (l.path ? l.path.unshift(c) : (l.path = [c]),
                  n.issues?.push(l));
              if ((n.issues || (n.issues = u.issues), r.abortEarly)) {
                n.typed = !1;
                break;
              }
            }
            (u.typed || (n.typed = !1), (n.value[i] = u.value));
          } else if (o.fallback !== void 0) n.value[i] = Su(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            (N(this, "key", n, r, {
              input: void 0,
              expected: `"${i}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input: s,
                  key: i,
                  value: s[i],
                },
              ],
            }),
            r.abortEarly)
          )
            break;
        }
      } else N(this, "type", n, r);
      return n;
    },
  });
}
function Q(e, t) {
  return H({
    kind: "schema",
    type: "optional",
    reference: Q,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === void 0 &&
        (this.default !== void 0 && (n.value = $n(this, n, r)),
        n.value === void 0)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function Me(e, t) {
  return H({
    kind: "schema",
    type: "picklist",
    reference: Me,
    expects: di(e.map(On), "|"),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      return (
        this.options.includes(n.value) ? (n.typed = !0) : N(this, "type", n, r),
        n
      );
    },
  });
}
function m(e) {
  return H({
    kind: "schema",
    type: "string",
    reference: m,
    expects: "string",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "string" ? (t.typed = !0) : N(this, "type", t, n),
        t
      );
    },
  });
}
function mi(e) {
  let t;
  if (e)
    for (let n of e)
      if (t) for (let r of n.issues) t.push(r);
      else t = n.issues;
  return t;
}
function qn(e, t) {
  return H({
    kind: "schema",
    type: "union",
    reference: qn,
    expects: di(
      e.map((n) => n.expects),
      "|",
    ),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      let s, i, o;
      for (let a of this.options) {
        let u = a["~run"]({ value: n.value }, r);
        if (u.typed)
          if (u.issues) i ? i.push(u) : (i = [u]);
          else {
            s = u;
            break;
          }
        else o ? o.push(u) : (o = [u]);
      }
      if (s) return s;
      if (i) {
        if (i.length === 1) return i[0];
        (N(this, "type", n, r, { issues: mi(i) }), (n.typed = !0));
      } else {
        if (o?.length === 1) return o[0];
        N(this, "type", n, r, { issues: mi(o) });
      }
      return n;
    },
  });
}
function q(...e) {
  return H({
    ...e[0],
    pipe: e,
    "~run"(t, n) {
      for (let r of e)
        if (r.kind !== "metadata") {
          if (
            t.issues &&
            (r.kind === "schema" || r.kind === "transformation")
          ) {
            t.typed = !1;
            break;
          }
          (!t.issues || (!n.abortEarly && !n.abortPipeEarly)) &&
            (t = r["~run"](t, n));
        }
      return t;
    },
  });
}
var $u = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function It(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(t) ? t : null;
}
function yi(e) {
  let t = It(e);
  if (!t) return !1;
  let n = [...t].map(Number),
    r = 0;
  for (let s = 0; s < 9; s++) r += n[s] * $u[s];
  return ((r += Math.floor((n[8] * 5) / 10)), (10 - (r % 10)) % 10 === n[9]);
}
function Ln(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(t) ? t : null;
}
function Un(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(t) ? t : null;
}
function _t(e, t) {
  return e.length < 8
    ? "\uBE44\uBC00\uBC88\uD638\uB294 8\uC790 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4."
    : e.length > 128
      ? "\uBE44\uBC00\uBC88\uD638\uB294 128\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4."
      : [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(e)).length < 2
        ? "\uBE44\uBC00\uBC88\uD638\uB294 \uC601\uBB38, \uC22B\uC790, \uD2B9\uC218\uBB38\uC790 \uC911 \uB450 \uC885\uB958 \uC774\uC0C1\uC744 \uC11E\uC5B4 \uC8FC\uC138\uC694."
        : /^(.)\1+$/.test(e)
          ? "\uAC19\uC740 \uBB38\uC790\uB9CC \uBC18\uBCF5\uD55C \uBE44\uBC00\uBC88\uD638\uB294 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
          : t &&
              e.toLowerCase().includes(t.toLowerCase().split("@")[0]) &&
              t.split("@")[0].length >= 4
            ? "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
            : null;
}
var Y = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  hi = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var Mu = ["general", "simplified", "exempt"];
var gi = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  Ze = (e, t) =>
    q(
      m(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      ue(),
      Ne(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      G(
        t,
        `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  jn = (e, t) =>
    Q(
      q(
        m(
          `${e}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        ue(),
        G(
          t,
          `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  Qe = q(
    m("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    ue(),
    Ne("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    G(
      Y.email,
      `\uC774\uBA54\uC77C\uC740 ${Y.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    Cn(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    Nn(),
  ),
  vi = q(
    m(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
    ),
    ue(),
    G(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    ae(
      (e) => e === "" || It(e) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    ae(
      (e) => e === "" || yi(e),
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    Se((e) => (e === "" ? "" : It(e))),
  ),
  Du = q(
    m(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    ue(),
    G(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    ae(
      (e) => Ln(e) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    Se((e) => Ln(e)),
  ),
  qu = q(
    m("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    ue(),
    G(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    ae(
      (e) => e === "" || Un(e) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    Se((e) => (e === "" ? "" : Un(e))),
  ),
  zn = q(
    m("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    G(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    ae(
      (e) => _t(e) === null,
      (e) =>
        _t(String(e.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  bi = q(
    b({
      businessName: Ze("\uC0C1\uD638", Y.business),
      noBizNo: Q(
        Mn(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: Q(vi, ""),
      ownerName: Ze("\uB300\uD45C\uC790\uBA85", Y.name),
      industry: Me(
        hi,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: Qe,
      phone: Du,
      password: zn,
      privacyConsent: W(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    Sn(
      ae(
        (e) => e.noBizNo || e.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    Sn(
      ae(
        (e) => _t(e.password, e.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    Se((e) => ({ ...e, bizNo: e.noBizNo ? "" : e.bizNo })),
  ),
  wi = b({
    email: Qe,
    password: q(
      m(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      Ne(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      G(128, "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4."),
    ),
  }),
  Bn = q(
    m("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    Ne("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    G(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Vn = b({ token: Bn }),
  xi = b({ email: Qe }),
  ki = b({ token: Bn, password: zn }),
  Ei = b({
    email: Qe,
    role: Me(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  Ii = b({ token: Bn, name: Ze("\uC774\uB984", Y.name), password: zn }),
  Hn = b({
    businessName: Ze("\uC0C1\uD638", Y.business),
    ownerName: Ze("\uB300\uD45C\uC790", Y.name),
    bizNo: vi,
    branchNo: q(
      Q(
        m(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      ue(),
      kt(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: jn("\uC8FC\uC18C", Y.address),
    businessType: jn("\uC5C5\uD0DC", Y.text),
    businessItem: jn("\uC885\uBAA9", Y.text),
    taxType: Me(
      Mu,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: qn(
      [W(""), Qe],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: Q(qu, ""),
    industry: Me(
      hi,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  _i = b({
    month: Q(
      q(
        m(),
        kt(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var Pt = 14,
  At = 3600,
  Gn = { verify: 24 * At, reset: 1 * At, invite: 168 * At },
  Wn = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  he = () =>
    new w(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function Kn(e, t) {
  return J({ ...y.token(e), ...t });
}
async function ju(e, t, n = {}) {
  await ye(de.signupPerIp, t);
  let r = fe("ten"),
    s = fe("usr"),
    i = new Date(I()).toISOString(),
    o = Re(),
    a = await Xe(e.password);
  return M({ type: "system", tenantId: r }, async () => {
    let u = Z.enqueue(ii(e.email, e.businessName, `${Wn()}/verify?token=${o}`)),
      c = {
        ...y.tenant(),
        id: r,
        businessName: e.businessName,
        ownerName: e.ownerName,
        bizNo: e.bizNo,
        branchNo: "",
        address: "",
        businessType: "",
        businessItem: "",
        taxType: "general",
        contactEmail: e.email,
        contactPhone: e.phone,
        industry: e.industry,
        planId: "basic",
        status: "active",
        createdAt: i,
        updatedAt: i,
      },
      l = {
        ...y.user(s),
        id: s,
        tenantId: r,
        email: e.email,
        name: e.ownerName,
        role: "owner",
        status: "active",
        verified: n.preverified === !0,
        passwordHash: a,
        createdAt: i,
      },
      p = [
        J(
          { ...y.email(e.email), userId: s, tenantId: r },
          "attribute_not_exists(pk)",
        ),
        J(c, "attribute_not_exists(pk)"),
        J(l),
        ...(n.preverified
          ? []
          : [
              Kn(o, {
                kind: "verify",
                tenantId: r,
                userId: s,
                email: e.email,
                expiresAt: X() + Gn.verify,
              }),
              u.put,
            ]),
      ];
    return (
      e.bizNo &&
        p.push(
          J({ ...y.bizNo(e.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
        ),
      await re(p, (f) => {
        if (f === 0)
          return new w(
            "conflict",
            "email_taken",
            "\uC774\uBBF8 \uAC00\uC785\uB41C \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4. \uB85C\uADF8\uC778\uD558\uAC70\uB098 \uBE44\uBC00\uBC88\uD638 \uCC3E\uAE30\uB97C \uC774\uC6A9\uD574 \uC8FC\uC138\uC694.",
            {
              fields: [
                {
                  field: "email",
                  message:
                    "\uC774\uBBF8 \uAC00\uC785\uB41C \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4.",
                },
              ],
            },
          );
        if (f === p.length - 1 && e.bizNo)
          return new w(
            "conflict",
            "bizno_taken",
            "\uC774\uBBF8 \uACE8\uBAA9\uC5D0 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uACE0\uAC1D\uC13C\uD130\uB85C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
            {
              fields: [
                {
                  field: "bizNo",
                  message:
                    "\uC774\uBBF8 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4.",
                },
              ],
            },
          );
      }),
      n.preverified || (await Z.notify(u.id)),
      { tenantId: r, userId: s }
    );
  });
}
async function Tt(e, t) {
  let n = await ne(y.token(e), !0);
  if (!(!n || n.kind !== t || n.expiresAt <= X())) return n;
}
function Jn(e, t) {
  return {
    Delete: {
      TableName: x(),
      Key: h(y.token(e)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: h({ ":k": t, ":now": X() }),
    },
  };
}
function Xn(e, t, n) {
  return M({ type: "system", tenantId: e }, () => {
    let r = {},
      s = {},
      i = Object.entries(n).map(
        ([o, a], u) => (
          (r[`#f${u}`] = o),
          (s[`:v${u}`] = a),
          `#f${u} = :v${u}`
        ),
      );
    return {
      Update: {
        TableName: x(),
        Key: h(y.user(t)),
        UpdateExpression: `SET ${i.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: r,
        ExpressionAttributeValues: h(s),
      },
    };
  });
}
async function Fu(e) {
  let t = await Tt(e, "verify");
  if (!t) throw he();
  await re([Jn(e, "verify"), Xn(t.tenantId, t.userId, { verified: !0 })], () =>
    he(),
  );
}
async function Ye(e, t) {
  return M({ type: "system", tenantId: e }, () => ne(y.user(t), !0));
}
async function Rt(e) {
  return M({ type: "system", tenantId: e }, () => ne(y.tenant()));
}
var Ai = () =>
  new w(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function zu(e, t, n) {
  (await ye(de.loginPerIp, n), await ye(de.loginPerAccount, e));
  let r = await ne(y.email(e)),
    s = r ? await Ye(r.tenantId, r.userId) : void 0,
    i = await pi(t, s?.passwordHash ?? (await fi()));
  if (!s || !s.passwordHash || !i || s.status !== "active") throw Ai();
  if (!s.verified)
    throw new w(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let o = await Rt(s.tenantId);
  if (!o) throw Ai();
  return Pi(s, o);
}
async function Pi(e, t) {
  let n = Re(),
    r = {
      userId: e.id,
      tenantId: e.tenantId,
      role: e.role,
      planId: t.planId,
      csrf: Re(),
      expiresAt: X() + Pt * 24 * At,
    };
  return (
    await A().send(
      new Uu({ TableName: x(), Item: h({ ...y.session(n), ...r }) }),
    ),
    { token: n, me: Ti(e, t, r.csrf) }
  );
}
function Ti(e, t, n) {
  let r = Bu(t.planId);
  return {
    user: { id: e.id, email: e.email, name: e.name, role: e.role },
    tenant: {
      id: t.id,
      businessName: t.businessName,
      industry: t.industry,
      plan: r,
    },
    csrfToken: n,
  };
}
function Bu(e) {
  let t = D.get(e, oe());
  return { id: t.id, name: t.name, priceKrw: t.priceKrw };
}
async function Vu(e) {
  if (!e || e.length > 100) return;
  let t = await ne(y.session(e));
  if (!(!t || t.expiresAt <= X()))
    return {
      type: "user",
      userId: t.userId,
      tenantId: t.tenantId,
      role: t.role,
      sessionId: t.pk,
      csrf: t.csrf,
      planId: t.planId,
    };
}
async function Hu(e) {
  await A().send(new Lu({ TableName: x(), Key: h(y.session(e)) }));
}
async function Gu(e) {
  let t = En(),
    [n, r] = await Promise.all([Ye(t.tenantId, t.userId), Rt(t.tenantId)]);
  if (!n || !r)
    throw new w(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return Ti(n, r, e);
}
async function Wu(e, t) {
  (await ye(de.resetPerIp, t), await ye(de.resetPerAccount, e));
  let n = await ne(y.email(e));
  if (!n) return;
  let r = await Ye(n.tenantId, n.userId);
  if (!r || r.status !== "active") return;
  let s = Re();
  await M({ type: "system", tenantId: n.tenantId }, async () => {
    let i = Z.enqueue(oi(e, `${Wn()}/reset?token=${s}`));
    (await re([
      Kn(s, {
        kind: "reset",
        tenantId: n.tenantId,
        userId: n.userId,
        email: e,
        expiresAt: X() + Gn.reset,
      }),
      i.put,
    ]),
      await Z.notify(i.id));
  });
}
async function Ku(e, t) {
  let n = await Tt(e, "reset");
  if (!n) throw he();
  let r = await Xe(t);
  await re(
    [
      Jn(e, "reset"),
      Xn(n.tenantId, n.userId, { passwordHash: r, verified: !0 }),
    ],
    () => he(),
  );
}
async function Ju(e, t, n) {
  let r = En(),
    s = fe("usr"),
    i = Re(),
    o = Z.enqueue(ai(e, n, gi[t], `${Wn()}/invite?token=${i}`)),
    a = {
      ...y.user(s),
      id: s,
      tenantId: r.tenantId,
      email: e,
      name: "",
      role: t,
      status: "invited",
      verified: !1,
      createdAt: new Date(I()).toISOString(),
    };
  (await re(
    [
      J(
        { ...y.email(e), userId: s, tenantId: r.tenantId },
        "attribute_not_exists(pk)",
      ),
      J(a),
      Kn(i, {
        kind: "invite",
        tenantId: r.tenantId,
        userId: s,
        email: e,
        expiresAt: X() + Gn.invite,
      }),
      o.put,
    ],
    (u) =>
      u === 0
        ? new w(
            "conflict",
            "email_taken",
            "\uC774\uBBF8 \uACE8\uBAA9\uC744 \uC4F0\uACE0 \uC788\uB294 \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4.",
            {
              fields: [
                {
                  field: "email",
                  message:
                    "\uC774\uBBF8 \uACE8\uBAA9\uC744 \uC4F0\uACE0 \uC788\uB294 \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4.",
                },
              ],
            },
          )
        : void 0,
  ),
    await Z.notify(o.id));
}
async function Xu(e) {
  let t = await Tt(e, "invite"),
    n = t && (await Ye(t.tenantId, t.userId)),
    r = t && (await Rt(t.tenantId));
  if (!t || !n || !r) throw he();
  return { email: t.email, businessName: r.businessName, role: n.role };
}
async function Zu(e, t, n) {
  let r = await Tt(e, "invite");
  if (!r) throw he();
  let s = await Xe(n);
  await re(
    [
      Jn(e, "invite"),
      Xn(r.tenantId, r.userId, {
        name: t,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => he(),
  );
  let [i, o] = await Promise.all([Ye(r.tenantId, r.userId), Rt(r.tenantId)]);
  if (!i || !o) throw he();
  return Pi(i, o);
}
var Ct = "golmok_session",
  Qu = 1024 * 1024,
  Zn = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  Ot = class extends Error {
    constructor(n) {
      super("invalid input");
      this.fields = n;
    }
    fields;
  };
function j(e, t) {
  return bs(e, t, (n) => {
    if (!n.success) {
      let r = n.error;
      throw new Ot(
        r.map((s) => ({
          field:
            (s.path ?? [])
              .map((i) => String(typeof i == "object" ? i.key : i))
              .join(".") || e,
          message: s.message,
        })),
      );
    }
  });
}
function Nt(e) {
  let t = e.env;
  return (
    t?.event?.requestContext?.http?.sourceIp ??
    t?.incoming?.socket?.remoteAddress ??
    e.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var Yu = new Set(["GET", "HEAD", "OPTIONS"]);
function De(e) {
  let t = new ve();
  return (
    t.use("*", async (n, r) => {
      let s = performance.now(),
        i = fe("req");
      n.set("requestId", i);
      let o = $s();
      await Ms(o, r);
      let a = performance.now() - s;
      (n.header("x-request-id", i),
        n.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let u = n.get("actor"),
        c = u && u.type === "user" ? u.tenantId : void 0;
      (c && U.record(c, e, o),
        process.env.GOLMOK_LOG_REQUESTS !== "0" &&
          console.log(
            JSON.stringify({
              level: "info",
              msg: "request",
              requestId: i,
              module: e,
              method: n.req.method,
              path: n.req.path,
              status: n.res.status,
              ms: Math.round(a * 10) / 10,
              tenantId: c,
              rcu: o.readUnits,
              wcu: o.writeUnits,
            }),
          ));
    }),
    t.use(
      "*",
      wn({
        strictTransportSecurity: Zn()
          ? !1
          : "max-age=63072000; includeSubDomains; preload",
        contentSecurityPolicy: {
          defaultSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
        xFrameOptions: "DENY",
        referrerPolicy: "strict-origin-when-cross-origin",
        crossOriginResourcePolicy: "same-origin",
      }),
    ),
    t.use("*", async (n, r) => {
      (n.header("cache-control", "no-store"), await r());
    }),
    t.use(
      "*",
      Cs({
        maxSize: Qu,
        onError: () => {
          throw new w(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    t.use("*", async (n, r) => {
      let s = { type: "public" },
        i = Fe(n, Ct);
      if (i) {
        let o = await P.session(i);
        if (o) {
          let { csrf: a, planId: u, ...c } = o;
          ((s = c),
            n.set("csrf", a),
            n.set("planId", u),
            n.set("sessionToken", i));
        }
      }
      if ((n.set("actor", s), !Yu.has(n.req.method))) {
        let o = n.req.header("origin");
        if (o && new URL(n.req.url).host !== ec(o))
          throw new w(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && n.req.header("x-csrf-token") !== n.get("csrf"))
          throw new w(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await M(s, async () => {
        (s.type === "user" &&
          (await U.assertWithinQuota(n.get("planId") ?? "basic", {
            requests: 1,
          })),
          await r());
      });
    }),
    t.onError((n, r) => tc(n, r)),
    t.notFound((n) =>
      n.json(
        {
          code: "not_found",
          message:
            "\uC694\uCCAD\uD55C \uC8FC\uC18C\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          requestId: n.get("requestId"),
        },
        404,
      ),
    ),
    t
  );
}
function ec(e) {
  try {
    return new URL(e).host;
  } catch {
    return;
  }
}
function tc(e, t) {
  let n = t.get("requestId");
  if (e instanceof Ot)
    return t.json(
      {
        code: "invalid_input",
        message:
          e.fields[0]?.message ??
          "\uC785\uB825\uAC12\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        fields: e.fields,
        requestId: n,
      },
      400,
    );
  if (e instanceof w) {
    e.extra.retryAfterSeconds !== void 0 &&
      t.header("retry-after", String(e.extra.retryAfterSeconds));
    let s = e.code === "body_too_large" ? 413 : Ls[e.kind];
    return t.json(
      {
        code: e.code,
        message: e.message,
        ...(e.extra.fields ? { fields: e.extra.fields } : {}),
        requestId: n,
      },
      s,
    );
  }
  if (e instanceof L && e.status < 500) {
    let s = e.status === 400;
    return t.json(
      s
        ? {
            code: "malformed_json",
            message:
              "\uC694\uCCAD \uBCF8\uBB38\uC774 \uC62C\uBC14\uB978 JSON \uD615\uC2DD\uC774 \uC544\uB2D9\uB2C8\uB2E4.",
            requestId: n,
          }
        : {
            code: "bad_request",
            message: "\uC798\uBABB\uB41C \uC694\uCCAD\uC785\uB2C8\uB2E4.",
            requestId: n,
          },
      e.status,
    );
  }
  let r = e.name;
  return r === "ProvisionedThroughputExceededException" ||
    r === "ThrottlingException" ||
    r === "RequestLimitExceeded"
    ? (t.header("retry-after", "1"),
      t.json(
        {
          code: "unavailable",
          message:
            "\uC7A0\uC2DC \uC694\uCCAD\uC774 \uBAB0\uB838\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          requestId: n,
        },
        503,
      ))
    : (console.error(
        JSON.stringify({
          level: "error",
          msg: "unhandled",
          requestId: n,
          error: r,
          message: e.message,
          stack: e.stack,
        }),
      ),
      t.json(
        {
          code: "internal",
          message:
            "\uC77C\uC2DC\uC801\uC778 \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          requestId: n,
        },
        500,
      ));
}
var St = b({
    code: m(),
    message: m(),
    fields: Q($e(b({ field: m(), message: m() }))),
    requestId: m(),
  }),
  et = b({ ok: W(!0) }),
  nc = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: we(St) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: we(St) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: we(St) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: we(St) } },
    },
  };
function T(e, t, n, r = 200) {
  return ws({
    tags: [e],
    summary: t,
    responses: {
      [r]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: we(n) } },
      },
      ...nc,
    },
  });
}
var $t = b({
  user: b({ id: m(), email: m(), name: m(), role: m() }),
  tenant: b({
    id: m(),
    businessName: m(),
    industry: m(),
    plan: b({ id: m(), name: m(), priceKrw: ke() }),
  }),
  csrfToken: m(),
});
function Ri(e, t) {
  en(e, Ct, t, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !Zn(),
    path: "/",
    maxAge: Pt * 24 * 3600,
  });
}
var Oi = De("auth")
  .get(
    "/api/health",
    T("platform", "\uC0C1\uD0DC \uD655\uC778", b({ ok: W(!0) })),
    (e) => e.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    T(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      b({ ok: W(!0), email: m() }),
      201,
    ),
    j("json", bi),
    async (e) => {
      let t = e.req.valid("json");
      return (
        await P.signup(t, Nt(e)),
        e.json({ ok: !0, email: t.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    T("auth", "\uC774\uBA54\uC77C \uC778\uC99D", et),
    j("json", Vn),
    async (e) => (
      await P.verifyEmail(e.req.valid("json").token),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    T(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      $t,
    ),
    j("json", wi),
    async (e) => {
      let { email: t, password: n } = e.req.valid("json"),
        { token: r, me: s } = await P.login(t, n, Nt(e));
      return (Ri(e, r), e.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    T("auth", "\uB85C\uADF8\uC544\uC6C3", et),
    async (e) => {
      let t = e.get("sessionToken");
      return (
        t && (await P.logout(t)),
        Ar(e, Ct, { path: "/" }),
        e.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    T(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      et,
    ),
    j("json", xi),
    async (e) => (
      await P.requestPasswordReset(e.req.valid("json").email, Nt(e)),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    T("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", et),
    j("json", ki),
    async (e) => {
      let { token: t, password: n } = e.req.valid("json");
      return (await P.confirmPasswordReset(t, n), e.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    T(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      b({ email: m(), businessName: m(), role: m() }),
    ),
    j("query", Vn),
    async (e) => e.json(await P.inviteInfo(e.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    T("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", $t),
    j("json", Ii),
    async (e) => {
      let { token: t, name: n, password: r } = e.req.valid("json"),
        s = await P.acceptInvite(t, n, r);
      return (Ri(e, s.token), e.json(s.me));
    },
  );
var ce = {};
C(ce, {
  Tenant: () => ce,
  getProfile: () => ic,
  invite: () => uc,
  listMembers: () => ac,
  updateProfile: () => oc,
  usage: () => cc,
});
import { QueryCommand as rc } from "@aws-sdk/client-dynamodb";
var sc = () =>
  new w(
    "not_found",
    "not_found",
    "\uC0AC\uC5C5\uC7A5\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
  );
async function Mt() {
  let e = await ne(y.tenant(), !0);
  if (!e) throw sc();
  return e;
}
function Ci(e) {
  return {
    businessName: e.businessName,
    ownerName: e.ownerName,
    bizNo: e.bizNo,
    branchNo: e.branchNo,
    address: e.address,
    businessType: e.businessType,
    businessItem: e.businessItem,
    taxType: e.taxType,
    contactEmail: e.contactEmail,
    contactPhone: e.contactPhone,
    industry: e.industry,
    updatedAt: e.updatedAt,
  };
}
async function ic() {
  return (Te("profile.read"), Ci(await Mt()));
}
async function oc(e) {
  Te("profile.write");
  let t = await Mt(),
    n = V(),
    r = new Date(I()).toISOString(),
    s = { ...e, updatedAt: r },
    i = {},
    o = { ":prev": t.updatedAt },
    a = Object.entries(s).map(
      ([l, p], f) => ((i[`#f${f}`] = l), (o[`:v${f}`] = p), `#f${f} = :v${f}`),
    ),
    u = [
      {
        Update: {
          TableName: x(),
          Key: h(y.tenant()),
          UpdateExpression: `SET ${a.join(", ")}`,
          ConditionExpression: "updatedAt = :prev",
          ExpressionAttributeNames: i,
          ExpressionAttributeValues: h(o),
        },
      },
    ],
    c = e.bizNo !== t.bizNo;
  return (
    c &&
      e.bizNo &&
      u.push(
        J({ ...y.bizNo(e.bizNo), tenantId: n }, "attribute_not_exists(pk)"),
      ),
    c &&
      t.bizNo &&
      u.push({
        Delete: {
          TableName: x(),
          Key: h(y.bizNo(t.bizNo)),
          ConditionExpression: "tenantId = :t",
          ExpressionAttributeValues: h({ ":t": n }),
        },
      }),
    await re(u, (l) => {
      if (l === 0)
        return new w(
          "conflict",
          "stale_write",
          "\uB2E4\uB978 \uACF3\uC5D0\uC11C \uBA3C\uC800 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C\uACE0\uCE68 \uD6C4 \uB2E4\uC2DC \uC800\uC7A5\uD574 \uC8FC\uC138\uC694.",
        );
      if (l === 1 && e.bizNo)
        return new w(
          "conflict",
          "bizno_taken",
          "\uC774\uBBF8 \uACE8\uBAA9\uC5D0 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4.",
          {
            fields: [
              {
                field: "bizNo",
                message:
                  "\uC774\uBBF8 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4.",
              },
            ],
          },
        );
    }),
    Ci({ ...t, ...s })
  );
}
async function ac() {
  Te("members.read");
  let { pk: e, skPrefix: t } = y.usersPrefix();
  return (
    (
      await A().send(
        new rc({
          TableName: x(),
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
          ExpressionAttributeValues: h({ ":pk": e, ":p": t }),
        }),
      )
    ).Items ?? []
  ).map((r) => {
    let s = K(r);
    return {
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      status: s.status,
    };
  });
}
async function uc(e, t) {
  (Te("members.invite"), await ye(de.invitePerTenant, V()));
  let n = await Mt();
  await P.invite(e, t, n.businessName);
}
async function cc(e = oe()) {
  Te("usage.read");
  let [t, n] = await Promise.all([Mt(), U.current(e)]),
    r = D.get(t.planId, e);
  return {
    month: e,
    plan: { id: r.id, name: r.name, priceKrw: r.priceKrw },
    resetsAt: Ke(e),
    metrics: Object.keys(r.quotas).map((s) => ({
      id: s,
      label: D.METRIC_LABEL[s].label,
      unit: D.METRIC_LABEL[s].unit,
      used: Math.round((n[s] ?? 0) * 10) / 10,
      quota: r.quotas[s],
    })),
  };
}
var Ni = b({ ...Hn.entries, updatedAt: m() }),
  lc = b({
    members: $e(b({ id: m(), email: m(), name: m(), role: m(), status: m() })),
  }),
  pc = b({
    month: m(),
    plan: b({ id: m(), name: m(), priceKrw: ke() }),
    resetsAt: m(),
    metrics: $e(
      b({ id: m(), label: m(), used: ke(), quota: Dn(ke()), unit: m() }),
    ),
  }),
  Si = De("tenant")
    .get(
      "/api/me",
      T(
        "tenant",
        "\uB85C\uADF8\uC778\uD55C \uC0AC\uC6A9\uC790\uC640 \uC0AC\uC5C5\uC7A5",
        $t,
      ),
      async (e) => e.json(await P.me(e.get("csrf") ?? "")),
    )
    .get(
      "/api/tenant/profile",
      T("tenant", "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4", Ni),
      async (e) => e.json(await ce.getProfile()),
    )
    .put(
      "/api/tenant/profile",
      T(
        "tenant",
        "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4 \uC218\uC815 (\uB300\uD45C\uB9CC)",
        Ni,
      ),
      j("json", Hn),
      async (e) => e.json(await ce.updateProfile(e.req.valid("json"))),
    )
    .get(
      "/api/tenant/members",
      T("tenant", "\uAD6C\uC131\uC6D0 \uBAA9\uB85D", lc),
      async (e) => e.json({ members: await ce.listMembers() }),
    )
    .post(
      "/api/tenant/invites",
      T(
        "tenant",
        "\uC9C1\uC6D0\xB7\uC138\uBB34\uC0AC \uCD08\uB300 (\uB300\uD45C\uB9CC)",
        b({ ok: W(!0) }),
        201,
      ),
      j("json", Ei),
      async (e) => {
        let { email: t, role: n } = e.req.valid("json");
        return (await ce.invite(t, n), e.json({ ok: !0 }, 201));
      },
    )
    .get(
      "/api/usage",
      T(
        "tenant",
        "\uC774\uBC88 \uB2EC(\uB610\uB294 \uC9C0\uC815\uD55C \uB2EC) \uC0AC\uC6A9\uB7C9\uACFC \uC694\uAE08\uC81C",
        pc,
      ),
      j("query", _i),
      async (e) => e.json(await ce.usage(e.req.valid("query").month)),
    );
var fc = [Oi, Si],
  mc = fc.reduce((e, t) => e.route("/", t), new ve()),
  Qn = "https://cdn.jsdelivr.net",
  $i = De("docs")
    .get(
      "/api/openapi.json",
      ys(mc, {
        documentation: {
          info: {
            title: "\uACE8\uBAA9 Golmok API",
            version: "1",
            description:
              "\uACE8\uBAA9 API. \uCFE0\uD0A4 \uC138\uC158(golmok_session)\uC73C\uB85C \uC778\uC99D\uD558\uBA70, \uCFE0\uD0A4\uB85C \uC778\uC99D\uD55C \uC4F0\uAE30 \uC694\uCCAD\uC5D0\uB294 X-CSRF-Token \uD5E4\uB354\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4. \uC624\uB958\uB294 { code, message, fields?, requestId } \uD615\uC2DD\uC785\uB2C8\uB2E4.",
          },
          servers: [{ url: "/" }],
        },
      }),
    )
    .get(
      "/api/docs",
      async (e, t) => {
        (await t(),
          e.res.headers.set(
            "content-security-policy",
            `default-src 'none'; script-src ${Qn} 'unsafe-inline'; style-src ${Qn} 'unsafe-inline'; font-src ${Qn} https://fonts.scalar.com; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'`,
          ));
      },
      bn({ url: "/api/openapi.json", pageTitle: "\uACE8\uBAA9 API" }),
    );
var dc = Lt($i),
  bd = async (e, t) => {
    let n = await dc(e, t);
    return (await U.flushIfDue(), n);
  };
export { bd as handler };
