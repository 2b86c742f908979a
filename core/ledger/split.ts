// 공급가액 / 부가세 from a VAT-inclusive amount (DOMAIN-KR §4): 일반과세자 split it when the evidence
// carries VAT (세금계산서, 카드, 현금영수증); 간이과세자 and 면세사업자 keep amounts VAT-inclusive,
// except a 세금계산서 they receive, whose VAT is still split.
import type { TaxType } from "../auth/schema";
import type { EntryKind, Evidence } from "./types";

const SPLIT_EVIDENCE: Evidence[] = ["taxInvoice", "card", "cashReceipt"];

/**
 * 공급가액 = round(total ÷ 1.1), 부가세 = total − 공급가액: the two always add up to the total,
 * as card slips and cash receipts print them (₩11,000 → ₩10,000 + ₩1,000).
 */
export function splitVat(
  total: number,
  o: { taxType: TaxType; evidence: Evidence; kind: EntryKind },
): { amount: number; vat: number } {
  const split =
    SPLIT_EVIDENCE.includes(o.evidence) &&
    (o.taxType === "general" ||
      (o.evidence === "taxInvoice" && o.kind !== "income"));
  if (!split) return { amount: total, vat: 0 };
  const supply = Math.round(total / 1.1);
  return { amount: supply, vat: total - supply };
}
