// The arithmetic of an invoice, pure: the form in the browser and the API run the same code.
import { VisibleError } from "../error";
import { deadlineOn } from "../kr/holidays";
import { MAX_LINES } from "./schema";
import type {
  AmendInput,
  AmendReason,
  InvoiceDoc,
  InvoiceInput,
  InvoiceKind,
  InvoiceListStatus,
  Line,
  LineInput,
  Payment,
} from "./schema";

// 부가가치세법 §30: 세율 10%. Dated so a change is a new row, not a code change.
export const VAT_RATES: { from: string; basisPoints: number }[] = [
  { from: "1977-07-01", basisPoints: 1000 },
];

export function vatBasisPoints(date: string): number {
  const row = [...VAT_RATES].reverse().find((r) => r.from <= date);
  return (row ?? VAT_RATES[0]).basisPoints;
}

/** VAT of one line: 10% truncated below ₩1 (toward zero for negative amendment lines). */
export function lineVat(
  kind: InvoiceKind,
  supply: number,
  date: string,
): number {
  if (kind !== "taxable") return 0;
  return Math.trunc((supply * vatBasisPoints(date)) / 10_000);
}

/** 수량 × 단가, truncated below ₩1; 수량 has at most two decimals. */
export function lineSupply(qty: number, unitPrice: number): number {
  return Math.trunc((Math.round(qty * 100) * unitPrice) / 100);
}

/** A VAT the parties agreed on is accepted when it is within ₩1 of the exact 10% (e.g. rounded up). */
export function vatWithinTolerance(
  tax: number,
  supply: number,
  date: string,
): boolean {
  return Math.abs(tax * 10_000 - supply * vatBasisPoints(date)) < 10_000;
}

/** NTS TypeCode (DOMAIN-KR §2): 01xx 세금계산서, 02xx 수정, 03xx 계산서, 04xx 수정 계산서. */
export function typeCode(kind: InvoiceKind, amended: boolean): string {
  if (kind === "exempt") return amended ? "0401" : "0301";
  const base = kind === "zero" ? "02" : "01";
  return `${amended ? "02" : "01"}${base}`;
}

export interface Computed {
  lines: Line[];
  supplyTotal: number;
  taxTotal: number;
  grandTotal: number;
}

type Fail = (field: string, code: string, message: string) => never;
const fail: Fail = (field, code, message) => {
  throw new VisibleError("validation", code, message, {
    fields: [{ field, message }],
  });
};

/**
 * Fills in 공급가액 and 세액 of each line and checks what the user typed against them.
 * `signed` allows negative lines (amendments); otherwise quantities and amounts must be positive.
 */
