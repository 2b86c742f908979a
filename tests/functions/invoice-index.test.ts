import { describe, expect, it } from "vitest";
import { DeleteItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { call, newTenant, type Session } from "../support/api";
import { invoiceBody, issueInvoice, today } from "../support/invoice";
import { makeP12 } from "../support/certificate";
import { setAttributes } from "../support/db";
import { dynamo, getItem, toItem } from "../../core/db/client";
import { tableName } from "../../core/db/table";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import { newMeter, withMeter } from "../../core/metering/meter";
import { Invoice } from "../../core/invoice";
import { backfillInvoiceIndexes } from "../../core/invoice/backfill";

// A shop keeps its invoices for years (국세기본법: 5 years). The list of a month and the
// dashboard's alerts must cost what that month and the open items cost, not the whole history.

const asTenant = <T>(s: Session, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId: s.tenantId }, fn);

/** The owner's list of this month and the alerts, with the read units each consumed. */
async function measured(s: Session) {
  const owner = {
    type: "user" as const,
    userId: s.userId,
    tenantId: s.tenantId,
    role: "owner" as const,
    sessionId: "test",
  };
  const month = today().slice(0, 8);
  const listMeter = newMeter();
  const list = await withMeter(listMeter, () =>
    withActor(owner, () => Invoice.list({ from: `${month}01`, to: today() })),
  );
  const alertMeter = newMeter();
  const alerts = await withMeter(alertMeter, () =>
    withActor(owner, () => Invoice.deadlineAlerts()),
  );
  return {
    ids: list.items.map((i) => i.id).sort(),
    alerts: alerts.map((a) => `${a.code}:${a.invoiceId}`).sort(),
    listUnits: listMeter.readUnits,
    alertUnits: alertMeter.readUnits,
  };
}

/** `n` months before today's month, on the 15th. */
function monthsBack(n: number): string {
  const [y, m] = today().split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 - n, 15)).toISOString().slice(0, 10);
}

async function uploadCertificate(s: Session) {
  const { p12 } = makeP12("cert-pw-2026");
  const up = await call("POST", "/api/invoices/certificate", {
    session: s,
    body: { p12Base64: p12.toString("base64"), password: "cert-pw-2026" },
  });
  expect(up.status).toBe(201);
}

