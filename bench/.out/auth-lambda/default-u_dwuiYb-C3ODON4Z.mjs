import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a } from "./chunk-7C2SARV4.mjs";
import "./chunk-XK5K3RMI.mjs";
import "./chunk-6M77F5EE.mjs";
import "./chunk-5ZQJQTJX.mjs";
import "./chunk-B3EVV4EU.mjs";
export { a as default };
