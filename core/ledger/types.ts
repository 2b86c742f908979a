// The 간편장부 vocabulary shared by entries, month totals, reports, import and export
// (DOMAIN-KR §4: columns 수입 / 비용 / 사업용 자산 증감, evidence in 비고).

/** 수입(매출) / 비용(원가 포함) / 사업용 유·무형자산 증감. */
export const ENTRY_KINDS = ["income", "expense", "asset"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABEL: Record<EntryKind, string> = {
  income: "수입",
  expense: "비용",
  asset: "자산 증감",
};

/** 증빙: 세금계산서 / 계산서 / 카드 / 현금영수증 / 영수증 / 없음. */
export const EVIDENCES = [
  "taxInvoice",
  "invoice",
  "card",
  "cashReceipt",
  "receipt",
  "none",
] as const;
export type Evidence = (typeof EVIDENCES)[number];
export const EVIDENCE_LABEL: Record<Evidence, string> = {
  taxInvoice: "세금계산서",
  invoice: "계산서",
  card: "카드",
  cashReceipt: "현금영수증",
  receipt: "영수증",
  none: "없음",
};

/**
 * One cell of a month's running totals, kept in the same transaction as every entry write:
 * reports are built from these (≤ 12 items a year), never from the entries themselves.
 * `amount` is the 공급가액 (or the VAT-inclusive amount where no VAT is split), `vat` the 부가세.
 * `deductible` is false for input VAT the law does not let the shop deduct (접대비, 비영업용 소형승용차,
 * 면세사업 관련 …); it is meaningless for income.
 */
export interface TotalCell {
  kind: EntryKind;
  account: string;
  evidence: Evidence;
  deductible: boolean;
  n: number;
  amount: number;
  vat: number;
}
