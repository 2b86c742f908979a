import * as v from "valibot";
import { Auth } from "../../core/auth";
import { SignupInput } from "../../core/auth/schema";
import { ensureTable } from "../../core/db/bootstrap";
import { getItem } from "../../core/db/client";
import { connectLocalData } from "./connect";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import { Payroll } from "../../core/payroll";
import { EmployeeInput } from "../../core/payroll/schema";

// `npm run seed`: a demo salon with an owner login, into the running `npm start` (or .data/ directly).
const DEMO = {
  businessName: "골목헤어 (데모)",
  noBizNo: false,
  bizNo: "120-81-47521",
  ownerName: "김골목",
  industry: "salon",
  email: "demo@golmok.local",
  phone: "010-1234-5678",
  password: "alley-salon-2026",
  privacyConsent: true,
};

// Made-up people; the resident numbers are format-valid examples, not anyone's.
const DEMO_STAFF = [
  {
    name: "박디자",
    rrn: "880315-2000001",
    hireDate: "2023-03-02",
    payType: "monthly",
    baseMonthly: 3_010_000,
    nonTaxable: { meal: 200_000 },
    family: 2,
    children: 1,
    email: "park@golmok.local",
  },
  {
    name: "최헤어",
    rrn: "950720-2000002",
    hireDate: "2024-06-03",
    payType: "monthly",
    baseMonthly: 2_500_000,
    nonTaxable: { meal: 200_000 },
    email: "choi@golmok.local",
  },
  {
    name: "정스텝",
    rrn: "010101-3000003",
    hireDate: "2025-09-01",
    payType: "monthly",
    baseMonthly: 2_156_880,
    email: "jung@golmok.local",
  },
  {
    name: "한알바",
    rrn: "040404-4000004",
    hireDate: "2026-02-01",
    payType: "hourly",
    hourlyWage: 10_320,
    weeklyHours: 20,
    email: "han@golmok.local",
  },
];

const { stop } = await connectLocalData();
await ensureTable();

if (await getItem(Keys.email(DEMO.email))) {
  console.log(`데모 계정이 이미 있습니다: ${DEMO.email} / ${DEMO.password}`);
} else {
  const { tenantId } = await Auth.signup(v.parse(SignupInput, DEMO), "seed", {
    preverified: true,
  });
  // Three stylists and a part-timer, so the payroll page has someone to pay.
  await withActor({ type: "system", tenantId }, async () => {
    for (const e of DEMO_STAFF)
      await Payroll.createEmployee(v.parse(EmployeeInput, e));
  });
  console.log(
    `데모 미용실을 만들었습니다 (직원 ${DEMO_STAFF.length}명 포함).\n  로그인: ${DEMO.email}\n  비밀번호: ${DEMO.password}`,
  );
}
await stop?.();
