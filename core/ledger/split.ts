// 공급가액 / 부가세 from a VAT-inclusive amount (DOMAIN-KR §4).
import type { TaxType } from "../auth/schema";
import { vatBasisPoints } from "../invoice/compute";
import type { EntryKind, Evidence } from "./types";

/** Evidence that carries a stated VAT (세금계산서, 신용카드매출전표, 현금영수증). */
export type VatEvidence = Extract<
  Evidence,
  "taxInvoice" | "card" | "cashReceipt"
>;
export const VAT_EVIDENCE: readonly VatEvidence[] = [
  "taxInvoice",
  "card",
  "cashReceipt",
];
export const carriesVat = (e: Evidence): e is VatEvidence =>
  (VAT_EVIDENCE as readonly Evidence[]).includes(e);

/**
 * 공급가액 / 부가세 of a VAT-inclusive total (DOMAIN-KR §4). 일반과세자 split it when the evidence
 * states VAT (세금계산서, 카드, 현금영수증); 간이과세자 and 면세사업자 keep amounts VAT-inclusive, except a
 * 세금계산서 they receive (expense or asset), whose VAT is still split. 계산서 (면세), 영수증 and 없음
 * are never split.
 *
 * Rounding: 공급가액 = total × 100/110 rounded to the nearest won, 부가세 = total − 공급가액. This is
 * how card terminals and cash-receipt slips print an inclusive price (₩11,000 → 10,000 + 1,000;
 * ₩10,001 → 9,092 + 909), and the two parts always add up to the total exactly. With the 10% rate
 * a total is never exactly half-way (10t/11 has a fractional part k/11), so there is no tie rule to
 * pick; a negative total (a reversal) splits as the mirror of the positive one.
 */
export function splitVat(
  total: number,
  o: {
    taxType: TaxType;
    evidence: Evidence;
    kind: EntryKind;
    /** The supply date, for the rate table (부가가치세법 §30); today's rate when omitted. */
    date?: string;
  },
): { amount: number; vat: number } {
  if (!Number.isSafeInteger(total))
    throw new RangeError(`splitVat: ${total} is not a whole number of won`);
  const split =
    carriesVat(o.evidence) &&
    (o.taxType === "general" ||
      (o.evidence === "taxInvoice" && o.kind !== "income"));
  if (!split) return { amount: total, vat: 0 };
  return splitInclusive(total, o.date);
}

export function splitInclusive(
  total: number,
  date = "9999-12-31",
): { amount: number; vat: number } {
  const bp = vatBasisPoints(date);
  const supply =
    Math.sign(total) * Math.round((Math.abs(total) * 10_000) / (10_000 + bp));
  return { amount: supply || 0, vat: total - supply || 0 };
}
