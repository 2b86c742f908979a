// `npm run close -- --month YYYY-MM`: the monthly close against the local stack's DynamoDB (the
// running `npm start`, or .data/ directly), the same code the scheduled Lambda runs.
import { parseArgs } from "node:util";
import { Billing } from "../core/billing";
import { ensureTable } from "../core/db/bootstrap";
import { VisibleError } from "../core/error";
import { connectLocalData } from "../functions/local/connect";

const { values } = parseArgs({ options: { month: { type: "string" } } });
const month = values.month ?? "";
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
  console.error(
    "사용법: npm run close -- --month YYYY-MM   (예: --month 2026-11)",
  );
  process.exit(2);
}

const { stop } = await connectLocalData();
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
