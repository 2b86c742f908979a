export * as Invoice from "./index";
import type { Credential } from "./sign";
import { Brand, type BrandView } from "../reseller/brand";
import { createHash } from "node:crypto";
import {
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import {
  batchGet,
  dynamo,
  getItem,
  isConditionFailure,
  putItem,
  putTx,
  queryIndex,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { inTurn } from "../db/turn";
import { assertCan, useTenant, useUser, withActor } from "../actor";
import { VisibleError } from "../error";
import { createId, createSecret } from "../id";
import { Mail } from "../mail";
import { Metering } from "../metering";
import { epochSeconds, kstDate, kstMonth, nowMs } from "../time";
import type { TenantRecord } from "../tenant";
import { tenantRecord } from "../tenant/record";
import { Audit } from "../audit";
import {
  amendmentDrafts,
  checkWriteDate,
  computeInvoice,
  issueDeadline,
  transmitDeadline,
  typeCode,
  VOIDING,
  invoiceStatus,
  type AmendmentDraft,
} from "./compute";
import {
  formatApprovalNo,
  invoiceFileStem,
  type AmendInput,
  type AmendReason,
  type ClientInput,
  type InvoiceDoc,
  type InvoiceInput,
  type ListQuery,
  type Party,
  type TransmissionStatus,
} from "./schema";
import * as InvoiceMail from "./mail";
import { invoiceIndexes, transmissionIndexes, TX_SUFFIX } from "./indexes";

// ---------------------------------------------------------------------------------------------
// Client book (거래처)

export type Client = ClientInput & { updatedAt: string };

export async function listClients(): Promise<Client[]> {
  assertCan("invoice.read");
  return (
    await queryPrefix<Client & { pk: string; sk: string }>(Keys.clientsPrefix())
  ).map(({ pk: _pk, sk: _sk, ...c }) => c);
}

/** Saves a client; the 사업자번호 is its key, so saving the same number again updates it. */
export async function saveClient(input: ClientInput): Promise<Client> {
  assertCan("invoice.write");
  const client = { ...input, updatedAt: new Date(nowMs()).toISOString() };
  await transact([putTx({ ...Keys.client(input.bizNo), ...client })]);
  return client;
}

async function clientByBizNo(bizNo: string): Promise<Client | undefined> {
  return getItem<Client>(Keys.client(bizNo));
}

/**
 * Imports a client list (CSV or XLSX). Every row is checked first; one bad row refuses the whole
 * file with each problem named by row and column, so nothing is half-imported.
 */
export async function importClients(file: {
  filename: string;
  base64: string;
}): Promise<{ imported: number }> {
  assertCan("invoice.write");
  const { parseClientFile } = await import("./client-import");
  const rows = await parseClientFile(
    file.filename,
    Buffer.from(file.base64, "base64"),
  );
  const at = new Date(nowMs()).toISOString();
  const byNo = new Map(rows.map((r) => [r.bizNo, r]));
  const items = [...byNo.values()].map((c) =>
    putTx({ ...Keys.client(c.bizNo), ...c, updatedAt: at }),
  );
  // TransactWriteItems takes 100 items; a file is capped at 1,000 rows in parseClientFile.
  for (let i = 0; i < items.length; i += 100)
    await transact(items.slice(i, i + 100));
  return { imported: items.length };
}

// ---------------------------------------------------------------------------------------------
// Invoices

interface Send {
  mailId: string;
  to: string[];
  at: string;
}

export interface InvoiceRecord extends InvoiceDoc {
  pk: string;
  sk: string;
  clientId: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  issuedBy?: string;
  issueDate?: string; // KST date of issue (the approval number's date)
  late?: boolean;
  voided?: boolean;
  amendedBy?: { id: string; reason: AmendReason }[];
  sends?: Send[];
  mailStatus?: "sent" | "failed" | "bounced" | "complained" | "delivered";
  sentAt?: string;
  bouncedAt?: string;
  failedAt?: string;
  deliveredAt?: string;
  confirmedAt?: string;
  acceptedAt?: string;
  transmission?: { status: TransmissionStatus; at: string; detail: string };
}

export type Invoice = Omit<InvoiceRecord, "pk" | "sk"> & {
  deadline: string;
  transmitBy?: string;
  amendable: boolean;
  localTransmission: boolean;
};

const notFound = () =>
  new VisibleError(
    "not_found",
    "invoice_not_found",
    "세금계산서를 찾을 수 없습니다.",
  );

function view(r: InvoiceRecord): Invoice {
  const { pk: _pk, sk: _sk, ...rest } = unindexed(r);
  return {
    ...rest,
    deadline: issueDeadline(r.writeDate),
    transmitBy: r.issueDate ? transmitDeadline(r.issueDate) : undefined,
    amendable: amendable(r),
    localTransmission: transmissionPort().local,
  };
}

function amendable(r: InvoiceRecord): boolean {
  if (r.status !== "issued" || r.voided) return false;
  // An amendment is not amended again, except the corrected copy of a 01 (it replaces the original).
  return !r.amendment || (r.amendment.reason === "01" && r.supplyTotal > 0);
}

/**
 * Invoices with their transmission status. The status lives in its own small item
 * (`INV#<id>#TX`, 1 WCU to write) rather than in the invoice (≈2 WCU to update), and sorts next
 * to the invoice, so one query reads both.
 */
function withTransmissions(items: Record<string, unknown>[]): InvoiceRecord[] {
  const tx = new Map<string, TransmissionState>();
  const out: InvoiceRecord[] = [];
  for (const i of items) {
    const sk = String(i.sk);
    if (sk.endsWith(TX_SUFFIX))
      tx.set(sk.slice("INV#".length, -TX_SUFFIX.length), i as never);
    else out.push(i as unknown as InvoiceRecord);
  }
  return out.map((r) => {
    const t = tx.get(r.id);
    return t
      ? { ...r, transmission: { status: t.status, at: t.at, detail: t.detail } }
      : r;
  });
}

interface TransmissionState {
  status: TransmissionStatus;
  at: string;
  detail: string;
  adapter: string;
  approvalNo: string;
  /** The signed document that was handed to the adapter. */
  sha256?: string;
  bytes?: number;
}

async function findRecord(id: string): Promise<InvoiceRecord | undefined> {
  const key = Keys.invoice(id);
  const [r] = withTransmissions(
    await queryPrefix({ pk: key.pk, skPrefix: key.sk }, true),
  );
  return r;
}

async function record(id: string): Promise<InvoiceRecord> {
  const r = await findRecord(id);
  if (!r) throw notFound();
  return r;
}

type Indexed = {
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
};

/** A record without its index attributes (as read back from the table). */
function unindexed<T extends object>(r: T): T {
  const {
    gsi1pk: _a,
    gsi1sk: _b,
    gsi2pk: _c,
    gsi2sk: _d,
    ...rest
  } = r as T & Indexed;
  return rest as T;
}

/**
 * The invoice as stored: in the 작성일자 index always, and in the open-items index (the alerts)
 * while it is a draft. An issued invoice leaves the open index; its transmission item stands
 * there instead until it is sent.
 */
function stored(r: InvoiceRecord): Record<string, unknown> {
  return { ...unindexed(r), ...invoiceIndexes(r.writeDate, r.id, r.status) };
}

/** A transmission item: pending or failed ones stay in the open index until they are sent. */
function storedTransmission(
  r: InvoiceRecord,
  state: TransmissionState,
): Record<string, unknown> {
  return {
    ...Keys.transmission(r.id),
    ...state,
    ...transmissionIndexes(r.writeDate, r.id, state.status),
  };
}

/**
 * Invoices whose 작성일자 lies in the period (either end open), with their transmissions: read
 * through the 작성일자 index, so a page of this month costs this month's invoices, not the
 * shop's whole history.
 */
async function periodRecords(
  from?: string,
  to?: string,
): Promise<InvoiceRecord[]> {
  const range = Keys.invoiceDates(from, to);
  return withTransmissions(
    await queryIndex("gsi2", range.gsi2pk, { from: range.from, to: range.to }),
  );
}

/**
 * Drafts and invoices whose transmission is pending or failed (what the alerts look at), through
 * the sparse open index and then read by key: a handful of items however old the shop is.
 */
async function openRecords(): Promise<InvoiceRecord[]> {
  const open = await queryIndex<{ sk: string }>("gsi1", Keys.invoicesOpen());
  const ids = [
    ...new Set(open.map((i) => i.sk.slice("INV#".length).replace(/#TX$/, ""))),
  ];
  return withTransmissions(
    await batchGet(
      ids.flatMap((id) => [Keys.invoice(id), Keys.transmission(id)]),
    ),
  );
}

function supplierOf(t: TenantRecord): Party {
  return {
    bizNo: t.bizNo,
    branchNo: t.branchNo ?? "",
    name: t.businessName,
    ceo: t.ownerName,
    address: t.address ?? "",
    bizType: t.businessType ?? "",
    bizItem: t.businessItem ?? "",
    email: t.contactEmail ?? "",
    email2: "",
  };
}

function assertCanIssue(t: TenantRecord, kind: InvoiceDoc["kind"]): void {
  if (!t.bizNo)
    throw new VisibleError(
      "validation",
      "supplier_bizno_missing",
      "사업자등록번호가 없어 발급할 수 없습니다. 설정 → 사업장 정보에서 먼저 등록해 주세요.",
      {
        fields: [
          {
            field: "supplier.bizNo",
            message: "사업자등록번호를 등록해 주세요.",
          },
        ],
      },
    );
  // 부가가치세법 §32·소득세법 §163: a 면세사업자 issues 계산서, not 세금계산서.
  if (t.taxType === "exempt" && kind !== "exempt")
    throw new VisibleError(
      "validation",
      "exempt_business_tax_invoice",
      "면세사업자는 세금계산서 대신 계산서(면세)를 발급합니다.",
      { fields: [{ field: "kind", message: "계산서(면세)를 선택해 주세요." }] },
    );
}

async function buyerFrom(
  input: InvoiceInput,
): Promise<{ buyer: Party; clientId: string }> {
  const saved = input.clientId
    ? await clientByBizNo(input.clientId)
    : undefined;
  if (input.clientId && !saved)
    throw new VisibleError(
      "validation",
      "client_not_found",
      "거래처를 찾을 수 없습니다.",
      {
        fields: [
          { field: "clientId", message: "거래처를 다시 선택해 주세요." },
        ],
      },
    );
  return { buyer: input.buyer, clientId: saved ? saved.bizNo : "" };
}

function draftFields(input: InvoiceInput, today: string) {
  checkWriteDate(input.writeDate, today);
  const c = computeInvoice(input);
  return {
    kind: input.kind,
    purpose: input.purpose,
    typeCode: typeCode(input.kind, false),
    writeDate: input.writeDate,
    summary: input.summary,
    lines: c.lines,
    supplyTotal: c.supplyTotal,
    taxTotal: c.taxTotal,
    grandTotal: c.grandTotal,
    payment: input.payment,
    note: input.note,
  };
}

/**
 * Idempotency-Key → the id of what the first request made: sha256(tenant, key) in the invoice-id
 * alphabet. A retry puts the same id, its `attribute_not_exists` condition fails and the first
 * invoice is answered — no separate key item (2 WCU in a transaction) is written. The tenant is
 * part of the hash so that two suppliers using the same key never collide in a buyer's inbox.
 */
export function keyedId(key: string, n = 0): string {
  const digest = createHash("sha256")
    .update(`${useTenant()}\n${key}\n${n}`)
    .digest();
  let out = "";
  for (let i = 0; i < 26; i++) out += ID_ALPHABET[digest[i] % 32];
  return `inv_${out}`;
}
const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
class Replay extends Error {}

function newDraft(
  t: TenantRecord,
  input: InvoiceInput,
  party: { buyer: Party; clientId: string },
  id: string,
): InvoiceRecord {
  const now = new Date(nowMs()).toISOString();
  return {
    ...Keys.invoice(id),
    id,
    status: "draft",
    ...draftFields(input, kstDate()),
    supplier: supplierOf(t),
    ...party,
    createdAt: now,
    updatedAt: now,
    createdBy: useUser().userId,
  };
}

/** Saves a draft. With an Idempotency-Key, a retried request returns the first draft. */
export async function createDraft(
  input: InvoiceInput,
  idemKey?: string,
): Promise<Invoice> {
  assertCan("invoice.write");
  const [t, party] = await Promise.all([tenantRecord(), buyerFrom(input)]);
  const r = newDraft(
    t,
    input,
    party,
    idemKey ? keyedId(idemKey) : createId("inv"),
  );
  try {
    await putItem(stored(r), "attribute_not_exists(pk)");
  } catch (err) {
    if (idemKey && isConditionFailure(err)) return view(await record(r.id));
    throw err;
  }
  return view(r);
}

/**
 * The form's 발급 button: writes and issues in one transaction, without saving a draft first.
 * With an Idempotency-Key, retries (even concurrent ones) answer with the same invoice.
 */
export async function createAndIssue(
  input: InvoiceInput,
  idemKey?: string,
): Promise<Invoice> {
  assertCan("invoice.write");
  const id = idemKey ? keyedId(idemKey) : createId("inv");
  if (idemKey) {
    const seen = await findRecord(id);
    if (seen) return view(seen);
  }
  const [t, party] = await Promise.all([tenantRecord(), buyerFrom(input)]);
  const doc = newDraft(t, input, party, id);
  assertCanIssue(t, doc.kind);
  checkWriteDate(doc.writeDate, kstDate());
  let issued: InvoiceRecord;
  try {
    [issued] = await commitIssue(t, [{ doc }], [], () => new Replay());
  } catch (err) {
    // The same key committed meanwhile: answer with that invoice.
    if (err instanceof Replay && idemKey) return view(await record(id));
    throw err;
  }
  return transmit(issued).catch(() => view(issued));
}

const issuedAlready = () =>
  new VisibleError(
    "conflict",
    "invoice_issued",
    "발급한 세금계산서는 고칠 수 없습니다. 바꾸려면 수정세금계산서를 발급해 주세요.",
  );

/** Changes a draft; an issued invoice is frozen. */
export async function updateDraft(
  id: string,
  input: InvoiceInput,
): Promise<Invoice> {
  assertCan("invoice.write");
  const cur = await record(id);
  if (cur.status !== "draft") throw issuedAlready();
  const { buyer, clientId } = await buyerFrom(input);
  const r: InvoiceRecord = {
    ...cur,
    ...draftFields(input, kstDate()),
    buyer,
    clientId,
    updatedAt: new Date(nowMs()).toISOString(),
  };
  await transact(
    [
      putTx(
        stored(r),
        "#s = :d AND updatedAt = :prev",
        { ":d": "draft", ":prev": cur.updatedAt },
        { "#s": "status" },
      ),
    ],
    () => issuedAlready(),
  );
  return view(r);
}

/** Removes a draft (never an issued invoice). */
export async function removeDraft(id: string): Promise<void> {
  assertCan("invoice.write");
  await transact(
    [
      {
        Delete: {
          TableName: tableName(),
          Key: toItem(Keys.invoice(id)),
          ConditionExpression: "#s = :d",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: toItem({ ":d": "draft" }),
        },
      },
    ],
    () => issuedAlready(),
  ).catch(async (err) => {
    if (err instanceof VisibleError && !(await getItem(Keys.invoice(id), true)))
      throw notFound();
    throw err;
  });
}

export async function get(id: string): Promise<Invoice> {
  assertCan("invoice.read");
  return view(await record(id));
}

// --- issuing ---------------------------------------------------------------------------------

/** 8 characters naming this tenant in approval numbers, registered once so no two tenants share it. */
async function issuerCode(
  t: TenantRecord & { issuerCode?: string },
): Promise<string> {
  if (t.issuerCode) return t.issuerCode;
  for (let n = 0; n < 5; n++) {
    const code = createHash("sha256")
      .update(`${t.id}#${n}`)
      .digest("hex")
      .slice(0, 8)
      .toUpperCase();
    try {
      await transact(
        [
          putTx(
            { ...Keys.issuer(code), tenantId: t.id },
            "attribute_not_exists(pk)",
          ),
          {
            Update: {
              TableName: tableName(),
              Key: toItem(Keys.tenant()),
              UpdateExpression: "SET issuerCode = :c",
              ConditionExpression: "attribute_not_exists(issuerCode)",
              ExpressionAttributeValues: toItem({ ":c": code }),
            },
          },
        ],
        (i) => (i === 0 ? new CodeTaken() : new AlreadyHasCode()),
      );
      return code;
    } catch (err) {
      if (err instanceof AlreadyHasCode)
        return (await getItem<{ issuerCode: string }>(Keys.tenant(), true))!
          .issuerCode;
      if (!(err instanceof CodeTaken)) throw err;
    }
  }
  throw new Error("no free issuer code");
}
class AlreadyHasCode extends Error {}
class CodeTaken extends Error {}

interface ToIssue {
  /** An existing draft (issue) or a new document (amendment). */
  draft?: InvoiceRecord;
  doc: Omit<
    InvoiceRecord,
    "pk" | "sk" | "approvalNo" | "issuedAt" | "issuedBy" | "issueDate"
  >;
}

/**
 * One TransactWriteItems per attempt: each invoice frozen with its approval number, the day's
 * serial and the month's invoice count (one item), a ledger event per invoice, the buyer's
 * inbox copy when the buyer is a Golmok tenant, and the Idempotency-Key. A concurrent issue on
 * the same day moves the serial: the attempt is retried with the next numbers, so the serials
 * stay gapless (a number is only used by a committed invoice).
 */
function commitIssue(
  t: TenantRecord,
  docs: ToIssue[],
  extra: TransactWriteItem[],
  onConflict: (i: number) => Error | undefined,
): Promise<InvoiceRecord[]> {
  // One issue at a time per tenant in this process: 100 concurrent issues would otherwise each
  // read the same serial and 99 retry, round after round. Against other processes (Lambda
  // containers) the serial's condition decides, and the loser retries with jittered backoff.
  return inTurn(`issue#${t.id}`, () =>
    commitIssueInTurn(t, docs, extra, onConflict),
  );
}
/** How long an issue keeps retrying a serial that other processes keep moving. */
const ISSUE_RETRY_MS = 10_000;

async function commitIssueInTurn(
  t: TenantRecord,
  docs: ToIssue[],
  extra: TransactWriteItem[],
  onConflict: (i: number) => Error | undefined,
): Promise<InvoiceRecord[]> {
  const code = await issuerCode(t);
  const buyers = new Map<string, string | undefined>();
  for (const d of docs) {
    const no = d.doc.buyer.bizNo;
    if (!buyers.has(no))
      buyers.set(
        no,
        (await getItem<{ tenantId: string }>(Keys.bizNo(no)))?.tenantId,
      );
  }
  const deadline = performance.now() + ISSUE_RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) {
      if (performance.now() > deadline) break;
      await new Promise((r) =>
        setTimeout(r, Math.random() * 10 * 2 ** Math.min(attempt, 6)),
      );
    }
    const at = nowMs();
    const issuedAt = new Date(at).toISOString();
    const issueDate = kstDate(at);
    const month = kstMonth(at);
    const ymd = issueDate.replaceAll("-", "");
    const usage = await getItem<Record<string, number>>(
      Keys.usage(month),
      true,
    );
    Metering.assertUsageWithin(
      t.planId ?? "basic",
      month,
      { invoices: usage?.invoices ?? 0 },
      { invoices: docs.length },
    );
    const prev = usage?.[`serial${ymd}`] ?? 0;
    const issued = docs.map((d, i): InvoiceRecord => ({
      ...(d.draft ?? {}),
      ...d.doc,
      ...Keys.invoice(d.doc.id),
      status: "issued",
      approvalNo: `${ymd}${code}${String(prev + i + 1).padStart(8, "0")}`,
      issuedAt,
      issueDate,
      issuedBy: useUser().userId,
      late: issueDate > issueDeadline(d.doc.writeDate),
      transmission: { status: "pending", at: issuedAt, detail: "" },
      updatedAt: issuedAt,
    }));
    const items: TransactWriteItem[] = [
      ...issued.map((r, i) =>
        docs[i].draft
          ? putTx(
              stored(r),
              "#s = :d AND updatedAt = :prev",
              { ":d": "draft", ":prev": docs[i].draft!.updatedAt },
              { "#s": "status" },
            )
          : putTx(stored(r), "attribute_not_exists(pk)"),
      ),
      serialUpdate(month, ymd, prev, docs.length),
      ...issued.map((r) => putTx(ledgerEvent(r))),
      // 전송대기 from the moment of issue: in the open index even if the process stops before
      // the transmission below runs (the alert then says it is due).
      ...issued.map((r) =>
        putTx(
          storedTransmission(r, {
            status: "pending",
            at: issuedAt,
            detail: "",
            adapter: "",
            approvalNo: r.approvalNo!,
          }),
        ),
      ),
      ...issued.flatMap((r) => {
        const buyerTenant = buyers.get(r.buyer.bizNo);
        return buyerTenant && buyerTenant !== t.id
          ? [putTx(receivedCopy(buyerTenant, r))]
          : [];
      }),
      ...extra,
      ...issued.map((r) =>
        Audit.tx("invoice.issue", {
          invoiceId: r.id,
          approvalNo: r.approvalNo ?? null,
          buyer: r.buyer.name,
          grandTotal: r.grandTotal,
        }),
      ),
    ];
    const serialIndex = issued.length;
    try {
      await transact(items, (i) =>
        i === serialIndex
          ? new SerialMoved()
          : i < serialIndex
            ? onConflict(i)
            : onConflict(-1),
      );
      return issued;
    } catch (err) {
      if (!(err instanceof SerialMoved)) throw err;
    }
  }
  throw new VisibleError(
    "unavailable",
    "busy",
    "동시에 발급하는 세금계산서가 많습니다. 잠시 후 다시 시도해 주세요.",
    { retryAfterSeconds: 1 },
  );
}
class SerialMoved extends Error {}

/** The day's serial (gapless: only a committed invoice moves it) and the month's count, one item. */
function serialUpdate(
  month: string,
  ymd: string,
  prev: number,
  n: number,
): TransactWriteItem {
  return {
    Update: {
      TableName: tableName(),
      Key: toItem(Keys.usage(month)),
      UpdateExpression: "SET #serial = :next ADD invoices :n",
      ConditionExpression:
        prev === 0 ? "attribute_not_exists(#serial)" : "#serial = :prev",
      ExpressionAttributeNames: { "#serial": `serial${ymd}` },
      ExpressionAttributeValues: toItem({
        ":next": prev + n,
        ":n": n,
        ...(prev === 0 ? {} : { ":prev": prev }),
      }),
    },
  };
}

export interface LedgerEvent {
  source: "invoice";
  direction: "sale" | "purchase";
  invoiceId: string;
  approvalNo: string;
  date: string;
  counterpartName: string;
  counterpartBizNo: string;
  evidence: "세금계산서" | "계산서";
  kind: InvoiceDoc["kind"];
  supply: number;
  tax: number;
  createdAt: string;
}

/** What the 간편장부 module turns into an entry: 매출 for the supplier, 매입 for an accepting buyer. */
function ledgerEvent(
  r: InvoiceRecord,
  direction: "sale" | "purchase" = "sale",
) {
  const other = direction === "sale" ? r.buyer : r.supplier;
  const e: LedgerEvent = {
    source: "invoice",
    direction,
    invoiceId: r.id,
    approvalNo: r.approvalNo ?? "",
    date: r.writeDate,
    counterpartName: other.name,
    counterpartBizNo: other.bizNo,
    evidence: r.kind === "exempt" ? "계산서" : "세금계산서",
    kind: r.kind,
    supply: r.supplyTotal,
    tax: r.taxTotal,
    createdAt: new Date(nowMs()).toISOString(),
  };
  return { ...Keys.ledgerEvent(r.id), ...e };
}

export interface Received {
  id: string;
  /** Absent once the supplier's account was deleted (core/account purge). */
  supplierTenantId?: string;
  doc: InvoiceDoc;
  receivedAt: string;
  status: "received" | "accepted";
  acceptedAt?: string;
}

function docOf(r: InvoiceRecord): InvoiceDoc {
  return {
    id: r.id,
    status: r.status,
    kind: r.kind,
    purpose: r.purpose,
    typeCode: r.typeCode,
    writeDate: r.writeDate,
    summary: r.summary,
    supplier: r.supplier,
    buyer: r.buyer,
    lines: r.lines,
    supplyTotal: r.supplyTotal,
    taxTotal: r.taxTotal,
    grandTotal: r.grandTotal,
    payment: r.payment,
    note: r.note,
    approvalNo: r.approvalNo,
    issuedAt: r.issuedAt,
    ...(r.amendment ? { amendment: r.amendment } : {}),
  };
}

function receivedCopy(buyerTenantId: string, r: InvoiceRecord) {
  const rec: Received = {
    id: r.id,
    supplierTenantId: useTenant(),
    doc: docOf(r),
    receivedAt: r.issuedAt!,
    status: "received",
  };
  const key = Keys.receivedFor(buyerTenantId, r.id);
  // Indexed under the supplier too: a purged supplier's id is taken off the buyer's copy.
  return { ...key, ...rec, ...Keys.tenantRef(useTenant(), key.pk) };
}

/** Issues a draft. Idempotent: issuing an issued invoice (a retry) answers with it unchanged. */
export async function issue(id: string): Promise<Invoice> {
  assertCan("invoice.write");
  const draft = await record(id);
  if (draft.status === "issued") return view(draft);
  const t = await tenantRecord();
  assertCanIssue(t, draft.kind);
  checkWriteDate(draft.writeDate, kstDate());
  let issued: InvoiceRecord;
  try {
    [issued] = await commitIssue(
      t,
      [{ draft, doc: { ...draft, supplier: supplierOf(t) } }],
      [],
      // The draft changed or was issued meanwhile: re-read.
      () => new Replay(),
    );
  } catch (err) {
    // A concurrent issue (or edit) won: answer with the invoice as it now is.
    if (err instanceof Replay) {
      const now = await record(id);
      if (now.status === "issued") return view(now);
      throw new VisibleError(
        "conflict",
        "stale_write",
        "다른 곳에서 먼저 고쳤습니다. 새로고침 후 다시 발급해 주세요.",
      );
    }
    throw err;
  }
  return transmit(issued).catch(() => view(issued));
}

/** 수정세금계산서: issues the documents the reason calls for, each linked to the original. */
export async function amend(
  id: string,
  input: AmendInput,
  idemKey?: string,
): Promise<Invoice[]> {
  assertCan("invoice.write");
  const replayed = idemKey ? await amendedBefore(idemKey) : undefined;
  if (replayed) return replayed;
  const o = await record(id);
  if (o.status !== "issued")
    throw new VisibleError(
      "conflict",
      "not_issued",
      "발급하지 않은 세금계산서는 수정할 수 없습니다. 초안은 그대로 고쳐 주세요.",
    );
  if (!amendable(o))
    throw new VisibleError(
      "conflict",
      o.voided ? "already_cancelled" : "amendment_not_amendable",
      o.voided
        ? "이미 취소(마이너스 발급)되었거나 정정된 세금계산서입니다."
        : "수정세금계산서를 다시 수정할 수 없습니다. 당초 세금계산서에서 수정해 주세요.",
    );
  const t = await tenantRecord();
  const drafts = amendmentDrafts(o, input, kstDate());
  for (const d of drafts) assertCanIssue(t, d.kind);
  const original = o.amendment?.reason === "01" ? o.amendment : undefined;
  const link = {
    reason: input.reason,
    originalId: original?.originalId ?? o.id,
    originalApprovalNo: original?.originalApprovalNo ?? o.approvalNo!,
  };
  const now = new Date(nowMs()).toISOString();
  const docs: ToIssue[] = drafts.map((d: AmendmentDraft, i) => {
    const newId = idemKey ? keyedId(idemKey, i) : createId("inv");
    return {
      doc: {
        id: newId,
        status: "issued",
        kind: d.kind,
        purpose: d.purpose,
        typeCode: typeCode(d.kind, true),
        writeDate: d.writeDate,
        summary: false,
        supplier: supplierOf(t),
        buyer: d.buyer,
        lines: d.lines,
        supplyTotal: d.supplyTotal,
        taxTotal: d.taxTotal,
        grandTotal: d.grandTotal,
        payment: d.payment,
        note: d.note,
        amendment: link,
        clientId: o.clientId,
        createdAt: now,
        updatedAt: now,
        createdBy: useUser().userId,
      },
    };
  });
  const voids = VOIDING.includes(input.reason);
  const mark: TransactWriteItem = {
    Update: {
      TableName: tableName(),
      Key: toItem(Keys.invoice(o.id)),
      UpdateExpression: `SET amendedBy = list_append(if_not_exists(amendedBy, :none), :by), updatedAt = :at${voids ? ", voided = :t" : ""}`,
      ConditionExpression: "updatedAt = :prev AND attribute_not_exists(voided)",
      ExpressionAttributeValues: toItem({
        ":none": [],
        ":by": docs.map((d) => ({ id: d.doc.id, reason: input.reason })),
        ":at": now,
        ":prev": o.updatedAt,
        ...(voids ? { ":t": true } : {}),
      }),
    },
  };
  let issued: InvoiceRecord[];
  try {
    issued = await commitIssue(t, docs, [mark], () => new Replay());
  } catch (err) {
    if (err instanceof Replay) {
      const again = idemKey ? await amendedBefore(idemKey) : undefined;
      if (again) return again;
      throw new VisibleError(
        "conflict",
        "stale_write",
        "같은 세금계산서를 다른 곳에서 먼저 수정했습니다. 새로고침 후 확인해 주세요.",
      );
    }
    throw err;
  }
  return Promise.all(issued.map((r) => transmit(r).catch(() => view(r))));
}

/** The documents an earlier amend with this Idempotency-Key issued (ids 0, 1 from the key). */
async function amendedBefore(key: string): Promise<Invoice[] | undefined> {
  const first = await findRecord(keyedId(key, 0));
  if (!first) return undefined;
  const second = await findRecord(keyedId(key, 1));
  return [first, ...(second ? [second] : [])].map(view);
}

// --- e-mail and the recipient page -----------------------------------------------------------

const LINK_TTL = 180 * 24 * 3600;

interface LinkRecord {
  tenantId: string;
  invoiceId: string;
  expiresAt: number;
}

/** E-mails an issued invoice (PDF + XML attached, link to the recipient page). Re-sending is allowed. */
export async function send(id: string, to?: string[]): Promise<Invoice> {
  assertCan("invoice.write");
  const r = await record(id);
  if (r.status !== "issued")
    throw new VisibleError(
      "conflict",
      "not_issued",
      "발급한 뒤에 보낼 수 있습니다. 먼저 발급해 주세요.",
    );
  const recipients = [
    ...new Set(
      (to?.length ? to : [r.buyer.email, r.buyer.email2]).filter(Boolean),
    ),
  ];
  if (!recipients.length)
    throw new VisibleError(
      "validation",
      "no_recipient",
      "받는 사람 이메일이 없습니다. 거래처 이메일을 입력해 주세요.",
      {
        fields: [{ field: "to", message: "받는 사람 이메일을 입력해 주세요." }],
      },
    );
  const t = await tenantRecord();
  await Metering.assertWithinQuota(t.planId ?? "basic", { emails: 1 });
  const token = createSecret();
  const mail = Mail.enqueue(
    InvoiceMail.message(
      recipients,
      docOf(r),
      token,
      t.contactEmail || undefined,
    ),
  );
  const at = new Date(nowMs()).toISOString();
  const sendRec: Send = { mailId: mail.id, to: recipients, at };
  await transact([
    putTx({
      ...Keys.invoiceLink(token),
      tenantId: useTenant(),
      invoiceId: id,
      expiresAt: epochSeconds() + LINK_TTL,
      ...Keys.tenantRef(useTenant(), Keys.invoiceLink(token).pk),
    }),
    mail.put,
    {
      Update: {
        TableName: tableName(),
        Key: toItem(Keys.invoice(id)),
        UpdateExpression:
          "SET sends = list_append(if_not_exists(sends, :none), :s), mailStatus = :q",
        ConditionExpression: "#s = :issued",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: toItem({
          ":none": [],
          ":s": [sendRec],
          ":issued": "issued",
          ":q": "queued",
        }),
      },
    },
  ]);
  await Mail.notify(mail.id);
  return view(await record(id));
}

async function byLink(
  token: string,
): Promise<{ link: LinkRecord; r: InvoiceRecord }> {
  const gone = new VisibleError(
    "not_found",
    "link_invalid",
    "링크가 만료되었거나 올바르지 않습니다. 발행한 사업자에게 다시 보내 달라고 요청해 주세요.",
  );
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw gone;
  const link = await getItem<LinkRecord>(Keys.invoiceLink(token), true);
  if (!link || link.expiresAt < epochSeconds()) throw gone;
  const r = await withActor({ type: "system", tenantId: link.tenantId }, () =>
    getItem<InvoiceRecord>(Keys.invoice(link.invoiceId), true),
  );
  if (!r) throw gone;
  return { link, r };
}

export interface PublicView {
  doc: InvoiceDoc;
  confirmedAt?: string;
  /** The supplier's reseller's white-label brand (a shop it provisioned), else null. */
  brand: BrandView | null;
}

/** The brand the recipient page wears: the supplier's reseller's (read from its tenant record). */
async function supplierBrand(tenantId: string): Promise<BrandView | null> {
  const t = await withActor({ type: "system", tenantId }, () =>
    getItem<{ resellerId?: string }>(Keys.tenant()),
  );
  return Brand.ofTenant(t?.resellerId);
}

/** The recipient page: no login; the token is the key. Shows only the invoice itself. */
export async function viewByLink(token: string): Promise<PublicView> {
  const { link, r } = await byLink(token);
  return {
    doc: docOf(r),
    confirmedAt: r.confirmedAt,
    brand: await supplierBrand(link.tenantId),
  };
}

/** 수신확인: the first confirmation is kept; pressing again changes nothing. */
export async function confirmByLink(token: string): Promise<PublicView> {
  const { link, r } = await byLink(token);
  const at = new Date(nowMs()).toISOString();
  await withActor({ type: "system", tenantId: link.tenantId }, () =>
    dynamo()
      .send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(Keys.invoice(r.id)),
          UpdateExpression: "SET confirmedAt = :at",
          ConditionExpression: "attribute_not_exists(confirmedAt)",
          ExpressionAttributeValues: toItem({ ":at": at }),
        }),
      )
      .catch(() => undefined),
  );
  return {
    doc: docOf(r),
    confirmedAt: r.confirmedAt ?? at,
    brand: await supplierBrand(link.tenantId),
  };
}

