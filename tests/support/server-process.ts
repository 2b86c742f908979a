import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import type { Session } from "./api";

/**
 * The API server in its own process (the same code `npm start` serves), on the test's DynamoDB
 * Local and table — so a test can SIGKILL it in the middle of an operation, as a crashed
 * container or a power cut would stop it, and start another.
 */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  kill(): Promise<void>;
  call(
    method: string,
    path: string,
    s: Session,
    body?: unknown,
  ): Promise<{ status: number; json: any }>;
}

export async function startServerProcess(
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", resolve(import.meta.dirname, "server-main.ts")],
    {
      env: { ...process.env, GOLMOK_LOG_REQUESTS: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let err = "";
  child.stderr!.on("data", (d) => (err += String(d)));
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`server did not start: ${err.slice(0, 500)}`)),
      60_000,
    );
    let out = "";
    child.stdout!.on("data", (d) => {
      out += String(d);
      const m = /ready (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.once("exit", (code) =>
      fail(new Error(`server exited (${code}): ${err.slice(0, 500)}`)),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    child,
    kill: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode) return done();
        child.once("exit", () => done());
        child.kill("SIGKILL");
      }),
    call: async (method, path, s, body) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          cookie: s.cookie,
          "x-csrf-token": s.csrf,
          "x-forwarded-for": s.ip,
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : undefined };
    },
  };
}
