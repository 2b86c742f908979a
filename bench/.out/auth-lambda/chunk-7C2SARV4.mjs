import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as n } from "./chunk-XK5K3RMI.mjs";
import { b as e } from "./chunk-5ZQJQTJX.mjs";
function m() {
  return async (t, o) => n(await e(t, o.options), o);
}
export { m as a };
