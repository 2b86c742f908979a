import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import "./chunk-B3EVV4EU.mjs";
function o() {
  return (e, n) => e.toJsonSchema(n);
}
export { o as default };
