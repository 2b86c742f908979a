import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import "./chunk-B3EVV4EU.mjs";
function n() {
  return (e) => JSON.parse(JSON.stringify(e.Type()));
}
export { n as default };
