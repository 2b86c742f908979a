import * as v from "valibot";
import { isoDate, optionalText, requiredText } from "../validation";
import { isValidBizNo, normalizeBizNo } from "../kr/bizno";
import { Email } from "../auth/schema";

// 부가가치세법 §32: 필요적 기재사항 — supplier's number and name, buyer's number, 공급가액, 세액, 작성일자.
// Everything else on an invoice is optional. Amounts are integer won; amendments carry negatives.

export const KINDS = ["taxable", "zero", "exempt"] as const;
export type InvoiceKind = (typeof KINDS)[number];
export const KIND_LABEL: Record<InvoiceKind, string> = {
  taxable: "세금계산서 (과세)",
  zero: "세금계산서 (영세율)",
  exempt: "계산서 (면세)",
};
export const PURPOSES = ["receipt", "claim"] as const;
export type Purpose = (typeof PURPOSES)[number];
export const PURPOSE_LABEL: Record<Purpose, string> = {
  receipt: "영수",
  claim: "청구",
};

// 부가가치세법 시행령 §70: 수정(전자)세금계산서 사유 (AmendmentStatusCode)
export const AMEND_REASONS = ["01", "02", "03", "04", "05", "06"] as const;
export type AmendReason = (typeof AMEND_REASONS)[number];
export const AMEND_REASON_LABEL: Record<AmendReason, string> = {
  "01": "기재사항 착오·정정",
  "02": "공급가액 변동",
  "03": "환입",
  "04": "계약의 해제",
  "05": "내국신용장 사후개설",
  "06": "착오에 의한 이중발급",
};

/** The NTS format holds at most 16 lines; more goes on a 월합계 with summary lines. */
export const MAX_LINES = 16;
/** A 월합계 may list up to this many deliveries; its documents carry one summary line. */
export const MAX_SUMMARY_DETAILS = 500;

const LEN = {
  name: 70,
  person: 30,
  address: 150,
  text: 40,
  item: 100,
  note: 150,
};

const optionalEmail = (label: string) =>
  v.optional(
    v.union(
      [v.literal(""), Email],
      `${label} 형식이 올바르지 않습니다. (예: tax@example.com)`,
    ),
    "",
  );

export const BizNo = v.pipe(
  v.string("사업자등록번호를 입력해 주세요."),
  v.trim(),
  v.nonEmpty("사업자등록번호를 입력해 주세요."),
  v.check(
    (s) => normalizeBizNo(s) !== null,
    "사업자등록번호는 10자리 숫자입니다. (예: 120-81-47521)",
  ),
  v.check(
    isValidBizNo,
    "유효하지 않은 사업자등록번호입니다. 숫자를 다시 확인해 주세요.",
  ),
  v.transform((s) => normalizeBizNo(s) as string),
);

/** A 거래처 (client) — the buyer side of an invoice. */
export const ClientInput = v.object({
  bizNo: BizNo,
  branchNo: v.pipe(
    v.optional(v.string("종사업장번호는 문자열이어야 합니다."), ""),
    v.trim(),
    v.regex(/^(\d{4})?$/, "종사업장번호는 4자리 숫자입니다."),
  ),
  name: requiredText("상호", LEN.name),
  ceo: optionalText("대표자", LEN.person),
  address: optionalText("주소", LEN.address),
  bizType: optionalText("업태", LEN.text),
  bizItem: optionalText("종목", LEN.text),
  email: optionalEmail("담당자 이메일"),
  email2: optionalEmail("두 번째 이메일"),
});
export type ClientInput = v.InferOutput<typeof ClientInput>;

/** Both parties of an invoice are frozen into it when it is issued. */
export type Party = ClientInput;

const amount = (label: string) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.integer(`${label}은(는) 원 단위 정수여야 합니다.`),
    v.minValue(-100_000_000_000, `${label}이(가) 너무 작습니다.`),
    v.maxValue(100_000_000_000, `${label}이(가) 너무 큽니다.`),
  );

