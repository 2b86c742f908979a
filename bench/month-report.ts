// The tenant-month in REPORT.md: an SVG of the cost by service, and the "scale on paper" section
// computed from the measured figures (issue #8 §6).
import type { measureTenantMonth } from "./month";
import type { measureLedgerImport } from "./ledger-import";
import type { measureStatements } from "./statement";

type Month = Awaited<ReturnType<typeof measureTenantMonth>>;
type Import = Awaited<ReturnType<typeof measureLedgerImport>>;
type Statements = Awaited<ReturnType<typeof measureStatements>>;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Horizontal bars, one per service, ₩ per tenant-month. */
export function costChart(m: Month): string {
  const rows = Object.entries(m.costKrwByService).sort((a, b) => b[1] - a[1]);
  const max = Math.max(...rows.map(([, v]) => v), 1);
  const W = 640;
  const bar = 22;
  const left = 130;
  const H = 40 + rows.length * (bar + 8);
  const body = rows
    .map(([name, v], i) => {
      const y = 30 + i * (bar + 8);
      const w = Math.max(1, ((W - left - 110) * v) / max);
      return [
        `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${esc(name)}</text>`,
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="#0f766e"/>`,
        `<text x="${(left + w + 6).toFixed(1)}" y="${y + 16}">₩${v.toFixed(2)}</text>`,
      ].join("");
    })
    .join("\n  ");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="13">
  <text x="8" y="18" font-weight="bold">₩ per tenant-month by service — total ₩${m.costPerTenantMonthKrw.toFixed(2)} (${esc(m.profile)})</text>
  ${body}
</svg>
`;
}

/** At 100,000 shops, from the measured month (nothing here is assumed but the shop count). */
export function scaleOnPaper(m: Month, imp: Import, st: Statements): string[] {
  const shops = 100_000;
  const pt = m.perTenant;
  const monthSeconds = 30 * 24 * 3600;
  const bill = m.costPerTenantMonthKrw * shops;
  // Writes to shared partitions: the outbox index (4 shards) gets one write per e-mail queued and
  // one when it is sent; rate-limit items are per IP or account, so no one of them is hot.
  const outboxPerShard = (pt.emails * 2 * shops) / 4 / monthSeconds;
  // The busiest single partition: a shop's own, during a statement import (its month totals
  // item is in every chunk's transaction).
  const importItemsPerSecond = imp.itemsWritten / imp.seconds;
  const closeMinutes = Math.round((st.close.seconds * shops) / st.shops / 60);
  return [
    "## Scale on paper (computed from the figures above)",
    "",
    `- **${shops.toLocaleString()} shops**: ₩${Math.round(bill).toLocaleString()} a month in cloud cost (₩${Math.round(bill - m.costKrwByService.cloudFront * shops).toLocaleString()} without homepage views), ${Math.round((pt.apiRequests * shops) / monthSeconds)} API requests/s on average, ${((pt.storedBytes * shops) / 1024 ** 3).toFixed(1)} GB in DynamoDB after a month.`,
    `- Busiest partition: every shop has its own (pk = T#<tenant>); the shared ones are the outbox index shards at ~${outboxPerShard.toFixed(1)} writes/s each on average. The hottest single partition is a shop's own during a statement import: ${Math.round(importItemsPerSecond)} transactional items/s (${Math.round(importItemsPerSecond * 2)} WCU/s; a partition takes 1,000 WCU/s), measured unpaced on DynamoDB Local: ${imp.lines.toLocaleString()} lines in ${imp.seconds} s. On AWS the import paces itself to 600 WCU/s (\`IMPORT_WCU_PER_SECOND\`), so the same file takes ≈ ${Math.round(imp.importWcu / 600)} s and leaves the shop's other requests 400 WCU/s.`,
    `- The monthly close and a reseller's statement, measured on ${st.shops.toLocaleString()} shops of one reseller (${st.closed} statements frozen, ${st.rolledUp} rolled up, ₩${st.totalKrw.toLocaleString()}): close ${st.close.seconds} s, ${st.close.readUnits} read and ${st.close.writeUnits} write units; roll-up ${st.rollUp.ms} ms, ${st.rollUp.readUnits} read units (${st.rollUp.items} items). **For 10,000 shops**: close ≈ ${st.at10000.closeSeconds} s (${st.at10000.closeReadUnits} RRU, ${st.at10000.closeWriteUnits} WRU), the reseller statement ≈ ${st.at10000.rollUpSeconds} s and ${st.at10000.rollUpReadUnits} RRU — linear in shops (one conditional transaction per shop; one paginated index query for the statement). At ${shops.toLocaleString()} shops the close at this rate takes ≈ ${closeMinutes} minutes${closeMinutes > 15 ? ": more than one Lambda's 15 minutes, so on AWS it must fan out (it is resumable and idempotent, so a second invocation finishes the rest)" : ", within one Lambda's 15 minutes (and it is resumable and idempotent if cut short)"}.`,
    "- Resellers themselves (provisioning, the tenants list and the statement route through /reseller/v1) are measured in the next section.",
    "",
  ];
}
