export * as Bulk from "./bulk";
import * as v from "valibot";
import {
  INDUSTRIES,
  INDUSTRY_LABEL,
  TAX_TYPE_LABEL,
  TAX_TYPES,
} from "../auth/schema";
import { VisibleError, type FieldIssue } from "../error";
import { readSheet } from "../file/sheet";
import { provision } from "./index";
import { ProvisionInput } from "./schema";

// 일괄 개설 (bulk provisioning from a CSV or XLSX): the console reads the file (UTF-8 or CP949 CSV,
// or XLSX — core/file/sheet), finds the header row by the columns' Korean or English names and
// checks every row with the same schema as POST /reseller/v1/tenants. The browser then sends the
// good rows in chunks of BULK_CHUNK; each row is the ordinary provisioning transaction,
// idempotent on the subscriber ID, so a re-upload (or a chunk retried after a timeout) creates
// nothing twice: rows already provisioned come back "existed".

export const BULK_MAX_ROWS = 10_000;
/**
 * Rows per request: 25 provisioning transactions (9 items each), 8 at a time. On a loaded
 * DynamoDB Local 50 rows took a median 2.0 s and up to 7.9 s — too near a Lambda's 10 s — so 25.
 */
export const BULK_CHUNK = 25;
const CONCURRENCY = 8;

export const BULK_FIELDS = [
  "subscriberId",
  "businessName",
  "bizNo",
  "ownerName",
  "ownerEmail",
  "plan",
  "industry",
  "taxType",
  "contactPhone",
  "address",
] as const;
export type BulkField = (typeof BULK_FIELDS)[number];
export const BULK_FIELD_LABEL: Record<BulkField, string> = {
  subscriberId: "가입자번호",
  businessName: "상호",
  bizNo: "사업자등록번호",
  ownerName: "대표자명",
  ownerEmail: "대표 이메일",
  plan: "요금제",
  industry: "업종",
  taxType: "과세유형",
  contactPhone: "전화번호",
  address: "주소",
};
const REQUIRED: BulkField[] = [
  "subscriberId",
  "businessName",
  "ownerName",
  "ownerEmail",
];

const norm = (s: string) => s.toLowerCase().replace(/[\s_\-·.()]/g, "");
const HEADER_NAMES: Record<BulkField, string[]> = {
  subscriberId: [
    "가입자번호",
    "가입자id",
    "가입자아이디",
    "고객번호",
    "subscriberid",
    "subscriber",
  ],
  businessName: ["상호", "상호명", "사업장명", "업체명", "businessname"],
  bizNo: ["사업자등록번호", "사업자번호", "bizno", "businessnumber"],
  ownerName: ["대표자명", "대표자", "대표", "성명", "ownername"],
  ownerEmail: ["대표이메일", "이메일", "email", "owneremail", "e메일"],
  plan: ["요금제", "plan"],
  industry: ["업종", "industry"],
  taxType: ["과세유형", "taxtype"],
  contactPhone: [
    "전화번호",
    "연락처",
    "전화",
    "휴대전화",
    "phone",
    "contactphone",
  ],
  address: ["주소", "사업장주소", "address"],
};
const FIELD_OF = new Map<string, BulkField>(
  BULK_FIELDS.flatMap((f) => HEADER_NAMES[f].map((n) => [norm(n), f] as const)),
);

const PLAN_OF: Record<string, string> = {
  "": "basic",
  basic: "basic",
  기본: "basic",
  plus: "plus",
  플러스: "plus",
};
const industryOf = new Map<string, string>([
  ["", "other"],
  ...INDUSTRIES.map((i) => [norm(i), i] as [string, string]),
  ...INDUSTRIES.map((i) => [norm(INDUSTRY_LABEL[i]), i] as [string, string]),
  ["정비소", "carRepair"],
  ["자동차정비", "carRepair"],
  ["식당", "restaurant"],
  ["소매", "retail"],
]);
const taxTypeOf = new Map<string, string>([
  ["", "general"],
  ...TAX_TYPES.map((t) => [norm(t), t] as [string, string]),
  ...TAX_TYPES.map((t) => [norm(TAX_TYPE_LABEL[t]), t] as [string, string]),
  ["일반", "general"],
  ["간이", "simplified"],
  ["면세", "exempt"],
]);

export interface BulkRow {
  /** The line of the file (1 = first line), for the owner's spreadsheet. */
  line: number;
  /** The cells as written, by field. */
  values: Partial<Record<BulkField, string>>;
  /** Empty when the row can be provisioned. */
  errors: FieldIssue[];
}

export interface BulkPreview {
  format: "csv" | "xlsx";
  encoding?: string;
  columns: Partial<Record<BulkField, string>>;
  rows: BulkRow[];
  valid: number;
  invalid: number;
}

/** The provisioning input of a row's cells: labels (기본, 미용실, 간이과세자 …) become codes. */
export function toInput(values: Partial<Record<BulkField, string>>) {
  const cell = (f: BulkField) => (values[f] ?? "").trim();
  const plan = PLAN_OF[norm(cell("plan"))] ?? cell("plan");
  const industry = industryOf.get(norm(cell("industry"))) ?? cell("industry");
  const taxType = taxTypeOf.get(norm(cell("taxType"))) ?? cell("taxType");
  return {
    subscriberId: cell("subscriberId"),
    businessName: cell("businessName"),
    ownerName: cell("ownerName"),
    ownerEmail: cell("ownerEmail"),
    bizNo: cell("bizNo"),
    industry,
    taxType,
    address: cell("address"),
    contactPhone: cell("contactPhone"),
    plan,
  };
}

