// A zip-bomb guard for uploaded .xlsx files. exceljs (through JSZip) inflates every part of the
// workbook in memory before a row can be looked at, so a 1 MB upload that inflates to gigabytes
// would take a 256 MB Lambda down. Each entry is inflated here first, under a hard cap (zlib's
// maxOutputLength), so what is counted is what the data really inflates to, not the sizes the
// file claims in its headers.
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50; // end of central directory
const CENTRAL = 0x02014b50; // central directory file header
const LOCAL = 0x04034b50; // local file header

export type ZipCheck =
  | { ok: true; entries: number; inflatedBytes: number }
  | { ok: false; reason: "too_large" | "malformed" };

/**
 * Inflates every entry of the zip in `buf` (stored or deflated) and sums the bytes, stopping as
 * soon as the sum passes `maxBytes` or the entries pass `maxEntries`. ZIP64 (4 GB+ files, 65,535+
 * entries) is not something a shop's sheet needs: refused as too large.
 */
export function checkZip(
  buf: Uint8Array,
  maxBytes: number,
  maxEntries: number,
): ZipCheck {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const inside = (at: number, length: number) =>
    at >= 0 && length >= 0 && at + length <= buf.length;

  // The end record is the last 22 bytes, unless a comment (up to 65,535 bytes) follows it.
  let end = -1;
  for (
    let at = buf.length - 22;
    at >= 0 && at >= buf.length - 22 - 0xffff;
    at--
  )
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) return { ok: false, reason: "malformed" };
  const entries = u16(end + 10);
  const directory = u32(end + 16);
  if (entries === 0xffff || directory === 0xffffffff)
    return { ok: false, reason: "too_large" };
  if (entries > maxEntries) return { ok: false, reason: "too_large" };

  let total = 0;
  let at = directory;
  for (let i = 0; i < entries; i++) {
    if (!inside(at, 46) || u32(at) !== CENTRAL)
      return { ok: false, reason: "malformed" };
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const local = u32(at + 42);
    if (compressed === 0xffffffff || local === 0xffffffff)
      return { ok: false, reason: "too_large" };
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);

    if (!inside(local, 30) || u32(local) !== LOCAL)
      return { ok: false, reason: "malformed" };
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (!inside(start, compressed)) return { ok: false, reason: "malformed" };
    const data = buf.subarray(start, start + compressed);
    const room = maxBytes - total;
    if (method === 0) total += compressed;
    else if (method === 8)
      try {
        // One byte past the room left: reaching it means the sum is over the limit.
        total += inflateRawSync(data, { maxOutputLength: room + 1 }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
          return { ok: false, reason: "too_large" };
        return { ok: false, reason: "malformed" };
      }
    else return { ok: false, reason: "malformed" };
    if (total > maxBytes) return { ok: false, reason: "too_large" };
  }
  return { ok: true, entries, inflatedBytes: total };
}
