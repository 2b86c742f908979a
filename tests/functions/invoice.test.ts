import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import {
  call,
  mailbox,
  newTenant,
  randomBizNo,
  uniqueEmail,
} from "../support/api";
import { buyer, invoiceBody, issueInvoice, today } from "../support/invoice";
import { getItem, queryPrefix } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import { kstDate, kstMonth } from "../../core/time";
import { handler as sesEvents } from "../../functions/mail/events";
import { makeP12 } from "../support/certificate";
import { setAttributes } from "../support/db";
import { members } from "../support/members";

const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId }, fn);

describe("client book", () => {
  it("saves a client by 사업자번호 (saving again updates it) and refuses a bad checksum by field", async () => {
    const s = await newTenant();
    const b = buyer({ email: "tax@hanbit.example" });
    expect(
      (await call("POST", "/api/clients", { session: s, body: b })).status,
    ).toBe(201);
    await call("POST", "/api/clients", {
      session: s,
      body: { ...b, name: "한빛상사(주)" },
    });
    const list = (await call("GET", "/api/clients", { session: s })).json
      .clients;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ bizNo: b.bizNo, name: "한빛상사(주)" });

    const bad = await call("POST", "/api/clients", {
      session: s,
      body: { ...b, bizNo: "120-81-47522", email: "not-mail" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(["bizNo", "email"]),
    );
    expect(bad.json.fields[0].message).toMatch(/[가-힣]/);
  });

  it("imports CSV (UTF-8 or EUC-KR, Korean headers) and XLSX; one bad row refuses the whole file", async () => {
    const s = await newTenant();
    const [a, b, c] = [randomBizNo(), randomBizNo(), randomBizNo()];
    const csv = `사업자번호,상호,대표자,이메일\n${a},가나상회,김가나,ga@example.com\n${b.slice(0, 3)}-${b.slice(3, 5)}-${b.slice(5)},다라마트,,\n`;
    const euc = iconv.encode(csv, "euc-kr").toString("base64");
    const r1 = await call("POST", "/api/clients/import", {
      session: s,
      body: { filename: "거래처.csv", base64: euc },
    });
    expect(r1.status).toBe(200);
    expect(r1.json.imported).toBe(2);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("거래처");
    ws.addRow(["상호", "사업자등록번호", "업태", "종목"]);
    ws.addRow(["바사공업", c, "제조", "부품"]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const r2 = await call("POST", "/api/clients/import", {
      session: s,
      body: { filename: "clients.xlsx", base64: xlsx },
    });
    expect(r2.json.imported).toBe(1);

    const bad = `상호,사업자번호\n좋은곳,${randomBizNo()}\n나쁜곳,1234567890\n`;
    const r3 = await call("POST", "/api/clients/import", {
      session: s,
      body: {
        filename: "bad.csv",
        base64: Buffer.from(bad).toString("base64"),
      },
    });
    expect(r3.status).toBe(400);
    expect(r3.json.code).toBe("import_invalid");
    expect(r3.json.fields[0].message).toContain("3번째 줄");

    const list = (await call("GET", "/api/clients", { session: s })).json
      .clients;
    expect(list.map((x: { bizNo: string }) => x.bizNo).sort()).toEqual(
      [a, b, c].sort(),
    );
    expect(list.find((x: { bizNo: string }) => x.bizNo === a)).toMatchObject({
      name: "가나상회",
      ceo: "김가나",
      email: "ga@example.com",
    });
  });
});

describe("issuing", () => {
  it("computes lines (VAT truncated per line), issues with a 24-character approval number and freezes the invoice", async () => {
    const s = await newTenant();
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody(),
    });
    expect(draft.status).toBe(201);
    expect(draft.json).toMatchObject({
      status: "draft",
      supplyTotal: 63_333,
      taxTotal: 3_000 + 3_333,
      grandTotal: 69_666,
      typeCode: "0101",
    });
    expect(draft.json.approvalNo).toBeUndefined();

    const issued = await call("POST", `/api/invoices/${draft.json.id}/issue`, {
      session: s,
    });
    expect(issued.status).toBe(200);
    const no: string = issued.json.approvalNo;
    expect(no).toMatch(/^\d{8}[0-9A-Z]{8}\d{8}$/);
    expect(no.slice(0, 8)).toBe(kstDate().replaceAll("-", ""));
    expect(no.slice(16)).toBe("00000001");
    expect(issued.json.supplier.bizNo).toMatch(/^\d{10}$/);

    const edit = await call("PUT", `/api/invoices/${draft.json.id}`, {
      session: s,
      body: invoiceBody({ note: "고침" }),
    });
    expect(edit.status).toBe(409);
    expect(edit.json.code).toBe("invoice_issued");
    const del = await call("DELETE", `/api/invoices/${draft.json.id}`, {
      session: s,
    });
    expect(del.status).toBe(409);

    // The same transaction wrote the ledger event and the month's count.
    const [ledger, usage] = await asTenant(s.tenantId, () =>
      Promise.all([
        getItem<Record<string, unknown>>(Keys.ledgerEvent(draft.json.id), true),
        getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
      ]),
    );
    expect(ledger).toMatchObject({
      direction: "sale",
      supply: 63_333,
      tax: 6_333,
      approvalNo: no,
    });
    expect(usage!.invoices).toBe(1);
    // Issuing again (a retry) changes nothing.
    const again = await call("POST", `/api/invoices/${draft.json.id}/issue`, {
      session: s,
    });
    expect(again.json.approvalNo).toBe(no);
  });

  it("answers every concurrent retry with the same Idempotency-Key with one and the same invoice", async () => {
    const s = await newTenant();
    const key = `order-${randomBizNo()}`;
    const body = invoiceBody();
    const res = await Promise.all(
      Array.from({ length: 6 }, () =>
        call("POST", "/api/invoices", {
          session: s,
          body: { ...body, issue: true },
          headers: { "idempotency-key": key },
        }),
      ),
    );
    expect(res.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(res.map((r) => r.json.id)).size).toBe(1);
    expect(new Set(res.map((r) => r.json.approvalNo)).size).toBe(1);
    const list = (await call("GET", "/api/invoices", { session: s })).json;
    expect(list.items).toHaveLength(1);
    const usage = await asTenant(s.tenantId, () =>
      getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
    );
    expect(usage!.invoices).toBe(1);

    // A retried 수정 (01: two documents) with its own key issues the pair once.
    const amendKey = `amend-${randomBizNo()}`;
    const amends = await Promise.all(
      Array.from({ length: 3 }, () =>
        call("POST", `/api/invoices/${res[0].json.id}/amend`, {
          session: s,
          body: {
            reason: "01",
            corrected: { ...body, lines: [{ item: "정정", supply: 50_000 }] },
          },
          headers: { "idempotency-key": amendKey },
        }),
      ),
    );
    expect(amends.map((r) => r.status)).toEqual([201, 201, 201]);
    const ids = amends.map((r) =>
      r.json.issued.map((d: { id: string }) => d.id).join(),
    );
    expect(new Set(ids).size).toBe(1);
    const after = (await call("GET", "/api/invoices", { session: s })).json;
    expect(after.items).toHaveLength(3);
  });

  it("refuses bad input with a coded, Korean, per-field error and stores nothing", async () => {
    const s = await newTenant();
    const tomorrow = new Date(Date.now() + 9 * 3600_000 + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ buyer: buyer({ bizNo: "1234567890" }) }, "buyer.bizNo", ""],
      [
        { lines: [{ item: "A", qty: 1, unitPrice: 1000 }], supplyTotal: 999 },
        "supplyTotal",
        "totals_mismatch",
      ],
      [
        { lines: [{ item: "A", qty: 1, unitPrice: 1000 }], taxTotal: 150 },
        "taxTotal",
        "totals_mismatch",
      ],
      [
        {
          lines: Array.from({ length: 17 }, () => ({ item: "A", supply: 100 })),
        },
        "lines",
        "too_many_lines",
      ],
      [
        { lines: [{ item: "A", qty: 0, unitPrice: 1000 }] },
        "lines.0.qty",
        "nonpositive_quantity",
      ],
      [
        { lines: [{ item: "A", qty: -2, unitPrice: 1000 }] },
        "lines.0.qty",
        "nonpositive_quantity",
      ],
      [
        { lines: [{ item: "A", qty: 2, unitPrice: 1000, supply: 1500 }] },
        "lines.0.supply",
        "line_supply_mismatch",
      ],
      [
        { lines: [{ item: "A", supply: 1000, tax: 300 }] },
        "lines.0.tax",
        "line_tax_out_of_range",
      ],
      [
        { kind: "zero", lines: [{ item: "A", supply: 1000, tax: 100 }] },
        "lines.0.tax",
        "tax_not_allowed",
      ],
      [{ writeDate: tomorrow }, "writeDate", "write_date_future"],
      [{ writeDate: "2026-02-30" }, "writeDate", ""],
      [{ lines: [{ item: "", supply: 1000 }] }, "lines.0.item", ""],
      [{ buyer: { bizNo: randomBizNo() } }, "buyer.name", ""],
    ];
    for (const [override, field, code] of cases) {
      const res = await call("POST", "/api/invoices", {
        session: s,
        body: { ...invoiceBody(override), issue: true },
      });
      expect(res.status, JSON.stringify(override)).toBe(400);
      expect(
        res.json.fields.map((f: { field: string }) => f.field),
        res.text,
      ).toContain(field);
      if (code) expect(res.json.code).toBe(code);
      expect(res.json.message).toMatch(/[가-힣]/);
    }
    expect(
      (await call("GET", "/api/invoices", { session: s })).json.items,
    ).toEqual([]);
  });

  it("월합계: more than 16 deliveries on one summary invoice, whose documents carry one '외 N건' line", async () => {
    const s = await newTenant();
    const [y, m] = today().split("-").map(Number);
    // Last month's deliveries, issued as its 월합계 (due by the 10th of this month).
    const lastDay = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
    const lines = Array.from({ length: 40 }, (_, i) => ({
      date: `${lastDay.slice(0, 8)}${String((i % 28) + 1).padStart(2, "0")}`,
      item: `생수 납품 ${i + 1}`,
      qty: 2,
      unitPrice: 5_555,
    }));
    const inv = await issueInvoice(s, {
      summary: true,
      writeDate: lastDay,
      lines,
    });
    // Each line: 11,110 supply, 1,111 tax (truncated) → 40 lines.
    expect(inv.lines).toHaveLength(40);
    expect(inv.supplyTotal).toBe(40 * 11_110);
    expect(inv.taxTotal).toBe(40 * 1_111);
    const xml = (
      await call("GET", `/api/invoices/${inv.id}/xml`, { session: s })
    ).text;
    const items = xml.match(/<TaxInvoiceTradeLineItem>/g) ?? [];
    expect(items).toHaveLength(1);
    expect(xml).toContain("생수 납품 1 외 39건");
    const line = xml.slice(xml.indexOf("<TaxInvoiceTradeLineItem>"));
    expect(line).toContain(`<InvoiceAmount>${40 * 11_110}</InvoiceAmount>`);
    expect(line).toContain(
      `<CalculatedAmount>${40 * 1_111}</CalculatedAmount>`,
    );
    // Over 500 deliveries is refused even on a 월합계.
    const tooMany = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody({
        summary: true,
        lines: Array.from({ length: 501 }, () => ({ item: "A", supply: 100 })),
      }),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.fields[0].field).toBe("lines");
  });

  it("accepts a VAT the parties agreed on within ₩1 (per line or in total) and 영세율/면세 without VAT", async () => {
    const s = await newTenant();
    const up = await issueInvoice(s, {
      lines: [{ item: "A", supply: 1005, tax: 101 }],
    });
    expect(up.taxTotal).toBe(101);
    const total = await issueInvoice(s, {
      lines: [
        { item: "A", supply: 1005 },
        { item: "B", supply: 1005 },
      ],
      taxTotal: 201,
    });
    expect(total).toMatchObject({
      supplyTotal: 2010,
      taxTotal: 201,
      grandTotal: 2211,
    });
    const zero = await issueInvoice(s, { kind: "zero" });
    expect(zero).toMatchObject({ taxTotal: 0, typeCode: "0102" });
    const exempt = await issueInvoice(s, { kind: "exempt" });
    expect(exempt).toMatchObject({ taxTotal: 0, typeCode: "0301" });
  });
});

