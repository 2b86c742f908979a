// The white-label brand's limits and defaults, with no imports: core/reseller/brand.ts checks
// against them and the console's brand page (web) shows and pre-checks them.

export const LOGO_MAX_BYTES = 32 * 1024;
/** The image types a logo may be (brand.ts checks the bytes match the type). */
export const LOGO_MIME_TYPES = [
  "image/png",
  "image/jpeg",
  "image/webp",
] as const;
export const DEFAULT_PRIMARY = "#0f766e";
export const DEFAULT_ACCENT = "#f59e0b";
