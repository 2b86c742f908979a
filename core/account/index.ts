export * as Account from "./index";
import { randomBytes } from "node:crypto";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import type { SQSClient } from "@aws-sdk/client-sqs";
import {
  dynamo,
  failedConditions,
  getItem,
  putTx,
  queryAll,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, useTenant, useUser, withActor } from "../actor";
import { VisibleError } from "../error";
import { epochSeconds, kstDate, nowMs } from "../time";
import { formatDateKo } from "../kr/money";
import { hit, LIMITS } from "../ratelimit";
import { Audit } from "../audit";
import { Mail } from "../mail";
import { layout } from "../mail/templates";
import { verifyPassword } from "../auth/password";
import { tenantRecord } from "../tenant/record";
import type { UserRecord } from "../auth";
import {
  EXPORT_DAYS,
  EXPORT_TRIES,
  EXPORT_VISIBILITY_SECONDS,
  exportStorage,
} from "./storage";
export { EXPORT_DAYS };

// "Your data is yours": the owner downloads everything of the shop as one zip, and may delete the
// account — after a 30-day grace in which the shop is read-only and the deletion can be cancelled.
// The purge itself is in ./purge.ts.

export const GRACE_DAYS = 30;
const DAY_MS = 86_400_000;

/** Every item of the actor's partition, page by page (an export and the purge read it whole). */
export async function partitionItems(
  pk = Keys.tenantPartition(),
): Promise<Record<string, unknown>[]> {
  return queryAll({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: toItem({ ":pk": pk }),
    ConsistentRead: true,
  });
}

// --- export ------------------------------------------------------------------------------------

/** Which items go into which JSON file; the rest are bookkeeping of the system (manifest says). */
const KINDS: { file: string; test: (sk: string) => boolean }[] = [
  { file: "profile.json", test: (sk) => sk === "TENANT" },
  { file: "members.json", test: (sk) => sk.startsWith("USER#") },
  { file: "clients.json", test: (sk) => sk.startsWith("CLIENT#") },
  {
    file: "invoice-transmissions.json",
    test: (sk) => sk.startsWith("INV#") && sk.endsWith("#TX"),
  },
  { file: "invoices.json", test: (sk) => sk.startsWith("INV#") },
  { file: "received-invoices.json", test: (sk) => sk.startsWith("RCV#") },
  { file: "ledger-entries.json", test: (sk) => sk.startsWith("LEDGER#") },
  { file: "ledger-months.json", test: (sk) => sk.startsWith("LEDGERMONTH#") },
  { file: "ledger-audit.json", test: (sk) => sk.startsWith("LEDGERAUDIT#") },
  { file: "ledger-stock.json", test: (sk) => sk.startsWith("LEDGERSTOCK#") },
  {
    file: "ledger-import-mappings.json",
    test: (sk) => sk.startsWith("IMPORTMAP#"),
  },
  { file: "payroll-employees.json", test: (sk) => sk.startsWith("EMP#") },
  { file: "payroll-runs.json", test: (sk) => sk.startsWith("RUN#") },
  { file: "bookings.json", test: (sk) => sk.startsWith("BOOKING#") },
  { file: "customers.json", test: (sk) => sk.startsWith("CUST#") },
  { file: "site.json", test: (sk) => sk === "SITE" },
  { file: "usage.json", test: (sk) => sk.startsWith("USAGE#") },
  { file: "statements.json", test: (sk) => sk.startsWith("STATEMENT#") },
  { file: "audit-log.json", test: (sk) => sk.startsWith("AUDIT#") },
];

/**
 * Not exported, and why: outbox e-mails carry one-time links (verification, password reset);
 * the sealed certificate is a signing key (the owner holds the original file); the rest are the
 * system's own counters and markers (slot cells, pending postings, locks, import progress).
 */
const SKIPPED = [
  ["MAIL#", "보낸 메일 (일회용 링크 포함)"],
  ["CERT", "공동인증서 (원본 파일을 보관하세요)"],
  ["SLOT#", "예약 시간칸 (bookings.json에 포함)"],
  ["LEDGEREV#", "장부 자동 반영 대기"],
  ["RUNLOCK#", "급여 확정 잠금"],
  ["IMPORT", "명세서 가져오기 진행 상태"],
  ["BILLMONTH#", "월 마감 대상 표시"],
  ["EXPORT#", "내려받기 기록"],
  ["EXPORTLOCK#", "내려받기 중복 방지 표시"],
  ["USESSION#", "로그인 세션 표시"],
] as const;