describe("plan quota", () => {
  // A shop must issue the tax invoice it owes whatever it has used: past the included quota an
  // invoice is billed as overage (core/plan PLAN_TABLE), never refused.
  it("issues past the month's included invoice quota and counts it for the overage", async () => {
    const s = await newTenant();
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody(),
    });
    await asTenant(s.tenantId, () =>
      setAttributes(Keys.usage(kstMonth()), { invoices: 100 }),
    );
    const res = await call("POST", `/api/invoices/${draft.json.id}/issue`, {
      session: s,
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("issued");
    const usage = await call("GET", "/api/usage", { session: s });
    expect(
      usage.json.metrics.find((m: { id: string }) => m.id === "invoices"),
    ).toMatchObject({ used: 101, quota: 100 });
  });
});

describe("amendments (수정세금계산서, 부가가치세법 시행령 §70)", () => {
  const amend = (
    s: Awaited<ReturnType<typeof newTenant>>,
    id: string,
    body: unknown,
  ) => call("POST", `/api/invoices/${id}/amend`, { session: s, body });

  it("issues exactly the documents each reason asks for, linked to the original approval number", async () => {
    const s = await newTenant();
    const t = today();
    const cases: [unknown, [number, number, string, string][]][] = [
      // [reason body, [[supply, tax, typeCode, writeDate]...]]
      [
        {
          reason: "01",
          corrected: {
            ...invoiceBody(),
            lines: [{ item: "정정 품목", supply: 50_000 }],
          },
        },
        [
          [-63_333, -6_333, "0201", t],
          [50_000, 5_000, "0201", t],
        ],
      ],
      [
        {
          reason: "02",
          date: t,
          lines: [{ item: "단가 인하", supply: -3_333 }],
        },
        [[-3_333, -333, "0201", t]],
      ],
      [
        {
          reason: "03",
          date: t,
          lines: [{ item: "헤어 트리트먼트", qty: 1, unitPrice: 10_000 }],
        },
        [[-10_000, -1_000, "0201", t]],
      ],
      [{ reason: "04", date: t }, [[-63_333, -6_333, "0201", t]]],
      [
        { reason: "05", lineIndexes: [0] },
        [
          [-30_000, -3_000, "0201", t],
          [30_000, 0, "0202", t],
        ],
      ],
      [{ reason: "06" }, [[-63_333, -6_333, "0201", t]]],
    ];
    for (const [body, expected] of cases) {
      const o = await issueInvoice(s);
      const res = await amend(s, o.id, body);
      expect(res.status, res.text).toBe(201);
      const docs = res.json.issued;
      expect(
        docs.map((d: any) => [
          d.supplyTotal,
          d.taxTotal,
          d.typeCode,
          d.writeDate,
        ]),
      ).toEqual(expected);
      for (const d of docs) {
        expect(d.status).toBe("issued");
        expect(d.amendment).toMatchObject({
          reason: (body as { reason: string }).reason,
          originalId: o.id,
          originalApprovalNo: o.approvalNo,
        });
        expect(d.approvalNo).toMatch(/^\d{8}[0-9A-Z]{8}\d{8}$/);
      }
      const original = (
        await call("GET", `/api/invoices/${o.id}`, { session: s })
      ).json;
      expect(original.supplyTotal).toBe(63_333); // the original never changes
      expect(original.amendedBy).toHaveLength(docs.length);
    }
  });

  it("refuses to amend a draft, a cancelled invoice, and a return larger than the original", async () => {
    const s = await newTenant();
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody(),
    });
    const r1 = await amend(s, draft.json.id, { reason: "06" });
    expect(r1.status).toBe(409);
    expect(r1.json.code).toBe("not_issued");

    const o = await issueInvoice(s);
    const big = await amend(s, o.id, {
      reason: "03",
      date: today(),
      lines: [{ item: "전부 반품", supply: 100_000 }],
    });
    expect(big.status).toBe(400);
    expect(big.json.code).toBe("return_exceeds_original");
    expect((await amend(s, o.id, { reason: "04", date: today() })).status).toBe(
      201,
    );
    const twice = await amend(s, o.id, { reason: "06" });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe("already_cancelled");
    const badReason = await amend(s, o.id, { reason: "07" });
    expect(badReason.status).toBe(400);
  });
});