export async function fileByLink(
  token: string,
  type: "pdf" | "xml",
): Promise<{ filename: string; body: Uint8Array; contentType: string }> {
  const { link, r } = await byLink(token);
  return withActor({ type: "system", tenantId: link.tenantId }, () =>
    renderFile(r, type),
  );
}

// --- documents --------------------------------------------------------------------------------

export async function renderFile(
  r: InvoiceRecord,
  type: "pdf" | "xml",
): Promise<{ filename: string; body: Uint8Array; contentType: string }> {
  const doc = docOf(r);
  if (type === "xml") {
    const { invoiceXml } = await import("./xml");
    return {
      filename: `${invoiceFileStem(doc)}.xml`,
      body: Buffer.from(invoiceXml(doc), "utf8"),
      contentType: "application/xml; charset=utf-8",
    };
  }
  const { renderInvoicePdf } = await import("./pdf");
  return {
    filename: `${invoiceFileStem(doc)}.pdf`,
    body: await renderInvoicePdf(doc),
    contentType: "application/pdf",
  };
}

export async function file(
  id: string,
  type: "pdf" | "xml",
): Promise<{ filename: string; body: Uint8Array; contentType: string }> {
  assertCan("invoice.read");
  return renderFile(await record(id), type);
}

/** For the mail sender: the frozen invoice as PDF + XML (the caller is the system actor of the tenant). */
export async function attachmentsOf(id: string) {
  const r = await record(id);
  return Promise.all(
    (["pdf", "xml"] as const).map(async (type) => {
      const f = await renderFile(r, type);
      return {
        filename: f.filename,
        contentType: f.contentType,
        base64: Buffer.from(f.body).toString("base64"),
      };
    }),
  );
}

