// Where finished data exports wait for their download: files under .data/exports/<tenant>/ locally
// (GOLMOK_EXPORTS_DIR points tests at a temp folder), objects under exports/<tenant>/ in the
// private exports bucket on AWS (EXPORTS_BUCKET, a 7-day lifecycle rule). A big shop's zip is
// larger than a Lambda response may be (6 MB), so on AWS the download is a short-lived presigned
// S3 URL, never the bytes through API Gateway.
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { randomBytes } from "node:crypto";

/** How long a finished export can be downloaded (the bucket's lifecycle rule, the record's TTL). */
export const EXPORT_DAYS = 7;

/** The export queue's worker (stacks/api.ts): Lambda's longest run, for a shop with years of invoices. */
export const EXPORT_WORKER_TIMEOUT_SECONDS = 900;
/** The queue's visibility timeout: a message comes back a minute after its worker's time is up. */
export const EXPORT_VISIBILITY_SECONDS = EXPORT_WORKER_TIMEOUT_SECONDS + 60;
/** How often the queue hands out one export before it goes to the dead-letter queue. */
export const EXPORT_TRIES = 2;

export interface ExportStorage {
  put(tenantId: string, id: string, bytes: Uint8Array): Promise<void>;
  /** The bytes (local) or a URL to send the browser to (S3); undefined when the file is gone. */
  open(
    tenantId: string,
    id: string,
    filename: string,
  ): Promise<{ bytes: Uint8Array } | { url: string } | undefined>;
  /** Every export of the tenant (the purge). */
  removeAll(tenantId: string): Promise<void>;
}

const safeTenant = (t: string) => {
  if (!/^ten_[0-9a-z]{10,40}$/.test(t)) throw new Error(`bad tenant ${t}`);
  return t;
};
const safeId = (id: string) => {
  if (!/^exp_[0-9a-f]{32}$/.test(id)) throw new Error(`bad export ${id}`);
  return id;
};

export const exportsDir = () =>
  resolve(
    process.env.GOLMOK_EXPORTS_DIR ?? resolve(process.cwd(), ".data/exports"),
  );

export const localExports: ExportStorage = {
  async put(tenantId, id, bytes) {
    const dir = resolve(exportsDir(), safeTenant(tenantId));
    await mkdir(dir, { recursive: true });
    const tmp = resolve(
      dir,
      `.${safeId(id)}.${randomBytes(6).toString("hex")}.tmp`,
    );
    await writeFile(tmp, bytes);
    await rename(tmp, resolve(dir, `${id}.zip`));
  },
  async open(tenantId, id) {
    try {
      return {
        bytes: new Uint8Array(
          await readFile(
            resolve(exportsDir(), safeTenant(tenantId), `${safeId(id)}.zip`),
          ),
        ),
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw err;
    }
  },
  async removeAll(tenantId) {
    await rm(resolve(exportsDir(), safeTenant(tenantId)), {
      recursive: true,
      force: true,
    });
  },
};

type S3 = import("@aws-sdk/client-s3").S3Client;
let s3: S3 | undefined;
async function s3Client() {
  const { S3Client } = await import("@aws-sdk/client-s3");
  s3 ??= new S3Client({ region: process.env.AWS_REGION ?? "ap-northeast-2" });
  return s3;
}

const PRESIGN_SECONDS = 15 * 60;

export const s3Exports = (bucket: string): ExportStorage => ({
  async put(tenantId, id, bytes) {
    const { PutObjectCommand } = await import("@aws-sdk/client-s3");
    await (
      await s3Client()
    ).send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `exports/${safeTenant(tenantId)}/${safeId(id)}.zip`,
        Body: bytes,
        ContentType: "application/zip",
      }),
    );
  },
  async open(tenantId, id, filename) {
    // SigV4 query signing (what @aws-sdk/s3-request-presigner does) with the function's own
    // credentials; the URL names the object and a download filename and lives 15 minutes.
    const client = await s3Client();
    const [{ SignatureV4 }, { Hash }, { HttpRequest }] = await Promise.all([
      import("@smithy/signature-v4"),
      import("@smithy/hash-node"),
      import("@smithy/protocol-http"),
    ]);
    const region = process.env.AWS_REGION ?? "ap-northeast-2";
    const signer = new SignatureV4({
      credentials: client.config.credentials,
      region,
      service: "s3",
      sha256: Hash.bind(null, "sha256"),
      uriEscapePath: false,
    });
    const host = `${bucket}.s3.${region}.amazonaws.com`;
    const signed = await signer.presign(
      new HttpRequest({
        method: "GET",
        protocol: "https:",
        hostname: host,
        path: `/exports/${safeTenant(tenantId)}/${safeId(id)}.zip`,
        query: {
          "response-content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
        },
        headers: { host },
      }),
      { expiresIn: PRESIGN_SECONDS },
    );
    const q = new URLSearchParams(
      signed.query as Record<string, string>,
    ).toString();
    return { url: `https://${host}${signed.path}?${q}` };
  },
  async removeAll(tenantId) {
    const { ListObjectsV2Command, DeleteObjectsCommand } =
      await import("@aws-sdk/client-s3");
    const client = await s3Client();
    for (;;) {
      const list = await client.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: `exports/${safeTenant(tenantId)}/`,
        }),
      );
      const keys = (list.Contents ?? []).flatMap((o) =>
        o.Key ? [{ Key: o.Key }] : [],
      );
      if (!keys.length) return;
      await client.send(
        new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }),
      );
    }
  },
});

export function exportStorage(): ExportStorage {
  const bucket = process.env.EXPORTS_BUCKET;
  return bucket ? s3Exports(bucket) : localExports;
}
