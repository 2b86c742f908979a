// Issuing and e-mailing an invoice, measured in-process against DynamoDB Local and SES local: the
// capacity DynamoDB reports for each step (ReturnConsumedCapacity), the time of issue + send +
// SES delivery, the PDF, and what it all costs at list prices (bench/prices.ts).
import { performance } from "node:perf_hooks";
import { withActor } from "../core/actor";
import { Invoice } from "../core/invoice";
import { Mail } from "../core/mail";
import {
  newMeter,
  useMeter,
  withMeter,
  type RequestMeter,
} from "../core/metering/meter";
import {
  localAdapter,
  useTransmissionPort,
} from "../core/invoice/transmission";
import { queryPrefix } from "../core/db/client";
import { Keys } from "../core/db/keys";
import { TX_SUFFIX } from "../core/invoice/indexes";
import { renderInvoicePdf } from "../core/invoice/pdf";
import { kstDate } from "../core/time";
import type { InvoiceInput } from "../core/invoice/schema";
import { price } from "./prices";
import { ownerActor, putAll, type Owner } from "./support";
import { makeP12 } from "../tests/support/certificate";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function metered<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; m: RequestMeter; ms: number }> {
  const m = newMeter();
  const t0 = performance.now();
  return withMeter(m, fn).then((value) => ({
    value,
    m,
    ms: performance.now() - t0,
  }));
}

export async function measureInvoices(
  owner: Owner,
  buyerBizNo: string,
  runs: number,
) {
  // The local outbox loop would race this measurement for each message: pause its wake-ups.
  const listeners = Mail.events.listeners("queued");
  Mail.events.removeAllListeners("queued");
  const actor = ownerActor(owner);
  // Issuing and transmitting are one request; the port is called between the issue transaction
  // and the transmission record, so the write units so far are the issue's own.
  let issuedWcu = 0;
  useTransmissionPort({
    ...localAdapter,
    submit: (sub) => {
      issuedWcu = useMeter()!.writeUnits;
      return localAdapter.submit(sub);
    },
  });
  // A certificate, so that each issue is signed and handed to the transmission port as in use.
  const { p12 } = makeP12("bench-cert-pw");
  await withActor(actor, () =>
    Invoice.uploadCertificate({
      p12Base64: p12.toString("base64"),
      password: "bench-cert-pw",
    }),
  );
  const samples: {
    issueWcu: number;
    transmitWcu: number;
    issueRcu: number;
    sendWcu: number;
    sendRcu: number;
    deliverWcu: number;
    deliverRcu: number;
    ms: number;
    issueMs: number;
    deliverMs: number;
    attachmentBytes: number;
  }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const input = {
        kind: "taxable",
        purpose: "claim",
        writeDate: kstDate(),
        summary: false,
        clientId: "",
        buyer: {
          bizNo: buyerBizNo,
          branchNo: "",
          name: "벤치상사",
          ceo: "김벤치",
          address: "서울특별시 중구 세종대로 110",
          bizType: "도소매",
          bizItem: "미용재료",
          email: `bench-client-${i}@bench.local`,
          email2: "",
        },
        lines: [
          {
            date: "",
            item: "헤어 트리트먼트",
            spec: "500ml",
            qty: 3,
            unitPrice: 10_000,
            note: "",
          },
          {
            date: "",
            item: "샴푸 납품",
            spec: "",
            qty: 1,
            unitPrice: 33_333,
            note: "",
          },
        ],
        note: "",
        payment: { cash: 0, cheque: 0, bill: 0, credit: 0 },
      } satisfies InvoiceInput;
      // The form's 발급 button: written and issued in one request (no draft saved first).
      const issued = await withActor(actor, () =>
        metered(() => Invoice.createAndIssue(input)),
      );
      const draft = issued.value;
      if (draft.transmission?.status !== "sent")
        throw new Error(`transmission ${draft.transmission?.detail}`);
      const sent = await withActor(actor, () =>
        metered(() => Invoice.send(draft.id)),
      );
      const mailId = sent.value.sends![0].mailId;
      const delivered = await metered(() =>
        Mail.deliver(owner.tenantId, mailId),
      );
      if (delivered.value !== "sent")
        throw new Error(`delivery ${delivered.value}`);
      const files = await withActor(actor, () =>
        Invoice.attachmentsOf(draft.id),
      );
      samples.push({
        issueWcu: issuedWcu,
        transmitWcu: issued.m.writeUnits - issuedWcu,
        issueRcu: issued.m.readUnits,
        sendWcu: sent.m.writeUnits,
        sendRcu: sent.m.readUnits,
        deliverWcu: delivered.m.writeUnits,
        deliverRcu: delivered.m.readUnits,
        issueMs: issued.ms,
        deliverMs: delivered.ms,
        ms: issued.ms + sent.ms + delivered.ms,
        attachmentBytes: files.reduce(
          (s, f) => s + Buffer.from(f.base64, "base64").length,
          0,
        ),
      });
    }
  } finally {
    for (const l of listeners) Mail.events.on("queued", l as never);
  }
  useTransmissionPort(localAdapter);
  const med = (f: (s: (typeof samples)[number]) => number) =>
    pct(samples.map(f), 50);
  const doc = (await withActor(actor, () => Invoice.list())).items[0];
  const pdfTimes: number[] = [];
  let pdfBytes = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    pdfBytes = (await renderInvoicePdf(doc)).length;
    pdfTimes.push(performance.now() - t0);
  }
  // The owner's export of this shop (every invoice as XML + PDF): built in-process, as the export
  // queue's worker builds it on AWS; per invoice, to size what one 15-minute worker can take.
  const { Account } = await import("../core/account");
  const issuedCount = (await withActor(actor, () => Invoice.list())).items
    .length;
  const e0 = performance.now();
  const asked = await withActor(actor, () => Account.createExport());
  await Account.exportsSettled();
  const exportMs = performance.now() - e0;
  const exported = await withActor(actor, () => Account.getExport(asked.id));
  if (exported.status !== "ready")
    throw new Error(`bench export ended ${exported.status}`);
  const p = price();
  const wcu = med((s) => s.issueWcu + s.sendWcu + s.deliverWcu);
  const rcu = med((s) => s.issueRcu + s.sendRcu + s.deliverRcu);
  const attachments = med((s) => s.attachmentBytes);
  // Two API requests (issue, send) at the measured in-process time, plus the mail worker's
  // delivery (PDF render + SES call), each a 256 MB arm64 Lambda; one SQS wake-up; one e-mail.
  const lambdaSeconds = (med((s) => s.ms) / 1000) * 1.0;
  const usd =
    (wcu * p.dynamo.perMillionWrite + rcu * p.dynamo.perMillionRead) / 1e6 +
    lambdaSeconds * 0.25 * p.lambdaArm.perGbSecond +
    (3 * p.lambdaArm.perMillionRequests) / 1e6 +
    (2 * p.httpApi.perMillionRequests) / 1e6 +
    (2 * p.sqs.perMillionRequests) / 1e6 +
    p.ses.perThousandEmails / 1000 +
    (attachments / 1024 ** 3) * p.ses.perGbAttachments;
  return {
    runs,
    issueAndEmailMs: {
      p50: Math.round(
        pct(
          samples.map((s) => s.ms),
          50,
        ),
      ),
      p99: Math.round(
        pct(
          samples.map((s) => s.ms),
          99,
        ),
      ),
    },
    issueMs: {
      p50: Math.round(
        pct(
          samples.map((s) => s.issueMs),
          50,
        ),
      ),
      p99: Math.round(
        pct(
          samples.map((s) => s.issueMs),
          99,
        ),
      ),
    },
    wcuPerIssue: med((s) => s.issueWcu),
    wcuPerTransmission: med((s) => s.transmitWcu),
    wcuPerSend: med((s) => s.sendWcu),
    wcuPerDelivery: med((s) => s.deliverWcu),
    rcuPerInvoice: rcu,
    pdfBytes,
    pdfRenderMs: Math.round(pct(pdfTimes, 50)),
    export: {
      invoices: issuedCount,
      ms: Math.round(exportMs),
      bytes: exported.bytes,
      files: exported.files,
      msPerInvoice: +(exportMs / Math.max(1, issuedCount)).toFixed(1),
    },
    attachmentBytes: attachments,
    costPerInvoiceKrw: Math.round(usd * p.usdKrw * 1000) / 1000,
    costPerInvoiceExcludingSesKrw:
      Math.round((usd - p.ses.perThousandEmails / 1000) * p.usdKrw * 1000) /
      1000,
  };
}

