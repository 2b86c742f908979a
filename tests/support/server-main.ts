// The child process of server-process.ts: the API on a free port, nothing else.
import { serve } from "@hono/node-server";

const { api } = await import("../../functions/app");
serve({ fetch: api.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
  process.stdout.write(`ready ${info.port}\n`),
);
