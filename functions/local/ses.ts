import type { Server } from "node:http";
import sesLocal from "aws-ses-v2-local";

export interface LocalSes {
  endpoint: string;
  stop(): Promise<void>;
}

/** aws-ses-v2-local in-process: the real SES v2 wire API plus its mailbox viewer at `/`. */
export async function startSes(
  opts: { port?: number; host?: string } = {},
): Promise<LocalSes> {
  const host = opts.host ?? "127.0.0.1";
  const server: Server = await sesLocal({ host, port: opts.port ?? 0 });
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