describe("e-mail, recipient page and delivery status", () => {
  it("e-mails PDF + XML with a link; the recipient views, downloads and confirms; the owner sees each step", async () => {
    const s = await newTenant();
    const to = uniqueEmail("client");
    const o = await issueInvoice(s, { buyer: buyer({ email: to }) });
    const sent = await call("POST", `/api/invoices/${o.id}/send`, {
      session: s,
      body: {},
    });
    expect(sent.status).toBe(200);
    expect(sent.json.sends[0].to).toEqual([to]);

    const [mail] = await mailbox(to);
    expect(mail.subject).toContain("전자세금계산서");
    const attachments = (
      mail as unknown as {
        attachments: { filename: string; content: string }[];
      }
    ).attachments;
    expect(attachments.map((a) => a.filename).sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\.pdf$/),
        expect.stringMatching(/\.xml$/),
      ]),
    );
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? "")![1];

    const owner1 = (await call("GET", `/api/invoices/${o.id}`, { session: s }))
      .json;
    expect(owner1.mailStatus).toBe("sent");
    expect(owner1.sentAt).toBeTruthy();

    const view = await call("GET", `/api/invoices/link/${token}`);
    expect(view.status).toBe(200);
    expect(view.json.doc.approvalNo).toBe(o.approvalNo);
    expect(view.json.confirmedAt).toBeUndefined();
    const pdf = await call("GET", `/api/invoices/link/${token}/invoice.pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const xml = await call("GET", `/api/invoices/link/${token}/invoice.xml`);
    expect(xml.text).toContain(o.approvalNo);

    const confirm = await call("POST", `/api/invoices/link/${token}/confirm`);
    expect(confirm.status).toBe(200);
    const first = confirm.json.confirmedAt;
    expect(first).toBeTruthy();
    const again = await call("POST", `/api/invoices/link/${token}/confirm`);
    expect(again.json.confirmedAt).toBe(first);

    const owner2 = (await call("GET", `/api/invoices/${o.id}`, { session: s }))
      .json;
    expect(owner2.confirmedAt).toBe(first);
    const confirmed = await call("GET", "/api/invoices?status=confirmed", {
      session: s,
    });
    expect(confirmed.json.items.map((i: { id: string }) => i.id)).toEqual([
      o.id,
    ]);

    const wrong = await call("GET", `/api/invoices/link/${"x".repeat(43)}`);
    expect(wrong.status).toBe(404);
    expect(wrong.json.code).toBe("link_invalid");
  });

  it("shows a bounce reported by SES, and lets the owner re-send to a corrected address", async () => {
    const s = await newTenant();
    const bad = uniqueEmail("bounce");
    const o = await issueInvoice(s, { buyer: buyer({ email: bad }) });
    const sent = await call("POST", `/api/invoices/${o.id}/send`, {
      session: s,
      body: {},
    });
    await mailbox(bad);
    // What SES publishes to the configuration set's SNS topic for a hard bounce.
    await sesEvents({
      Records: [
        {
          Sns: {
            Message: JSON.stringify({
              eventType: "Bounce",
              mail: {
                timestamp: new Date().toISOString(),
                tags: {
                  tenantId: [s.tenantId],
                  outboxId: [sent.json.sends[0].mailId],
                },
              },
              bounce: {
                bounceType: "Permanent",
                timestamp: new Date().toISOString(),
              },
            }),
          },
        },
      ],
    } as never);
    const owner = (await call("GET", `/api/invoices/${o.id}`, { session: s }))
      .json;
    expect(owner.mailStatus).toBe("bounced");
    expect(owner.bouncedAt).toBeTruthy();
    const bounced = await call("GET", "/api/invoices?status=bounced", {
      session: s,
    });
    expect(bounced.json.items).toHaveLength(1);

    const good = uniqueEmail("fixed");
    const resend = await call("POST", `/api/invoices/${o.id}/send`, {
      session: s,
      body: { to: [good] },
    });
    expect(resend.json.sends).toHaveLength(2);
    await mailbox(good);
    expect(
      (await call("GET", `/api/invoices/${o.id}`, { session: s })).json
        .mailStatus,
    ).toBe("sent");
  });

  it("refuses to send a draft or an invoice without any recipient", async () => {
    const s = await newTenant();
    const d = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody(),
    });
    const r1 = await call("POST", `/api/invoices/${d.json.id}/send`, {
      session: s,
      body: {},
    });
    expect(r1.status).toBe(409);
    const o = await issueInvoice(s);
    const r2 = await call("POST", `/api/invoices/${o.id}/send`, {
      session: s,
      body: {},
    });
    expect(r2.status).toBe(400);
    expect(r2.json.code).toBe("no_recipient");
  });
});

describe("closed loop between tenants", () => {
  it("delivers an invoice to the buyer tenant's 매입 inbox; accepting records the purchase and tells the supplier", async () => {
    const buyerBizNo = randomBizNo();
    const [a, b] = await Promise.all([
      newTenant(),
      newTenant({ bizNo: buyerBizNo }),
    ]);
    const o = await issueInvoice(a, {
      buyer: buyer({ bizNo: buyerBizNo, name: "B 미용재료" }),
    });
    const other = await issueInvoice(a); // to someone else: never reaches B

    const inbox = (await call("GET", "/api/invoices/received", { session: b }))
      .json.received;
    expect(inbox.map((r: { id: string }) => r.id)).toEqual([o.id]);
    expect(inbox[0]).toMatchObject({
      status: "received",
      doc: { approvalNo: o.approvalNo, taxTotal: 6_333 },
    });
    expect(JSON.stringify(inbox)).not.toContain(other.id);
    expect(
      (await call("GET", "/api/invoices/received", { session: a })).json
        .received,
    ).toEqual([]);
    // B cannot open A's invoice itself.
    expect(
      (await call("GET", `/api/invoices/${o.id}`, { session: b })).status,
    ).toBe(404);

    const accepted = await call(
      "POST",
      `/api/invoices/received/${o.id}/accept`,
      { session: b },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.json.status).toBe("accepted");
    const purchase = await asTenant(b.tenantId, () =>
      getItem<Record<string, unknown>>(Keys.ledgerEvent(o.id), true),
    );
    expect(purchase).toMatchObject({
      direction: "purchase",
      supply: 63_333,
      tax: 6_333,
      counterpartName: "골목미용실",
    });
    const supplierView = (
      await call("GET", `/api/invoices/${o.id}`, { session: a })
    ).json;
    expect(supplierView.acceptedAt).toBeTruthy();
    // Accepting twice records one purchase.
    await call("POST", `/api/invoices/received/${o.id}/accept`, { session: b });
    const events = await queryPrefix({
      pk: `T#${b.tenantId}`,
      skPrefix: "LEDGEREV#",
    });
    expect(events).toHaveLength(1);
  });
});

