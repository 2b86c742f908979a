import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as t } from "./chunk-DRDJVH4U.mjs";
import "./chunk-RECWWCY6.mjs";
var a = new t("zod v4");
async function s() {
  return async (r, n) => {
    let o;
    if ("_zod" in r)
      try {
        o = (await import("zod/v4/core")).toJSONSchema;
      } catch {
        throw a;
      }
    else
      try {
        o = (await import("zod-to-json-schema")).zodToJsonSchema;
      } catch {
        throw new t("zod-to-json-schema");
      }
    return o(r, n);
  };
}
export { s as default };