// Keys that are never written into an export, whatever item they appear on.
const STRIP = new Set([
  "pk",
  "sk",
  "gsi1pk",
  "gsi1sk",
  "gsi2pk",
  "gsi2sk",
  "passwordHash",
  "rrnSealed",
  "bankSealed",
  "p12Sealed",
  "passwordSealed",
]);

function clean(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).filter(([k]) => !STRIP.has(k)),
  );
}

/** building → ready (or failed); records written before exports were built in the background have none: ready. */
export type ExportStatus = "building" | "ready" | "failed";

export interface ExportRecord {
  id: string;
  createdAt: string;
  createdBy: string;
  status?: ExportStatus;
  bytes: number;
  files: number;
  personalNumbers: boolean;
  filename: string;
  expiresAt: number;
}

export interface ExportView extends Omit<ExportRecord, "expiresAt" | "status"> {
  status: ExportStatus;
  expiresAt: string;
  url: string;
}

/**
 * A build still "building" after every try the queue gives it (and five minutes more) died with
 * its worker: shown as failed, so the owner makes a new one instead of waiting for nothing.
 */
export const EXPORT_STALE_MS =
  (EXPORT_TRIES * EXPORT_VISIBILITY_SECONDS + 300) * 1000;

const XLSX_NAME = (year: string) => `ledger/간편장부_${year}.xlsx`;

/** A file name that is safe in a zip on any system (no slashes or control characters). */
const safeName = (s: string) =>
  s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120);

/**
 * The owner asks for the zip of everything the shop has. A big shop's zip (a PDF and an XML for
 * every invoice of five years) takes longer than an API request may, so the request only records
 * the export ("building") with its audit entry in one transaction and hands it to the builder:
 * the export queue's worker on AWS (EXPORT_QUEUE_URL), this process locally. The page polls
 * GET /api/account/exports/:id. Asking again while one is being built (with the same choice of
 * full resident numbers) answers that one instead of building twice.
 */
export async function createExport(
  opts: { personalNumbers?: boolean } = {},
  ip?: string,
): Promise<ExportView> {
  assertCan("account.export");
  const actor = useUser();
  const tenantId = useTenant();
  const personalNumbers = Boolean(opts.personalNumbers);
  let tenant: Awaited<ReturnType<typeof tenantRecord>> | undefined;
  // The lock names the latest export of this choice. Taking it is conditional on what was read
  // (absent, or naming a build that is no longer running), so of two requests at the same moment
  // one records a build and the other, finding the lock taken, answers that build.
  const lockKey = Keys.exportLock(personalNumbers);
  for (let attempt = 0; attempt < 3; attempt++) {
    const lock = await getItem<{ exportId: string }>(lockKey, true);
    const previous = lock && (await exportRecord(lock.exportId));
    if (previous && statusOf(previous) === "building")
      return exportView(previous);
    tenant ??= await tenantRecord();
    const id = `exp_${randomBytes(16).toString("hex")}`;
    const record: ExportRecord = {
      id,
      createdAt: new Date(nowMs()).toISOString(),
      createdBy: actor.userId,
      status: "building",
      bytes: 0,
      files: 0,
      personalNumbers,
      filename: `골목_${safeName(tenant.businessName)}_${kstDate()}.zip`,
      expiresAt: epochSeconds() + EXPORT_DAYS * 86_400,
    };
    try {
      await transact([
        lock
          ? putTx({ ...lockKey, exportId: id }, "exportId = :previous", {
              ":previous": lock.exportId,
            })
          : putTx({ ...lockKey, exportId: id }, "attribute_not_exists(pk)"),
        putTx(
          { ...Keys.dataExport(id), ...record },
          "attribute_not_exists(pk)",
        ),
        Audit.tx(
          "data.export",
          { exportId: id, personalNumbers: record.personalNumbers },
          { ip },
        ),
      ]);
    } catch (err) {
      // Another request took the lock since it was read: read again and answer its build.
      if (failedConditions(err).includes(0)) continue;
      throw err;
    }
    await announceExport(tenantId, id);
    return exportView(record);
  }
  throw new VisibleError(
    "conflict",
    "export_busy",
    "내려받기 파일을 만드는 요청이 겹쳤습니다. 잠시 후 다시 시도해 주세요.",
  );
}