describe("search, totals and export", () => {
  it("finds by client, kind and status, totals per client for the VAT return, exports CSV and XLSX", async () => {
    const s = await newTenant();
    const x = buyer({ name: "엑스상사" });
    await issueInvoice(s, { buyer: x });
    await issueInvoice(s, {
      buyer: x,
      lines: [{ item: "B", supply: 100_000 }],
    });
    await issueInvoice(s, { kind: "exempt" });
    await call("POST", "/api/invoices", { session: s, body: invoiceBody() }); // a draft

    const byClient = await call("GET", `/api/invoices?clientBizNo=${x.bizNo}`, {
      session: s,
    });
    expect(byClient.json.items).toHaveLength(2);
    expect(byClient.json.totals).toMatchObject({
      count: 2,
      supply: 163_333,
      tax: 16_333,
    });
    expect(
      (await call("GET", "/api/invoices?kind=exempt", { session: s })).json
        .items,
    ).toHaveLength(1);
    expect(
      (await call("GET", "/api/invoices?status=draft", { session: s })).json
        .items,
    ).toHaveLength(1);

    const month = today().slice(0, 8);
    const totals = await call(
      "GET",
      `/api/invoices/totals?from=${month}01&to=${today()}`,
      { session: s },
    );
    // 매출처별 세금계산서 합계표 counts 세금계산서 only (the 계산서 goes on its own 합계표).
    expect(totals.json.clients).toEqual([
      {
        bizNo: x.bizNo,
        name: "엑스상사",
        count: 2,
        supply: 163_333,
        tax: 16_333,
      },
    ]);

    const csv = await call("GET", "/api/invoices?format=csv", { session: s });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // A byte-order mark, so Excel in Korea opens the Hangul as UTF-8.
    const raw = Buffer.from(await fetchBinary("/api/invoices?format=csv", s));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain("엑스상사");
    expect(csv.text.trim().split("\n")).toHaveLength(5);

    const res = await fetchBinary(`/api/invoices?format=xlsx`, s);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).text).toBe("작성일자");
    expect(ws.rowCount).toBe(6); // header + 4 + 합계
    expect(ws.getRow(6).getCell(7).value).toBe(163_333 + 63_333);
  });
});

