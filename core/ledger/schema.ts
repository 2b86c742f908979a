import * as v from "valibot";
import { isoDate, optionalText } from "../validation";
import { ENTRY_KINDS, EVIDENCES } from "./types";

/** DOMAIN-KR §4 / issue 4: amounts are integer won up to ₩100,000,000,000. */
export const MAX_AMOUNT = 100_000_000_000;

const won = (label: string) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.integer(`${label}은(는) 원 단위 정수여야 합니다.`),
    v.minValue(0, `${label}은(는) 0 이상이어야 합니다.`),
    v.maxValue(MAX_AMOUNT, `${label}은(는) 1,000억 원 이하여야 합니다.`),
  );

export const LEN = { description: 100, counterparty: 60, note: 200 };

/**
 * One line of the 간편장부. `amount` is what was paid or received; without `vat` it is
 * VAT-inclusive and split by the tenant's tax type and the evidence (일반과세자 with a 세금계산서,
 * 카드 or 현금영수증 split; 간이·면세 keep it whole). With `vat`, `amount` is the 공급가액.
 */
export const EntryInput = v.pipe(
  v.object({
    date: isoDate("일자"),
    account: v.pipe(
      v.string("계정과목을 골라 주세요."),
      v.nonEmpty("계정과목을 골라 주세요."),
      v.maxLength(40, "계정과목이 올바르지 않습니다."),
    ),
    kind: v.picklist(ENTRY_KINDS, "구분(수입·비용·자산)을 골라 주세요."),
    description: optionalText("거래내용", LEN.description),
    counterparty: optionalText("거래처", LEN.counterparty),
    amount: v.pipe(won("금액"), v.minValue(1, "금액은 1원 이상이어야 합니다.")),
    vat: v.optional(won("부가세")),
    evidence: v.optional(v.picklist(EVIDENCES, "증빙을 골라 주세요."), "none"),
    /** 일별 매출 합계 (a shop with many small sales records one line a day). */
    dailyTotal: v.optional(
      v.boolean("일별 합계 여부는 true/false 입니다."),
      false,
    ),
    note: optionalText("비고", LEN.note),
  }),
  v.forward(
    v.check(
      (e) => e.vat === undefined || e.vat <= e.amount,
      "부가세가 금액보다 클 수 없습니다.",
    ),
    ["vat"],
  ),
);
export type EntryInput = v.InferOutput<typeof EntryInput>;

export const Month = v.pipe(
  v.string("월을 YYYY-MM 형식으로 입력해 주세요."),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "월은 YYYY-MM 형식이어야 합니다."),
);

export const EntryQuery = v.object({
  month: Month,
  account: v.optional(v.pipe(v.string(), v.maxLength(40))),
  kind: v.optional(v.picklist(ENTRY_KINDS, "구분이 올바르지 않습니다.")),
  evidence: v.optional(v.picklist(EVIDENCES, "증빙이 올바르지 않습니다.")),
  counterparty: v.optional(v.pipe(v.string(), v.maxLength(LEN.counterparty))),
});
export type EntryQuery = v.InferOutput<typeof EntryQuery>;
