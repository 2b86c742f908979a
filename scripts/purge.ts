// `npm run purge`: deletes every account whose 30-day grace after a deletion request is over,
// against the local stack's DynamoDB (the running `npm start`, or .data/ directly) — the same
// code the daily Lambda runs. `-- --tenant ten_…` purges one tenant (only if its grace is over).
import { parseArgs } from "node:util";
import { ensureTable } from "../core/db/bootstrap";
import { purgeDue, purgeTenant } from "../core/account/purge";
import { connectLocalData } from "../functions/local/connect";

const { values } = parseArgs({ options: { tenant: { type: "string" } } });
const { stop } = await connectLocalData();
try {
  await ensureTable();
  const started = performance.now();
  const results = values.tenant
    ? [await purgeTenant(values.tenant)]
    : await purgeDue();
  for (const r of results)
    console.log(
      `${r.tenantId}: ${{ purged: "삭제 완료", not_due: "아직 유예 기간", gone: "이미 삭제됨" }[r.status]} (사업장 항목 ${r.partitionItems}, 외부 항목 ${r.globalItems}, 정리한 사본 ${r.strippedCopies})`,
    );
  console.log(
    `삭제 대상 ${results.length}곳 (${Math.round(performance.now() - started)} ms)`,
  );
} finally {
  await stop?.();
}
process.exit(0);
