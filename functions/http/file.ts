// File answers (PDF, XML, CSV, XLSX): one way to document them and one way to send them, with a
// Korean file name (RFC 6266 filename* for browsers, an ASCII fallback for the rest).
import type { Context } from "hono";
import { describeRoute } from "hono-openapi";

const BINARY = { schema: { type: "string" as const, format: "binary" } };
export const FILE_TYPES = {
  "application/pdf": BINARY,
  "application/xml": BINARY,
  "text/csv": BINARY,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": BINARY,
};

export const fileDoc = (tag: string, summary: string) =>
  describeRoute({
    tags: [tag],
    summary,
    responses: { 200: { description: "파일", content: FILE_TYPES } },
  });

export function sendFile(
  c: Context,
  f: { filename: string; body: Uint8Array; contentType: string },
  disposition: "inline" | "attachment" = "attachment",
) {
  const ascii = f.filename.replace(/[^\x20-\x7e]/g, "_");
  return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
    "content-type": f.contentType,
    "content-disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`,
  });
}