export function computeLines(
  kind: InvoiceKind,
  writeDate: string,
  input: readonly LineInput[],
  opts: { signed?: boolean; negate?: boolean } = {},
): Computed {
  const month = writeDate.slice(0, 7);
  const lines = input.map((l, i): Line => {
    const at = `lines.${i}`;
    const date = l.date || writeDate;
    if (date.slice(0, 7) !== month)
      fail(
        `${at}.date`,
        "line_date_outside_month",
        `${i + 1}번째 줄: 품목 일자는 작성일자와 같은 달이어야 합니다.`,
      );
    if (date > writeDate)
      fail(
        `${at}.date`,
        "line_date_after_write_date",
        `${i + 1}번째 줄: 품목 일자가 작성일자보다 늦습니다.`,
      );
    if (!opts.signed) {
      if (l.qty !== undefined && l.qty <= 0)
        fail(
          `${at}.qty`,
          "nonpositive_quantity",
          `${i + 1}번째 줄: 수량은 0보다 커야 합니다. (마이너스는 수정세금계산서로)`,
        );
      if (l.unitPrice !== undefined && l.unitPrice < 0)
        fail(
          `${at}.unitPrice`,
          "negative_amount",
          `${i + 1}번째 줄: 단가는 0 이상이어야 합니다.`,
        );
      if (l.supply !== undefined && l.supply < 0)
        fail(
          `${at}.supply`,
          "negative_amount",
          `${i + 1}번째 줄: 공급가액은 0 이상이어야 합니다. (마이너스는 수정세금계산서로)`,
        );
    } else if (l.qty === 0)
      fail(`${at}.qty`, "zero_quantity", `${i + 1}번째 줄: 수량이 0입니다.`);
    const derived =
      l.qty !== undefined && l.unitPrice !== undefined
        ? lineSupply(l.qty, l.unitPrice)
        : undefined;
    if (l.supply === undefined && derived === undefined)
      fail(
        `${at}.supply`,
        "line_supply_missing",
        `${i + 1}번째 줄: 공급가액 또는 수량과 단가를 입력해 주세요.`,
      );
    if (l.supply !== undefined && derived !== undefined && l.supply !== derived)
      fail(
        `${at}.supply`,
        "line_supply_mismatch",
        `${i + 1}번째 줄: 공급가액(${l.supply})이 수량 × 단가(${derived})와 다릅니다.`,
      );
    const supply = (l.supply ?? derived) as number;
    let tax = lineVat(kind, supply, date);
    if (l.tax !== undefined && l.tax !== tax) {
      if (kind !== "taxable")
        fail(
          `${at}.tax`,
          "tax_not_allowed",
          `${i + 1}번째 줄: ${kind === "zero" ? "영세율" : "면세"} 품목에는 세액이 없습니다.`,
        );
      if (!vatWithinTolerance(l.tax, supply, date))
        fail(
          `${at}.tax`,
          "line_tax_out_of_range",
          `${i + 1}번째 줄: 세액은 공급가액의 10%(${tax}원) 기준 1원 이내여야 합니다.`,
        );
      tax = l.tax;
    }
    const sign = opts.negate ? -1 : 1;
    return {
      date,
      item: l.item,
      spec: l.spec,
      ...(l.qty !== undefined ? { qty: sign * l.qty || 0 } : {}),
      ...(l.unitPrice !== undefined ? { unitPrice: l.unitPrice } : {}),
      supply: sign * supply || 0,
      tax: sign * tax || 0,
      note: l.note,
    };
  });
  const supplyTotal = lines.reduce((s, l) => s + l.supply, 0);
  const taxTotal = lines.reduce((s, l) => s + l.tax, 0);
  return { lines, supplyTotal, taxTotal, grandTotal: supplyTotal + taxTotal };
}

/** Lines, totals and the checks of a whole (positive) invoice form. */
export function computeInvoice(
  input: Pick<
    InvoiceInput,
    "kind" | "writeDate" | "lines" | "supplyTotal" | "taxTotal" | "payment"
  > & { summary?: boolean },
): Computed {
  if (!input.summary && input.lines.length > MAX_LINES)
    fail(
      "lines",
      "too_many_lines",
      `품목은 ${MAX_LINES}줄까지입니다. 더 많으면 월합계로 묶어 주세요.`,
    );
  const c = computeLines(input.kind, input.writeDate, input.lines);
  if (c.supplyTotal <= 0)
    fail(
      "lines",
      "nonpositive_total",
      "공급가액 합계가 0원입니다. 금액을 입력해 주세요.",
    );
  if (input.supplyTotal !== undefined && input.supplyTotal !== c.supplyTotal)
    fail(
      "supplyTotal",
      "totals_mismatch",
      `공급가액 합계(${input.supplyTotal})가 품목 합(${c.supplyTotal})과 다릅니다.`,
    );
  if (input.taxTotal !== undefined && input.taxTotal !== c.taxTotal) {
    // A total-level VAT the parties agreed on: within ₩1 of 10% of the supply total.
    if (
      input.kind !== "taxable" ||
      !vatWithinTolerance(input.taxTotal, c.supplyTotal, input.writeDate)
    )
      fail(
        "taxTotal",
        "totals_mismatch",
        `세액 합계(${input.taxTotal})가 품목 세액의 합(${c.taxTotal})과 다릅니다.`,
      );
    c.taxTotal = input.taxTotal;
    c.grandTotal = c.supplyTotal + c.taxTotal;
  }
  checkPayment(input.payment, c.grandTotal);
  return c;
}

/**
 * The lines a document carries. The NTS format holds 16; a 월합계 with more deliveries carries
 * one summary line ("○○ 외 N건") for the totals, dated the 작성일자 (DOMAIN-KR §2). The full
 * list stays with the invoice and is shown on the recipient page.
 */