/** The actor's exports of the last 7 days, newest first. */
export async function listExports(): Promise<ExportView[]> {
  assertCan("account.export");
  return (await exportRecords())
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(exportView);
}

/** One of the actor's exports, to follow its build. */
export async function getExport(id: string): Promise<ExportView> {
  assertCan("account.export");
  const r = await exportRecord(id);
  if (!r) throw exportGone();
  return exportView(r);
}

async function exportRecords(): Promise<ExportRecord[]> {
  const now = epochSeconds();
  // TTL removes an expired record within days, not at once: it is gone for the owner already.
  return (
    await queryPrefix<ExportRecord>(
      { pk: Keys.tenantPartition(), skPrefix: "EXPORT#" },
      true,
    )
  ).filter((r) => r.expiresAt > now);
}

async function exportRecord(id: string): Promise<ExportRecord | undefined> {
  if (!/^exp_[0-9a-f]{32}$/.test(id)) return undefined;
  const r = await getItem<ExportRecord>(Keys.dataExport(id), true);
  return r && r.expiresAt > epochSeconds() ? r : undefined;
}

const statusOf = (r: ExportRecord): ExportStatus =>
  r.status === "building" && nowMs() - Date.parse(r.createdAt) > EXPORT_STALE_MS
    ? "failed"
    : (r.status ?? "ready");

// Builds started in this process (locally there is no queue): awaited by a clean shutdown.
const building = new Set<Promise<void>>();
export const exportsSettled = () => Promise.all([...building]);

let sqs: SQSClient | undefined;
async function announceExport(tenantId: string, id: string): Promise<void> {
  const queueUrl = process.env.EXPORT_QUEUE_URL;
  if (!queueUrl) {
    // buildExport settles its own failures; what is left (the table gone mid-build, as when a
    // local stack stops) is logged here, never an unhandled rejection in the server process.
    const p: Promise<void> = buildExport(tenantId, id)
      .catch((err) =>
        console.error(
          JSON.stringify({
            level: "error",
            msg: "export not settled",
            id,
            error: (err as Error)?.name ?? "Error",
          }),
        ),
      )
      .finally(() => building.delete(p));
    building.add(p);
    return;
  }
  const { SQSClient, SendMessageCommand } = await import("@aws-sdk/client-sqs");
  sqs ??= new SQSClient({});
  try {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify({ tenantId, id }),
      }),
    );
  } catch (err) {
    // Not announced, never built: say so now rather than leave it "building".
    await settleExport(tenantId, id, { status: "failed" });
    console.error(
      JSON.stringify({
        level: "error",
        msg: "export not queued",
        id,
        error: String(err),
      }),
    );
    throw new VisibleError(
      "unavailable",
      "unavailable",
      "잠시 후 다시 시도해 주세요.",
    );
  }
}

/** building → ready with its size, or → failed; only from building, so a late retry changes nothing. */
async function settleExport(
  tenantId: string,
  id: string,
  values:
    { status: "ready"; bytes: number; files: number } | { status: "failed" },
): Promise<void> {
  const names: Record<string, string> = { "#status": "status" };
  const sets = Object.keys(values).map((k) => {
    names[`#${k}`] = k;
    return `#${k} = :${k}`;
  });
  await withActor({ type: "system", tenantId }, () =>
    dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.dataExport(id)),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ConditionExpression: "#status = :building",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toItem({
          ...Object.fromEntries(
            Object.entries(values).map(([k, v]) => [`:${k}`, v]),
          ),
          ":building": "building",
        }),
      }),
    ),
  ).catch((err: Error) => {
    // Already settled by an earlier try, or the record is gone (purged): nothing to change.
    if (err.name !== "ConditionalCheckFailedException") throw err;
  });
}

/**
 * The builder (the export queue's worker on AWS, this process locally): the zip of the tenant's
 * partition, stored for 7 days, and the record made ready. A failure marks it failed (the owner
 * asks again) and is logged with the export id only.
 */
export async function buildExport(tenantId: string, id: string): Promise<void> {
  await withActor({ type: "system", tenantId }, async () => {
    const r = await getItem<ExportRecord>(Keys.dataExport(id), true);
    if (!r || statusOf(r) !== "building") return;
    try {
      const { bytes, files } = await buildZip(r);
      await exportStorage().put(tenantId, id, bytes);
      await settleExport(tenantId, id, {
        status: "ready",
        bytes: bytes.length,
        files,
      });
    } catch (err) {
      console.error(
        JSON.stringify({
          level: "error",
          msg: "export failed",
          tenantId,
          id,
          error: (err as Error)?.name ?? "Error",
        }),
      );
      await settleExport(tenantId, id, { status: "failed" });
    }
  });
}