// --- search, totals, export -------------------------------------------------------------------

export interface ListResult {
  items: Invoice[];
  totals: { count: number; supply: number; tax: number; total: number };
  alerts: Alert[];
}

export interface Alert {
  code: "draft_due" | "draft_overdue" | "transmit_due" | "transmit_failed";
  invoiceId: string;
  message: string;
  due: string;
}

/** Invoices of a period (by 작성일자), newest first, with totals of the issued ones and the alerts. */
export async function list(q: ListQuery = {}): Promise<ListResult> {
  assertCan("invoice.read");
  const [inPeriod, open] = await Promise.all([
    periodRecords(q.from, q.to),
    openRecords(),
  ]);
  const items = inPeriod
    .filter(
      (r) =>
        (!q.clientBizNo || r.buyer.bizNo === q.clientBizNo) &&
        (!q.kind || r.kind === q.kind) &&
        (!q.status || invoiceStatus(r) === q.status),
    )
    .sort(
      (a, b) =>
        b.writeDate.localeCompare(a.writeDate) || b.id.localeCompare(a.id),
    );
  const issued = items.filter((r) => r.status === "issued");
  return {
    items: items.map(view),
    totals: {
      count: issued.length,
      supply: issued.reduce((s, r) => s + r.supplyTotal, 0),
      tax: issued.reduce((s, r) => s + r.taxTotal, 0),
      total: issued.reduce((s, r) => s + r.grandTotal, 0),
    },
    alerts: alerts(open, kstDate()),
  };
}

