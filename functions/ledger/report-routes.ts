import * as v from "valibot";
import type { Hono } from "hono";
import { LedgerReport, StockInput } from "../../core/ledger/report";
import { Month } from "../../core/ledger/schema";
import { validate, type Env } from "../http/app";
import { doc } from "../http/docs";
import { fileDoc, sendFile } from "../http/file";

type Out<S extends v.GenericSchema> = v.InferOutput<S>;

const Year = v.pipe(
  v.string("연도를 YYYY 형식으로 입력해 주세요."),
  v.regex(/^20\d{2}$/, "연도는 2000~2099 사이의 YYYY 형식이어야 합니다."),
  v.transform(Number),
);
const Range = v.object({ from: Month, to: Month });
const VatQuery = v.object({
  period: v.pipe(
    v.string("과세기간을 입력해 주세요. 예: 2026-1"),
    v.regex(
      /^\d{4}(-[12])?$/,
      "과세기간은 2026-1(1기), 2026-2(2기) 또는 2026(간이과세자) 형식입니다.",
    ),
  ),
});
const YearQuery = v.object({ year: Year });
const YearParam = v.object({ year: Year });
const AuditQuery = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, "limit은 1~200 사이의 숫자입니다."),
      v.transform(Number),
      v.minValue(1, "limit은 1 이상입니다."),
      v.maxValue(200, "limit은 200 이하입니다."),
    ),
  ),
});

const Point = v.object({
  month: v.string(),
  income: v.number(),
  expense: v.number(),
  profit: v.number(),
});
const SummaryOut = v.looseObject({
  from: v.string(),
  to: v.string(),
  months: v.array(Point),
  totals: v.looseObject({ income: v.number(), expense: v.number() }),
  accounts: v.array(v.looseObject({ account: v.string(), amount: v.number() })),
});
const VatOut = v.looseObject({ taxType: v.string() });
const StockOut = v.looseObject({
  year: v.number(),
  openingStock: v.number(),
  closingStock: v.number(),
});
const IncomeOut = v.looseObject({
  year: v.number(),
  revenue: v.number(),
  expenseTotal: v.number(),
  income: v.number(),
});
const AuditOut = v.object({
  items: v.array(v.looseObject({ at: v.string(), action: v.string() })),
});

/** Reports and exports: `/api/ledger/reports/…`, `/api/ledger/export.*` (added to the ledger app). */
export function reportRoutes(app: Hono<Env>) {
  return app
    .get(
      "/api/ledger/reports/summary",
      doc(
        "ledger",
        "수입·비용·소득 요약 (월별, 계정별; 월 합계에서 계산, 1년에 12개 항목 읽기)",
        SummaryOut,
      ),
      validate("query", Range),
      async (c) => {
        const q = c.req.valid("query" as never) as Out<typeof Range>;
        return c.json(await LedgerReport.summary(q.from, q.to));
      },
    )
    .get(
      "/api/ledger/reports/vat",
      doc(
        "ledger",
        "부가가치세 예상 (일반과세자: 1기·2기 매출세액·매입세액·불공제·납부세액; 간이과세자: 연간, 업종별 부가가치율)",
        VatOut,
      ),
      validate("query", VatQuery),
      async (c) =>
        c.json(
          await LedgerReport.vatReport(
            (c.req.valid("query" as never) as Out<typeof VatQuery>).period,
          ),
        ),
    )
    .get(
      "/api/ledger/reports/income",
      doc(
        "ledger",
        "연간 총수입금액 및 필요경비 (매출원가 = 기초재고 + 당기매입 − 기말재고)",
        IncomeOut,
      ),
      validate("query", YearQuery),
      async (c) =>
        c.json(
          await LedgerReport.yearIncome(
            (c.req.valid("query" as never) as Out<typeof YearQuery>).year,
          ),
        ),
    )
    .get(
      "/api/ledger/stock/:year",
      doc("ledger", "기초·기말 재고", StockOut),
      validate("param", YearParam),
      async (c) =>
        c.json(
          await LedgerReport.stock(
            (c.req.valid("param" as never) as Out<typeof YearParam>).year,
          ),
        ),
    )
    .put(
      "/api/ledger/stock/:year",
      doc("ledger", "기초·기말 재고 기록 (매출원가 계산용)", StockOut),
      validate("param", YearParam),
      validate("json", StockInput),
      async (c) =>
        c.json(
          await LedgerReport.setStock(
            (c.req.valid("param" as never) as Out<typeof YearParam>).year,
            c.req.valid("json" as never) as Out<typeof StockInput>,
          ),
        ),
    )
    .get(
      "/api/ledger/audit",
      doc("ledger", "장부 변경 기록 (누가, 언제, 무엇을; 최근 순)", AuditOut),
      validate("query", AuditQuery),
      async (c) =>
        c.json({
          items: await LedgerReport.auditTrail(
            (c.req.valid("query" as never) as Out<typeof AuditQuery>).limit,
          ),
        }),
    )
    .get(
      "/api/ledger/export.xlsx",
      fileDoc(
        "ledger",
        "간편장부 엑셀 (국세청 서식 열, 월별 시트 + 요약; 세무사도 내려받기 가능)",
      ),
      validate("query", YearQuery),
      async (c) =>
        sendFile(
          c,
          await LedgerReport.exportYear(
            (c.req.valid("query" as never) as Out<typeof YearQuery>).year,
            "xlsx",
          ),
        ),
    )
    .get(
      "/api/ledger/export.csv",
      fileDoc("ledger", "간편장부 CSV (국세청 서식 열, UTF-8 BOM)"),
      validate("query", YearQuery),
      async (c) =>
        sendFile(
          c,
          await LedgerReport.exportYear(
            (c.req.valid("query" as never) as Out<typeof YearQuery>).year,
            "csv",
          ),
        ),
    );
}
