import type { Server } from "node:http";
import * as sesModule from "aws-ses-v2-local";

// CommonJS `exports.default`: under plain Node ESM the function sits one level deeper than under Vite.
const sesLocal =
  ((sesModule as { default: unknown }).default as { default?: unknown })
    .default ?? (sesModule as { default: unknown }).default;

export interface LocalSes {
  endpoint: string;
  stop(): Promise<void>;
}

/** aws-ses-v2-local in-process: the real SES v2 wire API plus its mailbox viewer at `/`. */
export async function startSes(
  opts: { port?: number; host?: string } = {},
): Promise<LocalSes> {
  const host = opts.host ?? "127.0.0.1";
  const server = await (
    sesLocal as (c: { host: string; port: number }) => Promise<Server>
  )({ host, port: opts.port ?? 0 });
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://${host}:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