export function documentLines(
  doc: Pick<InvoiceDoc, "lines" | "writeDate" | "supplyTotal" | "taxTotal">,
): Line[] {
  if (doc.lines.length <= MAX_LINES) return doc.lines;
  return [
    {
      date: doc.writeDate,
      item: `${doc.lines[0].item} 외 ${doc.lines.length - 1}건`,
      spec: "월합계",
      supply: doc.supplyTotal,
      tax: doc.taxTotal,
      note: `명세 ${doc.lines.length}건`,
    },
  ];
}

function checkPayment(p: Payment | undefined, grandTotal: number): void {
  if (!p) return;
  const paid = p.cash + p.cheque + p.bill + p.credit;
  if (paid !== 0 && paid !== grandTotal)
    fail(
      "payment",
      "payment_mismatch",
      `현금·수표·어음·외상미수금의 합(${paid})이 합계금액(${grandTotal})과 같아야 합니다.`,
    );
}

/** 작성일자 rules the law sets on every new invoice. */
export function checkWriteDate(writeDate: string, today: string): void {
  if (writeDate > today)
    fail(
      "writeDate",
      "write_date_future",
      "작성일자는 오늘 이후일 수 없습니다. (공급 시기에 발급합니다)",
    );
}

/**
 * 부가가치세법 §34: issue at the time of supply, or by the 10th of the next month for a 월합계.
 * A 10th on a weekend or 공휴일 moves to the next business day (국세기본법 §5①, core/kr/holidays).
 */
export function issueDeadline(writeDate: string): string {
  const [y, m] = writeDate.split("-").map(Number);
  const tenth = new Date(Date.UTC(y, m, 10)); // month index m = the next month
  return deadlineOn(tenth.toISOString().slice(0, 10));
}