/**
 * The zip of everything the shop has. Resident and bank account numbers of employees are
 * included in full only when the owner asked for them (`personalNumbers`): they are the owner's
 * records as 원천징수의무자, but a zip on a laptop is easier to lose than the sealed store, so by
 * default only the masked forms are written.
 */
async function buildZip(
  r: ExportRecord,
): Promise<{ bytes: Uint8Array; files: number }> {
  const opts = { personalNumbers: r.personalNumbers };
  const tenantId = useTenant();
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  const items = await partitionItems();
  const buckets = new Map<string, Record<string, unknown>[]>();
  const skipped = new Map<string, number>();
  for (const item of items) {
    const sk = String(item.sk);
    const kind = KINDS.find((k) => k.test(sk));
    if (!kind) {
      const s = SKIPPED.find(([p]) => sk.startsWith(p));
      const label = s ? s[1] : "기타";
      skipped.set(label, (skipped.get(label) ?? 0) + 1);
      continue;
    }
    const list = buckets.get(kind.file) ?? [];
    list.push(item);
    buckets.set(kind.file, list);
  }
  // Ledger entries are stored as one JSON attribute (core/ledger): written out field by field.
  const { fromEntryItem } = await import("../ledger");
  buckets.set(
    "ledger-entries.json",
    (buckets.get("ledger-entries.json") ?? []).map(
      (i) => fromEntryItem(i as never) as unknown as Record<string, unknown>,
    ),
  );
  const tenant = (buckets.get("profile.json") ?? [])[0] as
    { businessName: string } | undefined;
  if (!tenant)
    throw new VisibleError(
      "not_found",
      "not_found",
      "사업장을 찾을 수 없습니다.",
    );

  // Employees: the masked forms always; the full numbers on request, opened with the data key.
  const employees = buckets.get("payroll-employees.json") ?? [];
  if (opts.personalNumbers && employees.length) {
    const { decrypt } = await import("../crypto/vault");
    for (const e of employees) {
      const id = String(e.id);
      if (e.rrnSealed)
        e.rrn = (
          await decrypt(String(e.rrnSealed), `${tenantId}|${id}|rrn`)
        ).replace(/^(\d{6})-?(\d{7})$/, "$1-$2");
      if (e.bankSealed)
        e.bankAccount = await decrypt(
          String(e.bankSealed),
          `${tenantId}|${id}|bank`,
        );
    }
  }

  const counts: Record<string, number> = {};
  for (const { file } of KINDS) {
    const list = (buckets.get(file) ?? []).map(clean);
    // The ledger's audit detail is stored as a JSON string: written out as JSON.
    if (file === "ledger-audit.json")
      for (const a of list)
        if (typeof a.detail === "string")
          try {
            a.detail = JSON.parse(a.detail);
          } catch {
            // kept as the string it is
          }
    counts[file] = list.length;
    const body =
      file === "profile.json" || file === "site.json"
        ? (list[0] ?? null)
        : list;
    zip.file(`data/${file}`, JSON.stringify(body, null, 2));
  }

  // Issued invoices as the NTS XML and the A4 PDF, with the renderers the invoice module uses.
  const { Invoice } = await import("../invoice");
  const invoices = (buckets.get("invoices.json") ?? []).filter(
    (i) => i.status === "issued",
  );
  const names = new Set<string>();
  for (const inv of invoices) {
    for (const type of ["xml", "pdf"] as const) {
      const f = await Invoice.renderFile(inv as never, type);
      let name = `invoices/${safeName(f.filename)}`;
      if (names.has(name)) name = name.replace(/(\.\w+)$/, `_${inv.id}$1`);
      names.add(name);
      zip.file(name, f.body);
    }
  }

  // The books: one NTS-layout workbook per year that has entries.
  const years = [
    ...new Set(
      (buckets.get("ledger-entries.json") ?? []).map((e) =>
        String(e.date ?? "").slice(0, 4),
      ),
    ),
  ]
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  if (years.length) {
    const { exportYear } = await import("../ledger/report");
    for (const y of years)
      zip.file(XLSX_NAME(y), (await exportYear(Number(y), "xlsx")).body);
  }

  // The published homepage as the static files visitors get.
  const site = (buckets.get("site.json") ?? [])[0] as
    { published?: unknown } | undefined;
  if (site?.published) {
    const { files } = await import("../site");
    for (const f of files(site.published as never).files)
      zip.file(`homepage/${f.name}`, f.body);
  }

  const createdAt = r.createdAt;
  const manifest = {
    format: "golmok-export/1",
    tenantId,
    businessName: tenant.businessName,
    exportedAt: createdAt,
    personalNumbers: Boolean(opts.personalNumbers),
    counts,
    invoiceFiles: invoices.length,
    ledgerWorkbooks: years,
    homepage: Boolean(site?.published),
    notIncluded: Object.fromEntries(skipped),
  };
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file(
    "README.txt",
    [
      `골목 데이터 내려받기 — ${tenant.businessName}`,
      `만든 때: ${createdAt}`,
      "",
      "data/        항목별 JSON (사업장, 구성원, 거래처, 세금계산서, 장부, 급여, 예약, 고객, 홈페이지, 사용량, 요금 명세, 감사 기록)",
      "invoices/    발급한 세금계산서 (국세청 XML, PDF)",
      "ledger/      간편장부 (연도별 엑셀)",
      "homepage/    게시한 홈페이지 파일 (index.html, site.css, sitemap.xml)",
      "",
      opts.personalNumbers
        ? "주의: 직원의 주민등록번호·계좌번호가 그대로 들어 있습니다. 안전한 곳에 보관하세요."
        : "직원의 주민등록번호·계좌번호는 가린 형태로만 들어 있습니다.",
      "비밀번호, 로그인 토큰, 공동인증서는 들어 있지 않습니다.",
      "",
    ].join("\n"),
  );
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { bytes, files: Object.keys(zip.files).length };
}