async function fetchBinary(
  path: string,
  s: Awaited<ReturnType<typeof newTenant>>,
) {
  const { api } = await import("../../functions/app");
  const res = await api.request(path, {
    headers: { cookie: s.cookie, "x-forwarded-for": s.ip },
  });
  return Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer;
}

describe("certificate and NTS transmission (local adapter)", () => {
  it("fails transmission honestly without a certificate, signs and records it once one is uploaded", async () => {
    const s = await newTenant();
    const before = await issueInvoice(s);
    expect(before.transmission).toMatchObject({ status: "failed" });
    expect(before.transmission.detail).toContain("인증서");
    expect(before.localTransmission).toBe(true);

    const { p12 } = makeP12("cert-pw-2026");
    const wrong = await call("POST", "/api/invoices/certificate", {
      session: s,
      body: { p12Base64: p12.toString("base64"), password: "nope" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.code).toBe("certificate_invalid");
    const up = await call("POST", "/api/invoices/certificate", {
      session: s,
      body: { p12Base64: p12.toString("base64"), password: "cert-pw-2026" },
    });
    expect(up.status).toBe(201);
    expect(up.text).not.toContain("cert-pw-2026");
    const stored = await asTenant(s.tenantId, () =>
      getItem<Record<string, string>>(Keys.certificate(), true),
    );
    expect(JSON.stringify(stored)).not.toContain("cert-pw-2026");
    expect(stored!.p12Sealed).toMatch(/^v1\./);

    const retried = await call("POST", `/api/invoices/${before.id}/transmit`, {
      session: s,
    });
    expect(retried.json.transmission.status).toBe("sent");
    const after = await issueInvoice(s);
    expect(after.transmission.status).toBe("sent");
    const tx = await asTenant(s.tenantId, () =>
      getItem<{ approvalNo: string; sha256: string; bytes: number }>(
        Keys.transmission(after.id),
        true,
      ),
    );
    expect(tx).toMatchObject({
      approvalNo: after.approvalNo,
      status: "sent",
      adapter: "local",
    });
    expect(tx!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(tx!.bytes).toBeGreaterThan(3000); // the signed document, not just the invoice
  });
});

describe("deadlines on the dashboard", () => {
  it("warns about a draft past its issue deadline and a failed transmission, to every role that reads invoices", async () => {
    const s = await newTenant();
    // 작성일자 two months back: its deadline, the 10th of the following month, has passed.
    const [y, m] = today().split("-").map(Number);
    const back = new Date(Date.UTC(y, m - 3, 5)).toISOString().slice(0, 10);
    const draft = await call("POST", "/api/invoices", {
      session: s,
      body: invoiceBody({ writeDate: back }),
    });
    expect(draft.status).toBe(201);
    // Issued without a certificate: transmission fails, and that needs the owner.
    const issued = await issueInvoice(s);
    expect(issued.transmission.status).toBe("failed");

    const accountant = await members.invite(s, "accountant");
    for (const who of [s, accountant]) {
      const res = await call("GET", "/api/invoices/alerts", { session: who });
      expect(res.status).toBe(200);
      const byInvoice = Object.fromEntries(
        res.json.alerts.map((a: { invoiceId: string; code: string }) => [
          a.invoiceId,
          a,
        ]),
      );
      expect(byInvoice[draft.json.id].code).toBe("draft_overdue");
      expect(byInvoice[draft.json.id].due < today()).toBe(true);
      expect(byInvoice[draft.json.id].message).toContain("기한");
      expect(byInvoice[issued.id]).toMatchObject({ code: "transmit_failed" });
      expect(byInvoice[issued.id].message).toContain("인증서");
      expect(res.json.alerts).toHaveLength(2);
    }
  });
});
