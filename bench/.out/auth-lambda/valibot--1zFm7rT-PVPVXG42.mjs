import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as o } from "./chunk-5ZQJQTJX.mjs";
import "./chunk-B3EVV4EU.mjs";
async function r() {
  try {
    let { toJsonSchema: t } = await import("@valibot/to-json-schema");
    return t;
  } catch {
    throw new o("@valibot/to-json-schema");
  }
}
export { r as default };