/** The dashboard's warnings, without the list. */
export async function deadlineAlerts(): Promise<Alert[]> {
  assertCan("invoice.read");
  return alerts(await openRecords(), kstDate());
}

/** Drafts whose issue deadline is near or past; invoices whose NTS transmission is due or failed. */
export function alerts(all: InvoiceRecord[], today: string): Alert[] {
  const out: Alert[] = [];
  for (const r of all) {
    if (r.status === "draft") {
      const due = issueDeadline(r.writeDate);
      const soon = new Date(`${today}T00:00:00Z`);
      soon.setUTCDate(soon.getUTCDate() + 3);
      if (due < today)
        out.push({
          code: "draft_overdue",
          invoiceId: r.id,
          due,
          message: `${r.buyer.name} 초안의 발급 기한(${due})이 지났습니다. 늦게 발급하면 공급가액의 1% 가산세가 붙습니다.`,
        });
      else if (due <= soon.toISOString().slice(0, 10))
        out.push({
          code: "draft_due",
          invoiceId: r.id,
          due,
          message: `${r.buyer.name} 초안을 ${due}까지 발급해야 합니다.`,
        });
    } else if (r.transmission?.status === "failed")
      out.push({
        code: "transmit_failed",
        invoiceId: r.id,
        due: r.issueDate ? transmitDeadline(r.issueDate) : today,
        message: `${formatApprovalNo(r.approvalNo ?? "")} 국세청 전송 실패: ${r.transmission.detail}`,
      });
    else if (
      r.transmission?.status === "pending" &&
      r.issueDate &&
      transmitDeadline(r.issueDate) <= today
    )
      out.push({
        code: "transmit_due",
        invoiceId: r.id,
        due: transmitDeadline(r.issueDate),
        message: `${formatApprovalNo(r.approvalNo ?? "")}을(를) 오늘까지 국세청에 전송해야 합니다.`,
      });
  }
  return out;
}