function issuesOf(values: Partial<Record<BulkField, string>>): FieldIssue[] {
  const r = v.safeParse(ProvisionInput, toInput(values));
  if (r.success) return [];
  const seen = new Set<string>();
  return r.issues.flatMap((i) => {
    const field = v.getDotPath(i) ?? "row";
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: i.message }];
  });
}

const refuse = (code: string, message: string) =>
  new VisibleError("validation", code, message, {
    fields: [{ field: "file", message }],
  });

/** Reads the file and checks every row; nothing is written. */
export async function preview(
  filename: string,
  bytes: Uint8Array,
): Promise<BulkPreview> {
  const sheet = await readSheet(filename, bytes, { maxRows: BULK_MAX_ROWS });
  const headerAt = sheet.rows
    .slice(0, 10)
    .findIndex((r) => r.filter((c) => FIELD_OF.has(norm(c))).length >= 2);
  if (headerAt < 0)
    throw refuse(
      "bulk_header_missing",
      `첫 줄에 열 이름이 없습니다. ${REQUIRED.map((f) => BULK_FIELD_LABEL[f]).join(", ")} 열이 있는 머리글 줄을 넣어 주세요.`,
    );
  const header = sheet.rows[headerAt];
  const colOf = new Map<BulkField, number>();
  const columns: Partial<Record<BulkField, string>> = {};
  header.forEach((name, i) => {
    const f = FIELD_OF.get(norm(name));
    if (f && !colOf.has(f)) {
      colOf.set(f, i);
      columns[f] = name;
    }
  });
  const missing = REQUIRED.filter((f) => !colOf.has(f));
  if (missing.length)
    throw refuse(
      "bulk_columns_missing",
      `필수 열이 없습니다: ${missing.map((f) => BULK_FIELD_LABEL[f]).join(", ")}`,
    );
  const firstLine = new Map<string, number>();
  const rows = sheet.rows.slice(headerAt + 1).map((cells, i): BulkRow => {
    // Lines count from 1 and include the header (empty lines were dropped by the reader).
    const line = headerAt + i + 2;
    const values: Partial<Record<BulkField, string>> = {};
    for (const [f, col] of colOf) values[f] = (cells[col] ?? "").trim();
    const errors = issuesOf(values);
    const sub = values.subscriberId ?? "";
    if (sub && !errors.some((e) => e.field === "subscriberId")) {
      const earlier = firstLine.get(sub);
      if (earlier !== undefined)
        errors.push({
          field: "subscriberId",
          message: `가입자번호가 ${earlier}번째 줄과 같습니다.`,
        });
      else firstLine.set(sub, line);
    }
    return { line, values, errors };
  });
  if (!rows.length) throw refuse("file_empty", "머리글 아래에 줄이 없습니다.");
  const invalid = rows.filter((r) => r.errors.length).length;
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    columns,
    rows,
    valid: rows.length - invalid,
    invalid,
  };
}

export interface BulkResult {
  line: number;
  subscriberId: string;
  status: "created" | "existed" | "error";
  tenantId?: string;
  code?: string;
  message?: string;
  fields?: FieldIssue[];
}

async function one(row: {
  line: number;
  values: Partial<Record<BulkField, string>>;
}): Promise<BulkResult> {
  const subscriberId = (row.values.subscriberId ?? "").trim();
  const parsed = v.safeParse(ProvisionInput, toInput(row.values));
  if (!parsed.success) {
    const fields = issuesOf(row.values);
    return {
      line: row.line,
      subscriberId,
      status: "error",
      code: "invalid_input",
      message: fields[0]?.message ?? "입력값이 올바르지 않습니다.",
      fields,
    };
  }
  try {
    const { created, tenant } = await provision(parsed.output);
    return {
      line: row.line,
      subscriberId,
      status: created ? "created" : "existed",
      tenantId: tenant.id,
    };
  } catch (err) {
    if (
      err instanceof VisibleError &&
      err.kind !== "unauthorized" &&
      err.kind !== "forbidden"
    )
      return {
        line: row.line,
        subscriberId,
        status: "error",
        code: err.code,
        message: err.message,
        ...(err.extra.fields ? { fields: err.extra.fields } : {}),
      };
    if (err instanceof VisibleError) throw err;
    // A DynamoDB fault (throttling …): this row only; provisioning is idempotent, so sending the
    // file again finishes it.
    return {
      line: row.line,
      subscriberId,
      status: "error",
      code: "retry",
      message:
        "일시적인 오류로 만들지 못했습니다. 같은 파일을 다시 올리면 이어서 만듭니다.",
    };
  }
}

/** Provisions one chunk of rows, CONCURRENCY at a time; every row gets its own result. */
export async function provisionRows(
  rows: { line: number; values: Partial<Record<BulkField, string>> }[],
): Promise<BulkResult[]> {
  const results: BulkResult[] = new Array(rows.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, rows.length) }, async () => {
      for (let i = next++; i < rows.length; i = next++)
        results[i] = await one(rows[i]);
    }),
  );
  return results;
}
