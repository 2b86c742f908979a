import { call, uniqueEmail, type Session } from "./api";

const RRN = "900101-1234567";

export function employeeBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "김미용",
    rrn: RRN,
    hireDate: "2025-03-02",
    payType: "monthly",
    baseMonthly: 2_300_000,
    nonTaxable: { meal: 200_000, car: 0, childcare: 0 },
    family: 1,
    children: 0,
    withholdingRate: 100,
    insurance: { pension: true, health: true, employment: true },
    bankAccount: "국민 123456-01-987654",
    email: uniqueEmail("staff"),
    ...overrides,
  };
}

export async function addEmployee(
  s: Session,
  overrides: Record<string, unknown> = {},
) {
  const res = await call("POST", "/api/payroll/employees", {
    session: s,
    body: employeeBody(overrides),
  });
  if (res.status !== 201) throw new Error(`employee: ${res.text}`);
  return res.json as { id: string; email: string; rrnMasked: string };
}