/**
 * A shop in its later years: the invoices issued above copied, as stored (both indexes and the
 * transmission item), into each of the `months` before this one (50 a month), then what the
 * pages' reads cost: this month's list and the dashboard's alerts, against one read of the whole
 * history, which is what each of them read before the 작성일자 and open-items indexes.
 */
export async function measureInvoiceHistory(owner: Owner, months: number) {
  const actor = ownerActor(owner);
  return withActor(actor, async () => {
    const stored = await queryPrefix<Record<string, unknown>>(
      { pk: `T#${owner.tenantId}`, skPrefix: "INV#" },
      true,
    );
    const invoices = stored.filter((i) => !String(i.sk).endsWith(TX_SUFFIX));
    const tx = new Map(
      stored
        .filter((i) => String(i.sk).endsWith(TX_SUFFIX))
        .map((i) => [String(i.sk).slice("INV#".length, -TX_SUFFIX.length), i]),
    );
    const [y, m] = kstDate().split("-").map(Number);
    const copies: Record<string, unknown>[] = [];
    for (let back = 1; back <= months; back++) {
      const month = new Date(Date.UTC(y, m - 1 - back, 1))
        .toISOString()
        .slice(0, 8);
      for (let n = 0; n < 50; n++) {
        const src = invoices[n % invoices.length];
        const id = `${src.id}h${back}x${n}`;
        const writeDate = `${month}${String(1 + (n % 28)).padStart(2, "0")}`;
        copies.push({
          ...src,
          id,
          sk: `INV#${id}`,
          writeDate,
          ...Keys.invoiceByDate(writeDate, id),
        });
        const t = tx.get(String(src.id));
        if (t)
          copies.push({
            ...t,
            sk: `INV#${id}${TX_SUFFIX}`,
            ...Keys.invoiceByDate(writeDate, id, TX_SUFFIX),
          });
      }
    }
    await putAll(copies);
    const today = kstDate();
    const list = await metered(() =>
      Invoice.list({ from: `${today.slice(0, 8)}01`, to: today }),
    );
    const alerts = await metered(() => Invoice.deadlineAlerts());
    const whole = await metered(() =>
      queryPrefix({ pk: `T#${owner.tenantId}`, skPrefix: "INV#" }),
    );
    return {
      months,
      invoices:
        invoices.length +
        copies.filter((c) => !String(c.sk).endsWith(TX_SUFFIX)).length,
      listRcu: list.m.readUnits,
      listItems: list.value.items.length,
      alertsRcu: alerts.m.readUnits,
      wholeHistoryRcu: whole.m.readUnits,
    };
  });
}
