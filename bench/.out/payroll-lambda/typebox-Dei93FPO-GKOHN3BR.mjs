import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import "./chunk-RECWWCY6.mjs";
function n() {
  return (e) => JSON.parse(JSON.stringify(e.Type()));
}
export { n as default };
