import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as o } from "./chunk-DRDJVH4U.mjs";
import "./chunk-RECWWCY6.mjs";
async function r() {
  try {
    let { toJsonSchema: t } = await import("./dist-UL4LKWEU.mjs");
    return t;
  } catch {
    throw new o("@valibot/to-json-schema");
  }
}
export { r as default };
