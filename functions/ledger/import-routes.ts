import * as v from "valibot";
import type { Hono } from "hono";
import { compress } from "hono/compress";
import { StatementImport } from "../../core/ledger/import";
import { ChunkInput, PreviewInput } from "../../core/ledger/statement";
import { validate, type Env } from "../http/app";
import { doc } from "../http/docs";

type Out<S extends v.GenericSchema> = v.InferOutput<S>;

const ImportId = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{64}$/, "가져오기 ID 형식이 올바르지 않습니다."),
  ),
});

const JobOut = v.looseObject({
  id: v.string(),
  total: v.number(),
  done: v.number(),
  imported: v.number(),
  skipped: v.number(),
  invalid: v.number(),
  refusedCount: v.number(),
  refused: v.array(v.looseObject({ index: v.number(), reason: v.string() })),
  status: v.picklist(["running", "done"]),
});
const PreviewOut = v.looseObject({
  id: v.string(),
  mapping: v.nullable(v.looseObject({ type: v.string() })),
  rows: v.array(
    v.looseObject({
      index: v.number(),
      date: v.string(),
      amount: v.number(),
      duplicate: v.boolean(),
      account: v.string(),
    }),
  ),
});

/** Bank/card statement import: `/api/ledger/imports…` (added to the ledger app). */
export function importRoutes(app: Hono<Env>) {
  return app
    .post(
      "/api/ledger/imports/preview",
      doc(
        "ledger",
        "카드·통장 내역 미리보기 (CSV UTF-8/EUC-KR·XLSX; 열 자동 인식·기억, 중복 표시, 거래처별 계정 추천)",
        PreviewOut,
      ),
      validate("json", PreviewInput),
      // The answer lists every line (~2.5 MB for 10,000): gzip keeps it far under Lambda's 6 MB.
      compress(),
      async (c) =>
        c.json(
          await StatementImport.preview(
            c.req.valid("json" as never) as Out<typeof PreviewInput>,
          ),
        ),
    )
    .post(
      "/api/ledger/imports",
      doc(
        "ledger",
        "카드·통장 내역 가져오기: 한 번에 500줄씩 (이미 가져온 줄은 건너뜀, 마감된 달은 줄마다 거절)",
        JobOut,
      ),
      validate("json", ChunkInput),
      async (c) =>
        c.json(
          await StatementImport.commit(
            c.req.valid("json" as never) as Out<typeof ChunkInput>,
          ),
        ),
    )
    .get(
      "/api/ledger/imports/:id",
      doc("ledger", "가져오기 진행 상황과 결과", JobOut),
      validate("param", ImportId),
      async (c) =>
        c.json(
          await StatementImport.get(
            (c.req.valid("param" as never) as Out<typeof ImportId>).id,
          ),
        ),
    );
}
