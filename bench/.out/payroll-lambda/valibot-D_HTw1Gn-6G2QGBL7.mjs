import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as s } from "./chunk-XK5K3RMI.mjs";
import "./chunk-6M77F5EE.mjs";
import { b as o } from "./chunk-TTRPI3JO.mjs";
import "./chunk-RECWWCY6.mjs";
function i() {
  return async (t, m) => {
    let n = await o(t, {
      errorMode: "ignore",
      overrideAction: ({ valibotAction: r, jsonSchema: p }) => {
        let a = s(p, m);
        if (r.kind === "metadata" && r.type === "metadata" && !("$ref" in a)) {
          let e = r.metadata;
          if (
            (e.example !== void 0 && (a.example = e.example),
            e.examples && e.examples.length > 0 && (a.examples = e.examples),
            e.ref)
          )
            return (
              (m.components.schemas = { ...m.components.schemas, [e.ref]: a }),
              { $ref: `#/components/schemas/${e.ref}` }
            );
        }
        return a;
      },
      ...m.options,
    });
    return ("$schema" in n && delete n.$schema, n);
  };
}
export { i as default };
