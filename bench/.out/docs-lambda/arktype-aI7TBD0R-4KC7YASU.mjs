import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import "./chunk-RECWWCY6.mjs";
function o() {
  return (e, n) => e.toJsonSchema(n);
}
export { o as default };