export interface ClientTotal {
  bizNo: string;
  name: string;
  count: number;
  supply: number;
  tax: number;
}

/** 매출처별 세금계산서 합계표: per buyer, the issued 세금계산서 (not 계산서) of the period. */
export async function totalsByClient(
  from: string,
  to: string,
): Promise<ClientTotal[]> {
  assertCan("invoice.read");
  const by = new Map<string, ClientTotal>();
  for (const r of await periodRecords(from, to)) {
    if (r.status !== "issued" || r.kind === "exempt") continue;
    const c = by.get(r.buyer.bizNo) ?? {
      bizNo: r.buyer.bizNo,
      name: r.buyer.name,
      count: 0,
      supply: 0,
      tax: 0,
    };
    c.count++;
    c.supply += r.supplyTotal;
    c.tax += r.taxTotal;
    by.set(r.buyer.bizNo, c);
  }
  return [...by.values()].sort((a, b) => b.supply - a.supply);
}

export async function exportList(
  q: ListQuery,
  format: "csv" | "xlsx",
): Promise<{ filename: string; body: Uint8Array; contentType: string }> {
  const { items } = await list(q);
  const { toCsv, toXlsx } = await import("./export");
  const name = `세금계산서-${q.from ?? "전체"}-${q.to ?? kstDate()}`;
  return format === "csv"
    ? {
        filename: `${name}.csv`,
        body: toCsv(items),
        contentType: "text/csv; charset=utf-8",
      }
    : {
        filename: `${name}.xlsx`,
        body: await toXlsx(items),
        contentType:
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      };
}