export const LineInput = v.object({
  /** 월/일 of the supply; defaults to the 작성일자. */
  date: v.optional(v.union([v.literal(""), isoDate("품목 일자")]), ""),
  item: requiredText("품목", LEN.item),
  spec: optionalText("규격", LEN.text),
  qty: v.optional(
    v.pipe(
      v.number("수량은 숫자여야 합니다."),
      v.check(
        (n) => Number.isFinite(n) && Math.abs(n) < 1e9,
        "수량이 너무 큽니다.",
      ),
      v.check(
        (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
        "수량은 소수점 둘째 자리까지 입력할 수 있습니다.",
      ),
    ),
  ),
  unitPrice: v.optional(amount("단가")),
  /** 공급가액; when omitted, 수량 × 단가 (below ₩1 truncated). */
  supply: v.optional(amount("공급가액")),
  /** 세액; when omitted, 10% of 공급가액 truncated below ₩1 (과세), else 0. */
  tax: v.optional(amount("세액")),
  note: optionalText("비고", LEN.text),
});
export type LineInput = v.InferOutput<typeof LineInput>;

export const InvoiceInput = v.object({
  kind: v.picklist(KINDS, "종류를 선택해 주세요. (과세·영세율·면세)"),
  purpose: v.optional(
    v.picklist(PURPOSES, "영수/청구를 선택해 주세요."),
    "claim",
  ),
  writeDate: isoDate("작성일자"),
  /** 월합계: lines may span the month of 작성일자; issue by the 10th of the next month. */
  summary: v.optional(v.boolean("월합계 여부는 true/false 입니다."), false),
  /** Filled from the client book when given; `buyer` still wins field by field. */
  clientId: v.optional(v.pipe(v.string(), v.maxLength(40)), ""),
  buyer: ClientInput,
  lines: v.pipe(
    v.array(LineInput, "품목 목록이 필요합니다."),
    v.minLength(1, "품목을 한 줄 이상 입력해 주세요."),
    // More than MAX_LINES only on a 월합계 (checked with `summary` in computeInvoice).
    v.maxLength(
      MAX_SUMMARY_DETAILS,
      `월합계 명세는 ${MAX_SUMMARY_DETAILS}줄까지입니다.`,
    ),
  ),
  /** What the form showed; refused when it does not match the lines (a stale or tampered form). */
  supplyTotal: v.optional(amount("공급가액 합계")),
  /** A total-level VAT the parties agreed on (within ₩1 of 10%), or the form's check value. */
  taxTotal: v.optional(amount("세액 합계")),
  note: optionalText("비고", LEN.note),
  payment: v.optional(
    v.object({
      cash: v.optional(amount("현금"), 0),
      cheque: v.optional(amount("수표"), 0),
      bill: v.optional(amount("어음"), 0),
      credit: v.optional(amount("외상미수금"), 0),
    }),
    { cash: 0, cheque: 0, bill: 0, credit: 0 },
  ),
});
export type InvoiceInput = v.InferOutput<typeof InvoiceInput>;

const Lines = (min: number) =>
  v.pipe(
    v.array(LineInput, "품목 목록이 필요합니다."),
    v.minLength(min, "품목을 한 줄 이상 입력해 주세요."),
    v.maxLength(MAX_LINES, `품목은 ${MAX_LINES}줄까지입니다.`),
  );

/** One shape per 수정 사유 (부가가치세법 시행령 §70). */
export const AmendInput = v.variant(
  "reason",
  [
    v.object({
      reason: v.literal("01"),
      corrected: v.omit(InvoiceInput, ["writeDate"]),
    }),
    v.object({
      reason: v.literal("02"),
      date: isoDate("변동일자"),
      lines: Lines(1),
    }),
    v.object({
      reason: v.literal("03"),
      date: isoDate("환입일자"),
      lines: Lines(1),
    }),
    v.object({ reason: v.literal("04"), date: isoDate("해제일자") }),
    v.object({
      reason: v.literal("05"),
      /** Indexes (0-based) of the original lines the 내국신용장 covers; all when empty. */
      lineIndexes: v.optional(
        v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(15))),
        [],
      ),
    }),
    v.object({ reason: v.literal("06") }),
  ],
  "수정 사유를 선택해 주세요. (01~06)",
);
export type AmendInput = v.InferOutput<typeof AmendInput>;

