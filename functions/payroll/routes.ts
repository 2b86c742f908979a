import * as v from "valibot";
import { Payroll } from "../../core/payroll";
import { EmployeeInput, RunInput } from "../../core/payroll/schema";
import { createModuleApp, validate } from "../http/app";
import { doc } from "../http/docs";
import { describeRoute } from "hono-openapi";

const XLSX =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const Id = (prefix: string, label: string) =>
  v.object({
    id: v.pipe(
      v.string(),
      v.regex(
        new RegExp(`^${prefix}_[0-9a-z]{26}$`),
        `${label} ID 형식이 올바르지 않습니다.`,
      ),
    ),
  });
const EmployeeId = Id("emp", "직원");
const RunId = Id("run", "급여 대장");
const MonthFilter = v.object({
  month: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "월은 YYYY-MM 형식이어야 합니다."),
    ),
  ),
});
const RegisterFile = v.object({
  file: v.pipe(
    v.string(),
    v.regex(
      /^\d{4}(-(0[1-9]|1[0-2]))?\.xlsx$/,
      "파일 이름은 YYYY-MM.xlsx(월) 또는 YYYY.xlsx(연간) 형식이어야 합니다.",
    ),
  ),
});
const PayslipParams = v.object({
  id: RunId.entries.id,
  file: v.pipe(
    v.string(),
    v.regex(
      /^emp_[0-9a-z]{26}\.pdf$/,
      "파일 이름은 <직원ID>.pdf 형식이어야 합니다.",
    ),
  ),
});
const CreateRun = v.object({
  ...RunInput.entries,
  correction: v.optional(v.boolean("정정 여부는 참/거짓이어야 합니다."), false),
});

// Response shapes for the OpenAPI document (what the core returns, masked fields only).
const Employee = v.looseObject({
  id: v.string(),
  name: v.string(),
  rrnMasked: v.string(),
  bankMasked: v.string(),
  payType: v.string(),
});
const Line = v.looseObject({
  employeeId: v.string(),
  gross: v.number(),
  totalDeductions: v.number(),
  net: v.number(),
  warnings: v.array(v.string()),
});
const Run = v.looseObject({
  id: v.string(),
  month: v.string(),
  status: v.string(),
  kind: v.string(),
  lines: v.array(Line),
});
const Preview = v.looseObject({
  month: v.string(),
  lines: v.array(Line),
  totals: v.looseObject({ gross: v.number(), net: v.number() }),
});

export const payrollApp = createModuleApp("payroll")
  .get(
    "/api/payroll/employees",
    doc(
      "payroll",
      "직원 목록 (주민등록번호·계좌는 가린 값만)",
      v.object({ employees: v.array(Employee) }),
    ),
    async (c) => c.json({ employees: await Payroll.listEmployees() }),
  )
  .post(
    "/api/payroll/employees",
    doc("payroll", "직원 등록", Employee, 201),
    validate("json", EmployeeInput),
    async (c) =>
      c.json(
        await Payroll.createEmployee(
          c.req.valid("json") as v.InferOutput<typeof EmployeeInput>,
        ),
        201,
      ),
  )
  .patch(
    "/api/payroll/employees/:id",
    doc(
      "payroll",
      "직원 정보 수정 (주민등록번호·계좌를 비워 두면 기존 값 유지)",
      Employee,
    ),
    validate("param", EmployeeId),
    validate("json", EmployeeInput),
    async (c) =>
      c.json(
        await Payroll.updateEmployee(
          (c.req.valid("param") as v.InferOutput<typeof EmployeeId>).id,
          c.req.valid("json") as v.InferOutput<typeof EmployeeInput>,
        ),
      ),
  )
  .post(
    "/api/payroll/preview",
    doc("payroll", "급여 미리 계산 (저장하지 않음)", Preview),
    validate("json", RunInput),
    async (c) =>
      c.json(
        await Payroll.preview(
          c.req.valid("json") as v.InferOutput<typeof RunInput>,
        ),
      ),
  )
  .get(
    "/api/payroll/runs",
    doc(
      "payroll",
      "급여 대장 목록",
      v.object({ runs: v.array(v.looseObject({ id: v.string() })) }),
    ),
    validate("query", MonthFilter),
    async (c) =>
      c.json({
        runs: await Payroll.listRuns(
          (c.req.valid("query") as v.InferOutput<typeof MonthFilter>).month,
        ),
      }),
  )
  .post(
    "/api/payroll/runs",
    doc("payroll", "급여 대장 만들기 (초안; 확정한 달은 정정만)", Run, 201),
    validate("json", CreateRun),
    async (c) =>
      c.json(
        await Payroll.createRun(
          c.req.valid("json") as v.InferOutput<typeof CreateRun>,
        ),
        201,
      ),
  )
  .get(
    "/api/payroll/runs/:id",
    doc("payroll", "급여 대장", Run),
    validate("param", RunId),
    async (c) =>
      c.json(
        await Payroll.getRun(
          (c.req.valid("param") as v.InferOutput<typeof RunId>).id,
        ),
      ),
  )
  .post(
    "/api/payroll/runs/:id/confirm",
    doc("payroll", "급여 확정 (명세서 메일 발송, 이후 수정 불가)", Run),
    validate("param", RunId),
    async (c) =>
      c.json(
        await Payroll.confirmRun(
          (c.req.valid("param") as v.InferOutput<typeof RunId>).id,
        ),
      ),
  )
  .get(
    "/api/payroll/runs/:id/payslips/:file",
    describeRoute({
      tags: ["payroll"],
      summary: "임금명세서 PDF (<직원ID>.pdf)",
      responses: {
        200: {
          description: "PDF",
          content: {
            "application/pdf": { schema: { type: "string", format: "binary" } },
          },
        },
      },
    }),
    validate("param", PayslipParams),
    async (c) => {
      const { id, file } = c.req.valid("param") as v.InferOutput<
        typeof PayslipParams
      >;
      const { filename, body } = await Payroll.payslipPdf(
        id,
        file.replace(/\.pdf$/, ""),
      );
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="payslip.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    },
  )
  .get(
    "/api/payroll/registers/:file",
    describeRoute({
      tags: ["payroll"],
      summary:
        "급여대장·원천세 요약 (YYYY-MM.xlsx) 또는 근로자별 연간 합계 (YYYY.xlsx) 엑셀; 세무사도 내려받기 가능",
      responses: {
        200: {
          description: "xlsx",
          content: { [XLSX]: { schema: { type: "string", format: "binary" } } },
        },
      },
    }),
    validate("param", RegisterFile),
    async (c) => {
      const period = (
        c.req.valid("param") as v.InferOutput<typeof RegisterFile>
      ).file.replace(/\.xlsx$/, "");
      const { filename, body } =
        period.length === 4
          ? await Payroll.yearlyRegister(period)
          : await Payroll.register(period);
      return c.body(new Uint8Array(body), 200, {
        "content-type": XLSX,
        "content-disposition": `attachment; filename="register-${period}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    },
  );
