// 간편장부 계정과목 (DOMAIN-KR §4, the usual accounts of the NTS 간편장부 작성요령 ⚠), with the
// industry's own material account first. Codes are stable ASCII; names are what the books show.
import type { Industry } from "../auth/schema";
import type { EntryKind } from "./types";

export interface Account {
  code: string;
  name: string;
  nameEn: string;
  kinds: EntryKind[];
  /** Input VAT on this account may be deducted (false: 접대비, 비영업용 소형승용차 — 부가가치세법 §39). */
  vatDeductible?: boolean;
  /** Counts toward 매출원가 (purchases of goods and materials). */
  costOfGoods?: boolean;
  industries?: Industry[];
}

export const ACCOUNTS: Account[] = [
  { code: "sales", name: "매출", nameEn: "Sales", kinds: ["income"] },
  {
    code: "other_income",
    name: "기타수입",
    nameEn: "Other income",
    kinds: ["income"],
  },
  {
    code: "hair_supplies",
    name: "미용재료비",
    nameEn: "Salon supplies",
    kinds: ["expense"],
    costOfGoods: true,
    industries: ["salon"],
  },
  {
    code: "parts",
    name: "부품비",
    nameEn: "Parts",
    kinds: ["expense"],
    costOfGoods: true,
    industries: ["carRepair"],
  },
  {
    code: "ingredients",
    name: "식자재",
    nameEn: "Ingredients",
    kinds: ["expense"],
    costOfGoods: true,
    industries: ["restaurant"],
  },
  {
    code: "optical_goods",
    name: "안경·렌즈 매입",
    nameEn: "Frames and lenses",
    kinds: ["expense"],
    costOfGoods: true,
    industries: ["optician"],
  },
  {
    code: "purchases",
    name: "상품매입",
    nameEn: "Purchases",
    kinds: ["expense"],
    costOfGoods: true,
  },
  { code: "salaries", name: "급료", nameEn: "Salaries", kinds: ["expense"] },
  // The employer's share of 국민연금·건강보험·고용보험 is usually booked as 복리후생비 (건강·고용)
  // or 세금과공과; one account keeps it visible next to 급료.
  {
    code: "insurance_employer",
    name: "4대보험 사업주부담",
    nameEn: "Employer social insurance",
    kinds: ["expense"],
  },
  {
    code: "taxes_dues",
    name: "제세공과금",
    nameEn: "Taxes and dues",
    kinds: ["expense"],
  },
  { code: "rent", name: "임차료", nameEn: "Rent", kinds: ["expense"] },
  {
    code: "interest",
    name: "지급이자",
    nameEn: "Interest",
    kinds: ["expense"],
  },
  {
    code: "entertainment",
    name: "접대비",
    nameEn: "Entertainment",
    kinds: ["expense"],
    vatDeductible: false,
  },
  {
    code: "donations",
    name: "기부금",
    nameEn: "Donations",
    kinds: ["expense"],
  },
  {
    code: "depreciation",
    name: "감가상각비",
    nameEn: "Depreciation",
    kinds: ["expense"],
  },
  {
    code: "vehicle",
    name: "차량유지비",
    nameEn: "Vehicle upkeep",
    kinds: ["expense"],
  },
  { code: "fees", name: "지급수수료", nameEn: "Fees", kinds: ["expense"] },
  {
    code: "supplies",
    name: "소모품비",
    nameEn: "Supplies",
    kinds: ["expense"],
  },
  {
    code: "welfare",
    name: "복리후생비",
    nameEn: "Staff welfare",
    kinds: ["expense"],
  },
  { code: "freight", name: "운반비", nameEn: "Freight", kinds: ["expense"] },
  {
    code: "advertising",
    name: "광고선전비",
    nameEn: "Advertising",
    kinds: ["expense"],
  },
  { code: "travel", name: "여비교통비", nameEn: "Travel", kinds: ["expense"] },
  {
    code: "communication",
    name: "통신비",
    nameEn: "Communication",
    kinds: ["expense"],
  },
  {
    code: "utilities",
    name: "수도광열비",
    nameEn: "Utilities",
    kinds: ["expense"],
  },
  {
    code: "insurance",
    name: "보험료",
    nameEn: "Insurance",
    kinds: ["expense"],
  },
  { code: "repairs", name: "수선비", nameEn: "Repairs", kinds: ["expense"] },
  { code: "other_expense", name: "기타", nameEn: "Other", kinds: ["expense"] },
  { code: "equipment", name: "비품", nameEn: "Equipment", kinds: ["asset"] },
  { code: "fixtures", name: "시설장치", nameEn: "Fixtures", kinds: ["asset"] },
  // 비영업용 소형승용차: its input VAT is not deductible (부가가치세법 §39①5).
  {
    code: "vehicles",
    name: "차량운반구",
    nameEn: "Vehicles",
    kinds: ["asset"],
    vatDeductible: false,
  },
  {
    code: "other_asset",
    name: "기타자산",
    nameEn: "Other assets",
    kinds: ["asset"],
  },
];

const BY_CODE = new Map(ACCOUNTS.map((a) => [a.code, a]));

export const accountByCode = (code: string) => BY_CODE.get(code);
export const isAccount = (code: string) => BY_CODE.has(code);

/** The accounts of a kind, the industry's own first (a salon sees 미용재료비 first). */
export function accountsFor(industry: Industry, kind: EntryKind): Account[] {
  return ACCOUNTS.filter(
    (a) =>
      a.kinds.includes(kind) &&
      (!a.industries || a.industries.includes(industry)),
  ).sort((a, b) => Number(!!b.industries) - Number(!!a.industries));
}

export const defaultAccount = (industry: Industry, kind: EntryKind) =>
  accountsFor(industry, kind)[0].code;