// ---------------------------------------------------------------------------------------------
// The document: what the PDF, the XML and the screens show.

export interface Line {
  date: string; // YYYY-MM-DD
  item: string;
  spec: string;
  qty?: number;
  unitPrice?: number;
  supply: number;
  tax: number;
  note: string;
}

export interface Payment {
  cash: number;
  cheque: number;
  bill: number;
  credit: number;
}

export type InvoiceStatus = "draft" | "issued";
export type TransmissionStatus = "pending" | "sent" | "failed";

export interface InvoiceDoc {
  id: string;
  status: InvoiceStatus;
  kind: InvoiceKind;
  purpose: Purpose;
  /** 0101 일반, 0102 영세율, 0201/0202 수정, 0301 계산서, 0401 수정 계산서 (DOMAIN-KR §2). */
  typeCode: string;
  writeDate: string;
  summary: boolean;
  supplier: Party;
  buyer: Party;
  lines: Line[];
  supplyTotal: number;
  taxTotal: number;
  grandTotal: number;
  payment: Payment;
  note: string;
  /** 24 characters, yyyymmdd + 8-character system code + 8-character serial; set on issue. */
  approvalNo?: string;
  issuedAt?: string; // ISO instant
  amendment?: {
    reason: AmendReason;
    originalId: string;
    originalApprovalNo: string;
  };
}

/** `202611223900502610018801` → `20261122-39005026-10018801`. */
export function formatApprovalNo(n: string): string {
  return n.length === 24
    ? `${n.slice(0, 8)}-${n.slice(8, 16)}-${n.slice(16)}`
    : n;
}

/** "전자세금계산서", "전자계산서", or either with "수정" in front: the document's title. */
export function invoiceTitle(doc: InvoiceDoc): string {
  return `${doc.amendment ? "수정" : ""}${doc.kind === "exempt" ? "전자계산서" : "전자세금계산서"}`;
}

/** File names of the PDF and XML: `세금계산서-20261122-39005026-10018801`, `수정계산서-초안`. */
export function invoiceFileStem(doc: InvoiceDoc): string {
  const kind = doc.kind === "exempt" ? "계산서" : "세금계산서";
  const no = doc.approvalNo ? formatApprovalNo(doc.approvalNo) : "초안";
  return `${doc.amendment ? "수정" : ""}${kind}-${no}`;
}

export const LIST_STATUSES = [
  "draft",
  "issued",
  "sent",
  "confirmed",
  "bounced",
] as const;
export type InvoiceListStatus = (typeof LIST_STATUSES)[number];
export const STATUS_LABEL: Record<InvoiceListStatus, string> = {
  draft: "초안",
  issued: "발급",
  sent: "메일 발송",
  confirmed: "수신확인",
  bounced: "반송",
};

export const ListQuery = v.object({
  from: v.optional(isoDate("시작일")),
  to: v.optional(isoDate("종료일")),
  clientBizNo: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{10}$/, "거래처 사업자번호는 10자리 숫자입니다."),
    ),
  ),
  kind: v.optional(v.picklist(KINDS, "종류가 올바르지 않습니다.")),
  status: v.optional(v.picklist(LIST_STATUSES, "상태가 올바르지 않습니다.")),
  format: v.optional(
    v.picklist(
      ["json", "csv", "xlsx"],
      "형식은 json, csv, xlsx 중 하나입니다.",
    ),
  ),
});
export type ListQuery = v.InferOutput<typeof ListQuery>;