function exportView(r: ExportRecord): ExportView {
  return {
    id: r.id,
    status: statusOf(r),
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    bytes: r.bytes,
    files: r.files,
    personalNumbers: r.personalNumbers,
    filename: r.filename,
    expiresAt: new Date(r.expiresAt * 1000).toISOString(),
    url: `/api/account/exports/${r.id}/download`,
  };
}

const exportGone = () =>
  new VisibleError(
    "not_found",
    "export_not_found",
    "내려받기 파일을 찾을 수 없습니다. 7일이 지났다면 새로 만들어 주세요.",
  );

/** The stored zip of one of the actor's exports: its bytes, or (on AWS) a presigned URL. */
export async function openExport(id: string) {
  assertCan("account.export");
  const r = await exportRecord(id);
  if (!r || statusOf(r) !== "ready") throw exportGone();
  const file = await exportStorage().open(useTenant(), id, r.filename);
  if (!file) throw exportGone();
  return { ...file, filename: r.filename };
}

// --- deletion ----------------------------------------------------------------------------------

export interface DeletionStatus {
  pending: boolean;
  requestedAt: string | null;
  purgeAfter: string | null;
  requestedBy: string | null;
}

export async function deletionStatus(): Promise<DeletionStatus> {
  assertCan("account.delete");
  const t = (await tenantRecord()) as Awaited<
    ReturnType<typeof tenantRecord>
  > & { deletionRequestedBy?: string };
  return {
    pending: Boolean(t.purgeAfter),
    requestedAt: t.deletionRequestedAt ?? null,
    purgeAfter: t.purgeAfter ?? null,
    requestedBy: t.deletionRequestedBy ?? null,
  };
}

const wrongPassword = () =>
  new VisibleError(
    "validation",
    "password_incorrect",
    "비밀번호가 맞지 않습니다.",
    { fields: [{ field: "password", message: "비밀번호가 맞지 않습니다." }] },
  );

/**
 * The owner asks to delete the account: their password again and the business name typed out.
 * One transaction marks the tenant (read-only from now on, listed for the purge after 30 days),
 * records it in the audit log and e-mails the owner — so a deletion nobody meant is noticed.
 */
