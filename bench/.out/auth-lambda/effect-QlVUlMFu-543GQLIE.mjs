import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as t } from "./chunk-5ZQJQTJX.mjs";
import "./chunk-B3EVV4EU.mjs";
async function o() {
  try {
    let { JSONSchema: e } = await import("effect");
    return (r) => e.make(r);
  } catch {
    throw new t("effect");
  }
}
export { o as default };
