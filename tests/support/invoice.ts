import { call, randomBizNo, type Session } from "./api";
import { kstDate } from "../../core/time";

export const today = () => kstDate();

/** A buyer as the form sends it; a fresh valid 사업자번호 unless given. */
export function buyer(overrides: Record<string, unknown> = {}) {
  return {
    bizNo: randomBizNo(),
    name: "한빛상사",
    ceo: "이한빛",
    address: "서울특별시 중구 세종대로 110",
    bizType: "도소매",
    bizItem: "미용재료",
    email: "",
    email2: "",
    ...overrides,
  };
}

/** 두 줄: 10,000 × 3 and 33,333 × 1 → 공급가액 63,333, 세액 6,333 (each line truncated). */
export function invoiceBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: "taxable",
    purpose: "claim",
    writeDate: today(),
    buyer: buyer(),
    lines: [
      { item: "헤어 트리트먼트", spec: "500ml", qty: 3, unitPrice: 10_000 },
      { item: "샴푸 납품", qty: 1, unitPrice: 33_333 },
    ],
    note: "",
    ...overrides,
  };
}

export async function issueInvoice(
  s: Session,
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await call("POST", "/api/invoices", {
    session: s,
    body: { ...invoiceBody(overrides), issue: true },
    headers,
  });
  if (res.status !== 201)
    throw new Error(`issue failed: ${res.status} ${res.text}`);
  return res.json;
}
