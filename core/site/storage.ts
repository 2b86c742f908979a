// Where published pages live: files under .data/sites/<slug>/ locally (GOLMOK_SITES_DIR points
// tests at a temp folder), objects under s/<slug>/ in the homepages bucket on AWS
// (HOMEPAGES_BUCKET). Visitors read them from the local server or CloudFront, never a Lambda.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { randomBytes } from "node:crypto";

export interface SiteFile {
  name: "index.html" | "site.css" | "sitemap.xml";
  body: string;
  contentType: string;
}

export interface SiteStorage {
  /** Replaces the page's files (each file atomically: readers see the old or the new one). */
  put(slug: string, files: SiteFile[]): Promise<void>;
  remove(slug: string): Promise<void>;
  /** A checked photo under s/_img/<content hash>.<ext> ("_img" can never be a slug). */
  putImage(name: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

const safeImage = (name: string) => {
  if (!/^[0-9a-f]{32}\.(jpg|png|webp)$/.test(name))
    throw new Error(`bad image ${name}`);
  return name;
};

export const sitesDir = () =>
  resolve(
    process.env.GOLMOK_SITES_DIR ?? resolve(process.cwd(), ".data/sites"),
  );

const safe = (slug: string) => {
  // The slug passed the schema (letters, digits, Hangul, hyphens); this keeps paths inside the root.
  if (!/^[a-z0-9가-힣-]{2,40}$/.test(slug)) throw new Error(`bad slug ${slug}`);
  return slug;
};

export const localStorage: SiteStorage = {
  async put(slug, files) {
    const dir = resolve(sitesDir(), safe(slug));
    await mkdir(dir, { recursive: true });
    // The stylesheet first, the page last: a reader never gets a new page with an old style.
    for (const f of [...files].sort((a, b) =>
      a.name === "index.html" ? 1 : b.name === "index.html" ? -1 : 0,
    )) {
      const tmp = resolve(
        dir,
        `.${f.name}.${randomBytes(6).toString("hex")}.tmp`,
      );
      await writeFile(tmp, f.body);
      await rename(tmp, resolve(dir, f.name));
    }
  },
  async remove(slug) {
    await rm(resolve(sitesDir(), safe(slug)), { recursive: true, force: true });
  },
  async putImage(name, bytes) {
    const dir = resolve(sitesDir(), "_img");
    await mkdir(dir, { recursive: true });
    const tmp = resolve(
      dir,
      `.${safeImage(name)}.${randomBytes(6).toString("hex")}.tmp`,
    );
    await writeFile(tmp, bytes);
    await rename(tmp, resolve(dir, name));
  },
};

type S3 = import("@aws-sdk/client-s3").S3Client;
let s3: S3 | undefined;
async function s3Client() {
  const { S3Client } = await import("@aws-sdk/client-s3");
  s3 ??= new S3Client({ region: process.env.AWS_REGION ?? "ap-northeast-2" });
  return s3;
}

export const s3Storage = (bucket: string): SiteStorage => ({
  async put(slug, files) {
    const { PutObjectCommand } = await import("@aws-sdk/client-s3");
    const client = await s3Client();
    // A PutObject replaces an object atomically; a short cache keeps a republished page fresh.
    for (const f of [...files].sort((a, b) =>
      a.name === "index.html" ? 1 : b.name === "index.html" ? -1 : 0,
    ))
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `s/${safe(slug)}/${f.name}`,
          Body: f.body,
          ContentType: f.contentType,
          CacheControl: "public, max-age=60",
        }),
      );
  },
  async remove(slug) {
    const { DeleteObjectsCommand } = await import("@aws-sdk/client-s3");
    const client = await s3Client();
    await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: {
          Objects: ["index.html", "site.css", "sitemap.xml"].map((n) => ({
            Key: `s/${safe(slug)}/${n}`,
          })),
        },
      }),
    );
  },
  async putImage(name, bytes, contentType) {
    const { PutObjectCommand } = await import("@aws-sdk/client-s3");
    await (
      await s3Client()
    ).send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `s/_img/${safeImage(name)}`,
        Body: bytes,
        ContentType: contentType,
        // Named by content: the bytes behind a name never change.
        CacheControl: "public, max-age=31536000, immutable",
      }),
    );
  },
});

export function siteStorage(): SiteStorage {
  const bucket = process.env.HOMEPAGES_BUCKET;
  return bucket ? s3Storage(bucket) : localStorage;
}
