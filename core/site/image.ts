// Uploaded photos: checked by their bytes, never by name or declared type — JPEG, PNG or WebP
// with readable dimensions, at most 10 MB; anything else (a renamed executable, an SVG with
// script, HTML) is refused. The editor resizes and re-encodes each photo to web size (≤ 1600 px,
// WebP) in the browser before sending it; the server stores the checked bytes under a content hash.
import { createHash } from "node:crypto";
import { assertCan } from "../actor";
import { VisibleError } from "../error";
import { siteStorage } from "./storage";

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_SIDE = 4000;

export type ImageType = "image/jpeg" | "image/png" | "image/webp";
const EXT: Record<ImageType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

const refuse = (message: string, code = "image_type") =>
  new VisibleError("validation", code, message, {
    fields: [{ field: "base64", message }],
  });

function jpegSize(b: Uint8Array): [number, number] | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    const len = (b[i + 2] << 8) | b[i + 3];
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      ![0xc4, 0xc8, 0xcc].includes(marker)
    )
      return [(b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]];
    i += 2 + len;
  }
  return undefined;
}

function webpSize(b: Uint8Array): [number, number] | undefined {
  const chunk = String.fromCharCode(...b.slice(12, 16));
  if (chunk === "VP8 " && b.length >= 30)
    return [((b[27] << 8) | b[26]) & 0x3fff, ((b[29] << 8) | b[28]) & 0x3fff];
  if (chunk === "VP8L" && b.length >= 25 && b[20] === 0x2f)
    return [
      1 + (((b[22] & 0x3f) << 8) | b[21]),
      1 + (((b[24] & 0x0f) << 10) | (b[23] << 2) | ((b[22] & 0xc0) >> 6)),
    ];
  if (chunk === "VP8X" && b.length >= 30)
    return [
      1 + (b[24] | (b[25] << 8) | (b[26] << 16)),
      1 + (b[27] | (b[28] << 8) | (b[29] << 16)),
    ];
  return undefined;
}

/** The type and size an image's bytes say it has, or a refusal (Korean, field `base64`). */
export function sniff(b: Uint8Array): {
  type: ImageType;
  width: number;
  height: number;
} {
  if (b.length === 0) throw refuse("빈 파일입니다.", "image_empty");
  if (b.length > MAX_IMAGE_BYTES)
    throw refuse("사진은 10MB 이하만 올릴 수 있습니다.", "image_too_large");
  let type: ImageType | undefined;
  let size: [number, number] | undefined;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    type = "image/jpeg";
    size = jpegSize(b);
  } else if (
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every(
      (x, i) => b[i] === x,
    ) &&
    String.fromCharCode(...b.slice(12, 16)) === "IHDR"
  ) {
    type = "image/png";
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    size = [dv.getUint32(16), dv.getUint32(20)];
  } else if (
    String.fromCharCode(...b.slice(0, 4)) === "RIFF" &&
    String.fromCharCode(...b.slice(8, 12)) === "WEBP"
  ) {
    type = "image/webp";
    size = webpSize(b);
  }
  if (!type)
    throw refuse(
      "JPEG, PNG, WebP 사진만 올릴 수 있습니다. (파일 내용이 사진이 아닙니다)",
    );
  if (!size || size[0] < 1 || size[1] < 1)
    throw refuse(
      "사진 파일이 손상되었거나 크기를 읽을 수 없습니다.",
      "image_corrupt",
    );
  if (size[0] > MAX_SIDE || size[1] > MAX_SIDE)
    throw refuse(
      `사진은 가로·세로 ${MAX_SIDE}px 이하만 올릴 수 있습니다.`,
      "image_dimensions",
    );
  return { type, width: size[0], height: size[1] };
}

/** Stores a checked photo for the shop's page; the answer is ready for a gallery or hero block. */
export async function upload(input: { base64: string; alt?: string }) {
  assertCan("profile.write");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.base64))
    throw refuse("파일 내용(base64)이 올바르지 않습니다.", "image_encoding");
  const bytes = new Uint8Array(Buffer.from(input.base64, "base64"));
  const info = sniff(bytes);
  const name = `${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}.${EXT[info.type]}`;
  await siteStorage().putImage(name, bytes, info.type);
  return {
    url: `/s/_img/${name}`,
    width: info.width,
    height: info.height,
    alt: input.alt ?? "",
    bytes: bytes.length,
    type: info.type,
  };
}
