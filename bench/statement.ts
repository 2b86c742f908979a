// The monthly close and a reseller's statement (issue #8 §6), measured on N shops of one reseller
// and extrapolated: each shop gets a tenant item, a month's usage and its close marker written
// directly (signing up 1,000 shops through the API would take minutes of scrypt), then the real
// close freezes their statements and the real roll-up sums them.
import { performance } from "node:perf_hooks";
import { withActor } from "../core/actor";
import { Billing } from "../core/billing";
import { Keys } from "../core/db/keys";
import { createId } from "../core/id";
import { Metering } from "../core/metering";
import { newMeter, withMeter } from "../core/metering/meter";
import { kstMonth } from "../core/time";
import { putAll } from "./support";

export async function measureStatements(shops: number) {
  const month = Billing.previousMonth(kstMonth());
  const resellerId = `rsl_bench${createId("req").slice(3)}`;
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < shops; i++) {
    const tenantId = createId("ten");
    await withActor({ type: "system", tenantId }, async () => {
      items.push(
        {
          ...Keys.tenant(),
          id: tenantId,
          businessName: `재판매 매장 ${i}`,
          planId: i % 4 === 0 ? "plus" : "basic",
          resellerId,
          status: "active",
        },
        {
          ...Keys.usage(month),
          requests: 900 + i,
          dbReadUnits: 4_800,
          dbWriteUnits: 3_300,
          emails: 73 + (i % 500),
          invoices: 50 + (i % 80),
          payslips: 3,
        },
        Metering.billingMarker(month),
      );
    });
  }
  await putAll(items);
  const close = newMeter();
  let t0 = performance.now();
  const closed = await withMeter(close, () => Billing.closeMonth(month));
  const closeSeconds = (performance.now() - t0) / 1000;
  const roll = newMeter();
  t0 = performance.now();
  const rollUp = await withMeter(roll, () =>
    Billing.resellerRollUp(resellerId, month),
  );
  const rollUpMs = performance.now() - t0;
  const scale = 10_000 / shops;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    shops,
    month,
    closed: closed.closed,
    rolledUp: rollUp.tenants,
    totalKrw: rollUp.totalKrw,
    close: {
      seconds: r1(closeSeconds),
      readUnits: r1(close.readUnits),
      writeUnits: r1(close.writeUnits),
    },
    rollUp: {
      ms: Math.round(rollUpMs),
      readUnits: r1(roll.readUnits),
      items: roll.itemsRead,
    },
    at10000: {
      closeSeconds: r1(closeSeconds * scale),
      closeReadUnits: r1(close.readUnits * scale),
      closeWriteUnits: r1(close.writeUnits * scale),
      rollUpSeconds: r1((rollUpMs / 1000) * scale),
      rollUpReadUnits: r1(roll.readUnits * scale),
    },
  };
}
