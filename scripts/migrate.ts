// `npm run migrate`: brings stored items up to what the code reads — today, invoices written
// before the 작성일자 and open-items indexes are put into them (core/invoice/backfill.ts).
// Locally it uses the running `npm start`'s DynamoDB Local (or .data/ directly). Against AWS, after
// `sst deploy`: `TABLE_NAME=<the stage's table> AWS_REGION=ap-northeast-2 npm run migrate -- --aws`.
// Idempotent and safe while the API serves.
import { parseArgs } from "node:util";
import { backfillInvoiceIndexes } from "../core/invoice/backfill";
import { connectLocalData } from "../functions/local/connect";

const { values } = parseArgs({ options: { aws: { type: "boolean" } } });
if (values.aws && !process.env.TABLE_NAME) {
  console.error(
    "--aws needs TABLE_NAME (the stage's table name from sst deploy's output).",
  );
  process.exit(1);
}
const { stop } = values.aws
  ? { stop: async () => {} }
  : await connectLocalData();
try {
  const started = performance.now();
  const r = await backfillInvoiceIndexes();
  console.log(
    `세금계산서 색인: 새로 넣은 항목 ${r.indexed}개 (읽은 항목 ${r.scanned}개, ${Math.round(performance.now() - started)} ms)`,
  );
} finally {
  await stop();
}
process.exit(0);