// --- received (매입) inbox --------------------------------------------------------------------

export async function listReceived(): Promise<Received[]> {
  assertCan("invoice.read");
  return (
    await queryPrefix<Received & { pk: string; sk: string }>(
      Keys.receivedPrefix(),
    )
  )
    .map(({ pk: _pk, sk: _sk, ...r }) => r)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

/**
 * Accepts a received invoice: records the purchase (a ledger event with its input VAT) and notes
 * the acceptance on the supplier's copy, in one transaction. Accepting twice changes nothing.
 */
export async function acceptReceived(id: string): Promise<Received> {
  assertCan("invoice.write");
  const r = await getItem<Received>(Keys.received(id), true);
  if (!r)
    throw new VisibleError(
      "not_found",
      "received_not_found",
      "받은 세금계산서를 찾을 수 없습니다.",
    );
  if (r.status === "accepted") return r;
  const at = new Date(nowMs()).toISOString();
  const purchase = ledgerEvent(
    { ...(r.doc as InvoiceRecord), pk: "", sk: "" },
    "purchase",
  );
  try {
    await transact(
      [
        {
          Update: {
            TableName: tableName(),
            Key: toItem(Keys.received(id)),
            UpdateExpression: "SET #s = :a, acceptedAt = :at",
            ConditionExpression: "#s = :r",
            ExpressionAttributeNames: { "#s": "status" },
            ExpressionAttributeValues: toItem({
              ":a": "accepted",
              ":r": "received",
              ":at": at,
            }),
          },
        },
        putTx(purchase),
        // A supplier whose account was deleted (core/account purge) is no longer named here.
        ...(r.supplierTenantId
          ? [
              {
                Update: {
                  TableName: tableName(),
                  Key: toItem(Keys.invoiceOf(r.supplierTenantId, r.id)),
                  UpdateExpression:
                    "SET acceptedAt = :at, confirmedAt = if_not_exists(confirmedAt, :at)",
                  ConditionExpression: "attribute_exists(pk)",
                  ExpressionAttributeValues: toItem({ ":at": at }),
                },
              },
            ]
          : []),
      ],
      (i) => (i === 0 ? new Replay() : undefined),
    );
  } catch (err) {
    if (err instanceof Replay)
      return (await getItem<Received>(Keys.received(id), true))!;
    throw err;
  }
  return { ...r, status: "accepted", acceptedAt: at };
}

// --- certificate and NTS transmission --------------------------------------------------------

export { transmissionPort } from "./transmission";
import { transmissionPort } from "./transmission";

interface CertRecord {
  p12Sealed: string;
  passwordSealed: string;
  subject: string;
  notAfter: string;
  serial: string;
  uploadedAt: string;
}
export type CertificateInfo = Pick<
  CertRecord,
  "subject" | "notAfter" | "serial" | "uploadedAt"
>;

const certContext = (field: string) => `${useTenant()}|cert|${field}`;

/** Stores the issuer's 전자세금용 certificate (PKCS#12 + password), sealed, after checking it opens. */
export async function uploadCertificate(input: {
  p12Base64: string;
  password: string;
}): Promise<CertificateInfo> {
  assertCan("profile.write");
  const { loadPkcs12 } = await import("./sign");
  const p12 = Buffer.from(input.p12Base64, "base64");
  const cert = loadPkcs12(p12, input.password);
  const { encrypt } = await import("../crypto/vault");
  const rec: CertRecord = {
    p12Sealed: await encrypt(input.p12Base64, certContext("p12")),
    passwordSealed: await encrypt(input.password, certContext("password")),
    subject: cert.subject,
    notAfter: cert.notAfter,
    serial: cert.serial,
    uploadedAt: new Date(nowMs()).toISOString(),
  };
  await transact([putTx({ ...Keys.certificate(), ...rec })]);
  const { p12Sealed: _p, passwordSealed: _w, ...info } = rec;
  return info;
}

export async function certificateInfo(): Promise<CertificateInfo | null> {
  assertCan("invoice.read");
  const r = await getItem<CertRecord>(Keys.certificate());
  if (!r) return null;
  return {
    subject: r.subject,
    notAfter: r.notAfter,
    serial: r.serial,
    uploadedAt: r.uploadedAt,
  };
}

// A warm function signs many invoices of a shop in a row: the opened certificate (two vault
// decrypts and a PKCS#12 parse, ~25 ms) is kept in memory for a few minutes, keyed by the sealed
// file itself, so replacing the certificate is picked up at once. Expiry is checked on every use.
const CERT_CACHE_MS = 5 * 60_000;
const openedCerts = new Map<
  string,
  {
    cred: Credential;
    until: number;
  }
>();
async function openCertificate(
  cert: CertRecord,
  open: () => Promise<Credential>,
) {
  const key = createHash("sha256").update(cert.p12Sealed).digest("base64url");
  const now = nowMs();
  const hit = openedCerts.get(key);
  if (hit && hit.until > now && Date.parse(hit.cred.notAfter) > now)
    return hit.cred;
  const cred = await open();
  if (openedCerts.size >= 200) openedCerts.clear();
  openedCerts.set(key, { cred, until: now + CERT_CACHE_MS });
  return cred;
}

/**
 * Signs the XML with the tenant's certificate and hands it to the transmission port. The status
 * moves 전송대기 → 전송완료 / 전송실패; a failed one can be retried.
 */
async function transmit(r: InvoiceRecord): Promise<Invoice> {
  if (r.status !== "issued")
    throw new VisibleError(
      "conflict",
      "not_issued",
      "발급한 세금계산서만 전송합니다.",
    );
  if (r.transmission?.status === "sent") return view(r);
  const port = transmissionPort();
  const state: TransmissionState = {
    status: "failed",
    at: "",
    detail: "",
    adapter: port.name,
    approvalNo: r.approvalNo!,
  };
  const cert = await getItem<CertRecord>(Keys.certificate(), true);
  if (!cert)
    state.detail =
      "전자세금용 인증서가 등록되지 않았습니다. 설정에서 인증서를 올려 주세요.";
  else {
    try {
      const [{ decrypt }, { loadPkcs12, signInvoiceXml }, { invoiceXml }] =
        await Promise.all([
          import("../crypto/vault"),
          import("./sign"),
          import("./xml"),
        ]);
      const cred = await openCertificate(cert, async () =>
        loadPkcs12(
          Buffer.from(
            await decrypt(cert.p12Sealed, certContext("p12")),
            "base64",
          ),
          await decrypt(cert.passwordSealed, certContext("password")),
        ),
      );
      const signed = signInvoiceXml(invoiceXml(docOf(r)), cred);
      state.sha256 = createHash("sha256").update(signed).digest("hex");
      state.bytes = Buffer.byteLength(signed);
      const res = await port.submit({
        invoiceId: r.id,
        approvalNo: r.approvalNo!,
        signedXml: signed,
      });
      state.status = res.ok ? "sent" : "failed";
      state.detail = res.ok ? res.ref : res.reason;
    } catch (err) {
      state.detail =
        err instanceof VisibleError
          ? err.message
          : "서명 또는 전송 중 오류가 났습니다.";
    }
  }
  state.at = new Date(nowMs()).toISOString();
  await putItem(storedTransmission(r, state));
  const { status, at, detail } = state;
  return view({ ...r, transmission: { status, at, detail } });
}

/** 전송실패 → try again (after uploading a certificate, or when the relay is back). */
export async function retransmit(id: string): Promise<Invoice> {
  assertCan("invoice.write");
  return transmit(await record(id));
}
