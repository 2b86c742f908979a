import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { sniff } from "../../core/site/image";

const sites = mkdtempSync(resolve(tmpdir(), "golmok-img-test-"));
process.env.GOLMOK_SITES_DIR = sites;

// A real PNG (Playwright's icon), and the headers of a JPEG and a WebP as encoders write them.
const png = readFileSync(
  "node_modules/playwright-core/lib/server/chromium/appIcon.png",
);
const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01,
  0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02,
  0x58, 0x03, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
  0xff, 0xd9,
]); // 800 × 600
const webp = Buffer.concat([
  Buffer.from("RIFF"),
  Buffer.from([0x16, 0, 0, 0]),
  Buffer.from("WEBPVP8X"),
  Buffer.from([10, 0, 0, 0, 0, 0, 0, 0]),
  Buffer.from([0x3f, 0x06, 0x00, 0xaf, 0x04, 0x00]), // 1600 × 1200 (minus one, 24-bit LE)
]);
const b64 = (b: Buffer | string) => Buffer.from(b).toString("base64");

describe("photo uploads", () => {
  let owner: Session;
  beforeAll(async () => {
    owner = await newTenant({ businessName: "사진미용실" });
  });

  it("reads type and size from the bytes", () => {
    expect(sniff(new Uint8Array(jpeg))).toEqual({
      type: "image/jpeg",
      width: 800,
      height: 600,
    });
    expect(sniff(new Uint8Array(webp))).toEqual({
      type: "image/webp",
      width: 1600,
      height: 1200,
    });
    expect(sniff(new Uint8Array(png)).type).toBe("image/png");
  });

  it("stores a checked photo under a content hash, served beside the pages", async () => {
    const res = await call("POST", "/api/site/images", {
      session: owner,
      body: { base64: b64(png), alt: "매장 입구" },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.url).toMatch(/^\/s\/_img\/[0-9a-f]{32}\.png$/);
    expect(res.json.width).toBeGreaterThan(0);
    expect(res.json.alt).toBe("매장 입구");
    const file = resolve(sites, "_img", res.json.url.split("/").pop());
    expect(readFileSync(file).equals(png)).toBe(true);
    // The answer is a valid gallery image: the draft accepts it.
    const d = (await call("GET", "/api/site", { session: owner })).json;
    d.blocks.find((b: any) => b.type === "gallery").images = [
      {
        url: res.json.url,
        width: res.json.width,
        height: res.json.height,
        alt: res.json.alt,
      },
    ];
    const {
      industry: _i,
      updatedAt: _u,
      publishedAt: _p,
      url: _url,
      unpublishedChanges: _c,
      saved: _s,
      ...body
    } = d;
    body.slug = `img-${Math.random().toString(36).slice(2, 8)}`;
    expect(
      (await call("PUT", "/api/site", { session: owner, body })).status,
    ).toBe(200);
  });

  it("refuses what is not a photo, whatever it is called", async () => {
    const cases: [string, Buffer | string, string][] = [
      [
        "renamed executable",
        Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(64)]),
        "image_type",
      ],
      [
        "SVG with script",
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image_type",
      ],
      ["HTML", "<!doctype html><script>alert(1)</script>", "image_type"],
      ["GIF", "GIF89a\x01\x00\x01\x00", "image_type"],
      ["truncated JPEG", jpeg.subarray(0, 12), "image_corrupt"],
    ];
    for (const [name, bytes, code] of cases) {
      const res = await call("POST", "/api/site/images", {
        session: owner,
        body: { base64: b64(bytes) },
      });
      expect(res.status, name).toBe(400);
      expect(res.json.code, name).toBe(code);
      expect(res.json.fields[0].field).toBe("base64");
      expect(res.json.message).toMatch(/[가-힣]/);
    }
    const huge = Buffer.from(jpeg);
    huge.writeUInt16BE(5000, 25); // height 5000 px
    const res = await call("POST", "/api/site/images", {
      session: owner,
      body: { base64: b64(huge) },
    });
    expect(res.json.code).toBe("image_dimensions");
    // Nothing refused was stored: only the one photo of the test above is there.
    expect(readdirSync(resolve(sites, "_img"))).toHaveLength(1);
    // Over 10 MB: refused by size before anything is stored.
    expect(() => sniff(new Uint8Array(10 * 1024 * 1024 + 1))).toThrow(/10MB/);
    // Without a session: 401.
    expect(
      (await call("POST", "/api/site/images", { body: { base64: b64(png) } }))
        .status,
    ).toBe(401);
  });
});