describe("invoices by 작성일자 and the open items", () => {
  it("a month's list and the alerts read that month and the open items, not years of history", async () => {
    const s = await newTenant();
    await uploadCertificate(s);
    const current = await issueInvoice(s);
    expect(current.transmission.status).toBe("sent");
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody({ writeDate: monthsBack(2) }),
    });
    expect(draft.status).toBe(201);
    const before = await measured(s);
    expect(before.ids).toEqual([current.id]);
    expect(before.alerts).toEqual([`draft_overdue:${draft.json.id}`]);

    // Three years of history: invoices issued and sent, one every ~3 weeks, stored as their
    // issue would have stored them in those months (작성일자 and its index entry moved back).
    for (let i = 0; i < 48; i++) {
      const old = await issueInvoice(s);
      expect(old.transmission.status).toBe("sent");
      const writeDate = monthsBack(1 + Math.floor(i * 0.75));
      await asTenant(s, async () => {
        await setAttributes(Keys.invoice(old.id), {
          writeDate,
          ...Keys.invoiceByDate(writeDate, old.id),
        });
        await setAttributes(Keys.transmission(old.id), {
          ...Keys.invoiceByDate(writeDate, old.id, "#TX"),
        });
      });
    }
    const after = await measured(s);
    expect(after.ids).toEqual(before.ids);
    expect(after.alerts).toEqual(before.alerts);
    expect(after.listUnits).toBe(before.listUnits);
    expect(after.alertUnits).toBe(before.alertUnits);

    // Asked for everything, everything is there (newest 작성일자 first).
    const all = await call("GET", "/api/invoices", { session: s });
    expect(all.status).toBe(200);
    expect(all.json.items).toHaveLength(50);
    expect(all.json.items[0].id).toBe(current.id);
    const old = await call(
      "GET",
      `/api/invoices?from=${monthsBack(3).slice(0, 8)}01&to=${monthsBack(3).slice(0, 8)}28`,
      { session: s },
    );
    expect(old.json.items.length).toBeGreaterThan(0);
    for (const i of old.json.items)
      expect(i.writeDate.slice(0, 7)).toBe(monthsBack(3).slice(0, 7));
    // The index attributes are the table's business, not the API's.
    expect(all.text).not.toContain("INVDATE#");
  });

  it("an issued draft leaves the alerts; a sent transmission leaves them; a failed one stays until sent", async () => {
    const s = await newTenant();
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody({ writeDate: monthsBack(2) }),
    });
    const fresh = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody(),
    });
    expect((await measured(s)).alerts).toEqual([
      `draft_overdue:${draft.json.id}`,
    ]);
    const issued = await call("POST", `/api/invoices/${fresh.json.id}/issue`, {
      session: s,
    });
    expect(issued.status, issued.text).toBe(200);
    // No certificate yet: the transmission fails and is an alert.
    expect((await measured(s)).alerts).toEqual(
      [
        `draft_overdue:${draft.json.id}`,
        `transmit_failed:${fresh.json.id}`,
      ].sort(),
    );
    await uploadCertificate(s);
    const sent = await call("POST", `/api/invoices/${fresh.json.id}/transmit`, {
      session: s,
    });
    expect(sent.json.transmission.status).toBe("sent");
    const removed = await call("DELETE", `/api/invoices/${draft.json.id}`, {
      session: s,
    });
    expect(removed.status).toBeLessThan(300);
    expect((await measured(s)).alerts).toEqual([]);
  });

  it("invoices stored before the indexes are found again after `npm run migrate`, once", async () => {
    const s = await newTenant();
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody({ writeDate: monthsBack(2) }),
    });
    const failed = await issueInvoice(s); // no certificate: its transmission failed
    const stranded = await issueInvoice(s);
    // As the previous version stored them: no index attributes; and one whose process stopped
    // between the issue and its transmission (전송대기 only inside the invoice, issued days ago).
    const strip = (key: { pk: string; sk: string }) =>
      dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(key),
          UpdateExpression: "REMOVE gsi1pk, gsi1sk, gsi2pk, gsi2sk",
        }),
      );
    const threeDaysAgo = new Date(
      Date.parse(`${today()}T00:00:00Z`) - 3 * 864e5,
    )
      .toISOString()
      .slice(0, 10);
    await asTenant(s, async () => {
      for (const id of [draft.json.id, failed.id, stranded.id])
        await strip(Keys.invoice(id));
      await strip(Keys.transmission(failed.id));
      await dynamo().send(
        new DeleteItemCommand({
          TableName: tableName(),
          Key: toItem(Keys.transmission(stranded.id)),
        }),
      );
      await setAttributes(Keys.invoice(stranded.id), {
        issueDate: threeDaysAgo,
      });
    });
    const lost = await measured(s);
    expect(lost.ids).toEqual([]);
    expect(lost.alerts).toEqual([]);

    const first = await backfillInvoiceIndexes();
    expect(first.indexed).toBeGreaterThanOrEqual(4);
    const found = await measured(s);
    expect(found.ids).toEqual([failed.id, stranded.id].sort());
    expect(found.alerts).toEqual(
      [
        `draft_overdue:${draft.json.id}`,
        `transmit_failed:${failed.id}`,
        `transmit_due:${stranded.id}`,
      ].sort(),
    );
    const tx = await asTenant(s, () =>
      getItem<{ status: string }>(Keys.transmission(stranded.id), true),
    );
    expect(tx).toMatchObject({ status: "pending" });
    // Run again: nothing left to do.
    expect((await backfillInvoiceIndexes()).indexed).toBe(0);
    expect(await measured(s)).toEqual(found);
  });
});
