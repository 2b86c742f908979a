// 간편장부 계정과목 (DOMAIN-KR §4: the usual expense accounts of the NTS 간편장부 작성요령 ⚠), with the
// industry's own material account first. Codes are stable ASCII (stored in entries and month
// totals, never renamed); names are what the books show.
import type { Industry } from "../auth/schema";
import type { EntryKind } from "./types";

export interface Account {
  code: string;
  name: string;
  nameEn: string;
  kinds: EntryKind[];
  /**
   * Input VAT on this account is deductible by default (부가가치세법 §38). False: 접대비 and
   * 비영업용 소형승용차 (§39①5·6). Meaningless for income.
   */
  vatDeductible: boolean;
  /** Purchases of goods and materials: they make 매출원가 with the opening and closing stock. */
  costOfGoods?: boolean;
  /** Income that is no supply of goods or services (이자, 보조금 …): outside the VAT reports. */
  vatSupply?: false;
  /** The industries whose own account this is: listed first for them. */
  industries?: Industry[];
  /** Shown only to those industries (a salon has no use for 부품비). */
  industryOnly?: true;
  /** The 간편장부 line (account code) it is filed under when that differs from its own. */
  reportAs?: string;
}

type Extra = Partial<Omit<Account, "code" | "name" | "nameEn" | "kinds">>;
const income = (code: string, name: string, nameEn: string, x: Extra = {}) =>
  account(code, name, nameEn, "income", x);
const expense = (code: string, name: string, nameEn: string, x: Extra = {}) =>
  account(code, name, nameEn, "expense", x);
const asset = (code: string, name: string, nameEn: string, x: Extra = {}) =>
  account(code, name, nameEn, "asset", x);
function account(
  code: string,
  name: string,
  nameEn: string,
  kind: EntryKind,
  x: Extra,
): Account {
  return { code, name, nameEn, kinds: [kind], vatDeductible: true, ...x };
}
const material = (
  code: string,
  name: string,
  nameEn: string,
  industry: Industry,
) =>
  expense(code, name, nameEn, {
    costOfGoods: true,
    industries: [industry],
    industryOnly: true,
  });

export const ACCOUNTS: Account[] = [
  income("sales", "매출", "Sales"),
  // 이자·보조금·잡이익: not a supply (부가가치세법 §4), so outside 과세표준 unless VAT was charged.
  income("other_income", "기타수입", "Other income", { vatSupply: false }),

  material("hair_supplies", "미용재료비", "Salon supplies", "salon"),
  material("parts", "부품비", "Parts", "carRepair"),
  material("ingredients", "식자재", "Ingredients", "restaurant"),
  material("optical_goods", "안경·렌즈 매입", "Frames and lenses", "optician"),
  // Every shop may resell goods; for a store it is the main purchase account.
  expense("purchases", "상품매입", "Purchases", {
    costOfGoods: true,
    industries: ["retail"],
  }),
  expense("salaries", "급료", "Salaries"),
  // The employer's share of 국민연금·건강(장기요양)·고용·산재보험 arrives as one monthly bill from
  // the 사회보험 징수 통합 and is a cost of employing staff, so it is filed under 복리후생비, the
  // usual home of the employer's 건강·고용보험 share (세금과공과 would split the same bill in two;
  // the 필요경비 is the same either way). Its own account keeps it visible next to 급료.
  expense(
    "insurance_employer",
    "4대보험 사업주부담",
    "Employer social insurance",
    {
      reportAs: "welfare",
    },
  ),
  expense("taxes_dues", "제세공과금", "Taxes and dues"),
  expense("rent", "임차료", "Rent"),
  expense("interest", "지급이자", "Interest"),
  // 부가가치세법 §39①6: 기업업무추진비(접대비) 관련 매입세액은 불공제.
  expense("entertainment", "접대비", "Entertainment", { vatDeductible: false }),
  expense("donations", "기부금", "Donations"),
  expense("depreciation", "감가상각비", "Depreciation"),
  // ⚠ Upkeep of a 비영업용 소형승용차 is not deductible either (§39①5); a van, truck or 경차 is.
  // Kept deductible by default here; an entry for a passenger car needs the flag off.
  expense("vehicle", "차량유지비", "Vehicle upkeep"),
  expense("fees", "지급수수료", "Fees"),
  expense("supplies", "소모품비", "Supplies"),
  expense("welfare", "복리후생비", "Staff welfare"),
  expense("freight", "운반비", "Freight"),
  expense("advertising", "광고선전비", "Advertising"),
  expense("travel", "여비교통비", "Travel"),
  expense("communication", "통신비", "Communication"),
  expense("utilities", "수도광열비", "Utilities"),
  expense("insurance", "보험료", "Insurance"),
  expense("repairs", "수선비", "Repairs"),
  expense("other_expense", "기타", "Other"),

  asset("equipment", "비품", "Equipment"),
  asset("fixtures", "시설장치", "Fixtures"),
  // 부가가치세법 §39①5: 비영업용 소형승용차 (구입·임차·유지) 매입세액 불공제. The usual shop car is
  // one; a truck, van or 경차 (≤ 1,000cc) is deductible and needs the flag on.
  asset("vehicles", "차량운반구", "Vehicles", { vatDeductible: false }),
  asset("other_asset", "기타자산", "Other assets"),
];

const BY_CODE = new Map(ACCOUNTS.map((a) => [a.code, a]));

export const accountByCode = (code: string): Account | undefined =>
  BY_CODE.get(code);
export const isAccount = (code: string): boolean => BY_CODE.has(code);

/** The accounts of a kind, the industry's own first (a salon sees 미용재료비 first). */
export function accountsFor(industry: Industry, kind: EntryKind): Account[] {
  const own = (a: Account) => !!a.industries?.includes(industry);
  const usable = ACCOUNTS.filter(
    (a) => a.kinds.includes(kind) && (!a.industryOnly || own(a)),
  );
  return [...usable.filter(own), ...usable.filter((a) => !own(a))];
}

/** The account a new entry of this kind starts with. */
export const defaultAccount = (industry: Industry, kind: EntryKind): string =>
  accountsFor(industry, kind)[0].code;