/** The day after issue: NTS transmission deadline (부가가치세법 §32③), moved like any deadline. */
export function transmitDeadline(issueDate: string): string {
  const d = new Date(`${issueDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return deadlineOn(d.toISOString().slice(0, 10));
}

// ---------------------------------------------------------------------------------------------
// 수정세금계산서: which documents each reason produces (부가가치세법 시행령 §70, DOMAIN-KR §2 table).

export interface AmendmentDraft {
  kind: InvoiceKind;
  writeDate: string;
  lines: Line[];
  supplyTotal: number;
  taxTotal: number;
  grandTotal: number;
  buyer: InvoiceDoc["buyer"];
  purpose: InvoiceDoc["purpose"];
  payment: Payment;
  note: string;
}

const negatePayment = (p: Payment): Payment => ({
  cash: -p.cash || 0,
  cheque: -p.cheque || 0,
  bill: -p.bill || 0,
  credit: -p.credit || 0,
});
const NO_PAYMENT: Payment = { cash: 0, cheque: 0, bill: 0, credit: 0 };

function negativeCopy(
  o: InvoiceDoc,
  writeDate: string,
  lines: Line[] = o.lines,
  note = "",
): AmendmentDraft {
  const neg = lines.map((l) => ({
    ...l,
    // A copy dated later (04: 해제일자) still lists what was originally supplied, in that month.
    date: l.date.slice(0, 7) === writeDate.slice(0, 7) ? l.date : writeDate,
    ...(l.qty !== undefined ? { qty: -l.qty || 0 } : {}),
    supply: -l.supply || 0,
    tax: -l.tax || 0,
  }));
  const all = lines === o.lines;
  const supplyTotal = neg.reduce((s, l) => s + l.supply, 0);
  const taxTotal = all ? -o.taxTotal || 0 : neg.reduce((s, l) => s + l.tax, 0);
  return {
    kind: o.kind,
    writeDate,
    lines: neg,
    supplyTotal,
    taxTotal,
    grandTotal: supplyTotal + taxTotal,
    buyer: o.buyer,
    purpose: o.purpose,
    payment: all ? negatePayment(o.payment) : NO_PAYMENT,
    note,
  };
}

/** The documents an amendment issues, in order. Throws for input the reason cannot take. */
export function amendmentDrafts(
  o: InvoiceDoc,
  input: AmendInput,
  today: string,
): AmendmentDraft[] {
  const label = `당초 승인번호 ${o.approvalNo ?? ""}`;
  const dated = (date: string) => {
    checkWriteDate(date, today);
    if (date < o.writeDate)
      fail(
        "date",
        "amend_date_before_original",
        "수정 사유 발생일은 당초 작성일자보다 빠를 수 없습니다.",
      );
    return date;
  };
  switch (input.reason) {
    case "01": {
      const c = input.corrected;
      const fixed = computeInvoice({ ...c, writeDate: o.writeDate });
      return [
        negativeCopy(o, o.writeDate, o.lines, `${label} 취소분`),
        {
          kind: c.kind,
          writeDate: o.writeDate,
          ...fixed,
          buyer: c.buyer,
          purpose: c.purpose,
          payment: c.payment,
          note: c.note,
        },
      ];
    }
    case "02": {
      const date = dated(input.date);
      const c = computeLines(o.kind, date, input.lines, { signed: true });
      if (c.supplyTotal === 0)
        fail("lines", "zero_difference", "변동된 공급가액이 0원입니다.");
      return [
        {
          kind: o.kind,
          writeDate: date,
          ...c,
          buyer: o.buyer,
          purpose: o.purpose,
          payment: NO_PAYMENT,
          note: `${label} 공급가액 변동`,
        },
      ];
    }
    case "03": {
      const date = dated(input.date);
      const c = computeLines(o.kind, date, input.lines, { negate: true });
      if (-c.supplyTotal > o.supplyTotal)
        fail(
          "lines",
          "return_exceeds_original",
          "환입 금액이 당초 공급가액보다 큽니다.",
        );
      if (c.supplyTotal === 0)
        fail("lines", "zero_difference", "환입 금액이 0원입니다.");
      return [
        {
          kind: o.kind,
          writeDate: date,
          ...c,
          buyer: o.buyer,
          purpose: o.purpose,
          payment: NO_PAYMENT,
          note: `${label} 환입`,
        },
      ];
    }
    case "04":
      return [
        negativeCopy(o, dated(input.date), o.lines, `${label} 계약 해제`),
      ];
    case "06":
      return [negativeCopy(o, o.writeDate, o.lines, `${label} 이중발급 취소`)];
    case "05": {
      if (o.kind !== "taxable")
        fail(
          "reason",
          "amend_reason_not_applicable",
          "내국신용장 사후개설은 과세(10%) 세금계산서에만 해당합니다.",
        );
      const picked = input.lineIndexes.length
        ? [...new Set(input.lineIndexes)].map((i) => {
            const l = o.lines[i];
            if (!l)
              fail(
                "lineIndexes",
                "line_not_found",
                `${i + 1}번째 줄은 당초 세금계산서에 없습니다.`,
              );
            return l;
          })
        : o.lines;
      const negative = negativeCopy(
        o,
        o.writeDate,
        picked,
        `${label} 내국신용장 사후개설`,
      );
      const zeroLines = picked.map((l) => ({ ...l, tax: 0 }));
      const supplyTotal = zeroLines.reduce((s, l) => s + l.supply, 0);
      return [
        negative,
        {
          kind: "zero",
          writeDate: o.writeDate,
          lines: zeroLines,
          supplyTotal,
          taxTotal: 0,
          grandTotal: supplyTotal,
          buyer: o.buyer,
          purpose: o.purpose,
          payment: NO_PAYMENT,
          note: `${label} 영세율 적용분`,
        },
      ];
    }
  }
}

/** Reasons after which the original stands cancelled (nothing more to amend on it). */
export const VOIDING: readonly AmendReason[] = ["01", "04", "06"];

/** What the list shows: 초안 → 발급 → 메일 발송 → 수신확인, or 반송. */
export function invoiceStatus(r: {
  status: InvoiceDoc["status"];
  mailStatus?: string;
  confirmedAt?: string;
  acceptedAt?: string;
  sends?: unknown[];
}): InvoiceListStatus {
  if (r.status === "draft") return "draft";
  if (r.mailStatus === "bounced" || r.mailStatus === "complained")
    return "bounced";
  if (r.confirmedAt || r.acceptedAt) return "confirmed";
  if (r.sends?.length) return "sent";
  return "issued";
}
