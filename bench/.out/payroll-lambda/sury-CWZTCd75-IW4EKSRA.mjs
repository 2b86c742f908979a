import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as t } from "./chunk-TTRPI3JO.mjs";
import "./chunk-RECWWCY6.mjs";
async function n() {
  try {
    let { toJSONSchema: r } = await import("sury");
    return r;
  } catch {
    throw new t("sury");
  }
}
export { n as default };
