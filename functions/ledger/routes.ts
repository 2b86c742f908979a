import * as v from "valibot";
import type { Context } from "hono";
import { Ledger } from "../../core/ledger";
import { EntryInput, EntryQuery, Month } from "../../core/ledger/schema";
import { isoDate } from "../../core/validation";
import { createModuleApp, validate } from "../http/app";
import { doc, Ok } from "../http/docs";
import { importRoutes } from "./import-routes";
import { reportRoutes } from "./report-routes";

type Out<S extends v.GenericSchema> = v.InferOutput<S>;

const EntryId = v.object({
  id: v.pipe(
    v.string(),
    v.regex(
      /^le_\d{6}_[0-9a-z]{26}$/,
      "장부 항목 ID 형식이 올바르지 않습니다.",
    ),
  ),
});
const MonthParam = v.object({ month: Month });
const Range = v.object({ from: Month, to: Month });
const ReverseInput = v.object({ date: isoDate("정정 일자") });

const EntryOut = v.looseObject({
  id: v.string(),
  date: v.string(),
  account: v.string(),
  kind: v.string(),
  amount: v.number(),
  vat: v.number(),
});
const MonthOut = v.looseObject({
  month: v.string(),
  cells: v.array(v.looseObject({ account: v.string() })),
});

const entryId = (c: Context) =>
  (c.req.valid("param" as never) as Out<typeof EntryId>).id;

const entries = createModuleApp("ledger")
  .get(
    "/api/ledger/entries",
    doc(
      "ledger",
      "간편장부 한 달 (일자순, 누적 소득; 계정·구분·증빙·거래처로 거르기)",
      v.looseObject({ month: v.string(), entries: v.array(EntryOut) }),
    ),
    validate("query", EntryQuery),
    async (c) =>
      c.json(
        await Ledger.list(
          c.req.valid("query" as never) as Out<typeof EntryQuery>,
        ),
      ),
  )
  .post(
    "/api/ledger/entries",
    doc(
      "ledger",
      "장부 기록 (부가세는 과세유형·증빙에 따라 자동 구분)",
      EntryOut,
      201,
    ),
    validate("json", EntryInput),
    async (c) =>
      c.json(
        await Ledger.create(
          c.req.valid("json" as never) as Out<typeof EntryInput>,
        ),
        201,
      ),
  )
  .patch(
    "/api/ledger/entries/:id",
    doc(
      "ledger",
      "장부 항목 고치기 (열린 달만; 자동 기록은 원래 문서에서)",
      EntryOut,
    ),
    validate("param", EntryId),
    validate("json", EntryInput),
    async (c) =>
      c.json(
        await Ledger.update(
          entryId(c),
          c.req.valid("json" as never) as Out<typeof EntryInput>,
        ),
      ),
  )
  .delete(
    "/api/ledger/entries/:id",
    doc("ledger", "장부 항목 지우기 (열린 달만)", Ok),
    validate("param", EntryId),
    async (c) => {
      await Ledger.remove(entryId(c));
      return c.json({ ok: true as const });
    },
  )
  .post(
    "/api/ledger/entries/:id/reverse",
    doc(
      "ledger",
      "정정: 마감된 달의 항목을 열린 달에 반대 금액으로 기록",
      EntryOut,
      201,
    ),
    validate("param", EntryId),
    validate("json", ReverseInput),
    async (c) =>
      c.json(
        await Ledger.reverse(
          entryId(c),
          (c.req.valid("json" as never) as Out<typeof ReverseInput>).date,
        ),
        201,
      ),
  )
  .get(
    "/api/ledger/months",
    doc(
      "ledger",
      "월별 합계와 마감 여부 (계정·구분·증빙별)",
      v.object({ months: v.array(MonthOut) }),
    ),
    validate("query", Range),
    async (c) => {
      const { from, to } = c.req.valid("query" as never) as Out<typeof Range>;
      return c.json({ months: await Ledger.months(from, to) });
    },
  )
  .post(
    "/api/ledger/months/:month/close",
    doc("ledger", "월 마감 (이후 그 달은 읽기 전용)", MonthOut),
    validate("param", MonthParam),
    async (c) =>
      c.json(
        await Ledger.close(
          (c.req.valid("param" as never) as Out<typeof MonthParam>).month,
        ),
      ),
  );

export const ledgerApp = reportRoutes(importRoutes(entries));
