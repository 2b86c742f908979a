import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a } from "./chunk-46AEQCCU.mjs";
import "./chunk-XK5K3RMI.mjs";
import "./chunk-6M77F5EE.mjs";
import "./chunk-TTRPI3JO.mjs";
import "./chunk-RECWWCY6.mjs";
export { a as default };
