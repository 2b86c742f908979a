// `npm run close -- --month YYYY-MM`: the monthly close against the local stack's DynamoDB (the
// running `npm start`, or .data/ directly), the same code the scheduled Lambda runs.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { Billing } from "../core/billing";
import { ensureTable } from "../core/db/bootstrap";
import { resetDynamoClient } from "../core/db/client";
import { VisibleError } from "../core/error";
import { startDynamo } from "../functions/local/dynamo";
import { ROOT } from "../functions/local/stack";

const { values } = parseArgs({ options: { month: { type: "string" } } });
const month = values.month ?? "";
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
  console.error(
    "사용법: npm run close -- --month YYYY-MM   (예: --month 2026-11)",
  );
  process.exit(2);
}

async function answers(endpoint: string): Promise<boolean> {
  const probe = new DynamoDBClient({
    endpoint,
    region: "ap-northeast-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  try {
    await probe.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    probe.destroy();
  }
}

const running = `http://127.0.0.1:${process.env.DYNAMO_PORT ?? 8000}`;
let stop: (() => Promise<void>) | undefined;
if (await answers(running)) process.env.DYNAMO_ENDPOINT = running;
else {
  const own = await startDynamo({ dbPath: resolve(ROOT, ".data/dynamodb") });
  process.env.DYNAMO_ENDPOINT = own.endpoint;
  stop = own.stop;
}
process.env.TABLE_NAME ??= "golmok";
resetDynamoClient();
let code = 0;
try {
  await ensureTable();
  const started = performance.now();
  const r = await Billing.closeMonth(month);
  console.log(
    `${r.month} 마감: 사업장 ${r.tenants}곳 — 새 명세 ${r.closed}건, 이미 마감 ${r.already}건, 건너뜀 ${r.skipped}건 (${Math.round(performance.now() - started)} ms)`,
  );
} catch (err) {
  if (!(err instanceof VisibleError)) throw err;
  console.error(err.message);
  code = 1;
} finally {
  await stop?.();
}
process.exit(code);