export async function requestDeletion(
  input: { password: string; businessName: string },
  ip?: string,
): Promise<DeletionStatus> {
  assertCan("account.delete");
  const actor = useUser();
  const user = await getItem<UserRecord>(Keys.user(actor.userId), true);
  if (!user) throw wrongPassword();
  // The password check is rate-limited like a login on the same account.
  await hit(LIMITS.loginPerAccount, user.email);
  if (
    !user.passwordHash ||
    !(await verifyPassword(input.password, user.passwordHash))
  )
    throw wrongPassword();
  const t = await tenantRecord();
  if (input.businessName.trim() !== t.businessName.trim())
    throw new VisibleError(
      "validation",
      "confirmation_mismatch",
      `확인을 위해 상호 "${t.businessName}"을(를) 그대로 입력해 주세요.`,
      {
        fields: [
          {
            field: "businessName",
            message: "상호가 일치하지 않습니다.",
          },
        ],
      },
    );
  const now = nowMs();
  const requestedAt = new Date(now).toISOString();
  const purgeAfter = new Date(now + GRACE_DAYS * DAY_MS).toISOString();
  const date = formatDateKo(kstDate(now + GRACE_DAYS * DAY_MS));
  const appUrl = (process.env.APP_URL ?? "http://localhost:3000").replace(
    /\/$/,
    "",
  );
  const mail = Mail.enqueue({
    to: [user.email],
    kind: "account-deletion",
    subject: "[골목] 계정 삭제가 요청되었습니다",
    ...layout(
      "계정 삭제 요청",
      [
        `${t.businessName}의 골목 계정 삭제가 요청되었습니다.`,
        `${date}에 사업장의 모든 자료(장부, 세금계산서, 급여, 홈페이지, 고객 정보)가 지워지며 되돌릴 수 없습니다. 그때까지는 조회와 내려받기만 할 수 있습니다.`,
        "직접 요청하지 않았다면 지금 로그인해 설정에서 삭제를 취소하고 비밀번호를 바꿔 주세요.",
      ],
      { label: "설정에서 확인하기", url: `${appUrl}/settings` },
      "세금계산서·장부는 법에 따라 5년간 보관해야 할 수 있습니다. 삭제 전에 설정의 '내 데이터 내려받기'로 받아 두세요.",
    ),
  });
  await transact(
    [
      {
        Update: {
          TableName: tableName(),
          Key: toItem(Keys.tenant()),
          UpdateExpression:
            "SET deletionRequestedAt = :at, purgeAfter = :p, deletionRequestedBy = :by, gsi2pk = :q, gsi2sk = :qs",
          ConditionExpression:
            "attribute_exists(pk) AND attribute_not_exists(purgeAfter)",
          ExpressionAttributeValues: toItem({
            ":at": requestedAt,
            ":p": purgeAfter,
            ":by": actor.userId,
            ":q": Keys.purgeQueue(),
            ":qs": `${purgeAfter}#${useTenant()}`,
          }),
        },
      },
      Audit.tx("account.deletion_requested", { purgeAfter }, { ip }),
      mail.put,
    ],
    (i) =>
      i === 0
        ? new VisibleError(
            "conflict",
            "deletion_pending",
            "이미 계정 삭제가 요청되어 있습니다.",
          )
        : undefined,
  );
  await Mail.notify(mail.id);
  return {
    pending: true,
    requestedAt,
    purgeAfter,
    requestedBy: actor.userId,
  };
}

/** Cancels a pending deletion while its 30 days last; the shop is writable again at once. */
export async function cancelDeletion(ip?: string): Promise<DeletionStatus> {
  assertCan("account.delete");
  await transact(
    [
      {
        Update: {
          TableName: tableName(),
          Key: toItem(Keys.tenant()),
          UpdateExpression:
            "REMOVE deletionRequestedAt, purgeAfter, deletionRequestedBy, gsi2pk, gsi2sk",
          // Once the grace is over the purge may be under way: too late to cancel.
          ConditionExpression:
            "attribute_exists(purgeAfter) AND purgeAfter > :now",
          ExpressionAttributeValues: toItem({
            ":now": new Date(nowMs()).toISOString(),
          }),
        },
      },
      Audit.tx("account.deletion_cancelled", {}, { ip }),
    ],
    (i) =>
      i === 0
        ? new VisibleError(
            "conflict",
            "no_deletion_pending",
            "취소할 계정 삭제 요청이 없습니다. (30일이 지나 이미 삭제가 시작되었을 수도 있습니다.)",
          )
        : undefined,
  );
  return {
    pending: false,
    requestedAt: null,
    purgeAfter: null,
    requestedBy: null,
  };
}
