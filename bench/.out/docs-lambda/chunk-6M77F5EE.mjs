import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
