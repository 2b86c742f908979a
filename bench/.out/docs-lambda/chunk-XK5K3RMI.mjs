import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
function n(o, i) {
  let e = JSON.parse(JSON.stringify(o));
  if (
    ("nullable" in e &&
      e.nullable === !0 &&
      (e.type
        ? Array.isArray(e.type)
          ? e.type.includes("null") || e.type.push("null")
          : (e.type = [e.type, "null"])
        : (e.type = ["null"]),
      delete e.nullable),
    e.$schema && delete e.$schema,
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
      if (e[s] && (typeof e[s] == "object" || Array.isArray(e[s])))
        if (
          s === "properties" ||
          s === "definitions" ||
          s === "$defs" ||
          s === "patternProperties"
        )
          for (let t in e[s]) e[s][t] = n(e[s][t], i);
        else
          s === "allOf" || s === "anyOf" || s === "oneOf"
            ? (e[s] = e[s].map((t) => n(t, i)))
            : s === "items" && Array.isArray(e[s])
              ? (e[s] = e[s].map((t) => n(t, i)))
              : (e[s] = n(e[s], i));
    }),
    (e.$defs || e.definitions) &&
      ((i.components.schemas = {
        ...e.definitions,
        ...e.$defs,
        ...i.components.schemas,
      }),
      delete e.$defs,
      delete e.definitions),
    e.ref || e.$id)
  ) {
    let { ref: s, $id: t, ...r } = e,
      f = s || t;
    return (
      (i.components.schemas = { ...i.components.schemas, [f]: r }),
      { $ref: `#/components/schemas/${f}` }
    );
  } else if (e.$ref) {
    let { $ref: s, ...t } = e,
      r = s.toLowerCase();
    return r.startsWith("http://") ||
      r.startsWith("https://") ||
      s.startsWith("//")
      ? { ...t, $ref: s }
      : { $ref: `#/components/schemas/${s.split("/").pop()}` };
  }
  return e;
}
export { n as a };
