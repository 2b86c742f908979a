import * as v from "valibot";

// Valibot's built-in messages are English ("Invalid key: …"). Every schema here gives its own
// Korean message; this covers what none can: a missing key, an unexpected type deep in a value.
v.setGlobalMessage(
  (issue) =>
    issue.received === "undefined"
      ? "필수 항목입니다."
      : "입력 형식이 올바르지 않습니다.",
  undefined,
);

// Field schemas every module's forms share, with their Korean messages.

/** Trimmed, required, at most `max` characters. */
export const requiredText = (label: string, max: number) =>
  v.pipe(
    v.string(`${label}을(를) 입력해 주세요.`),
    v.trim(),
    v.nonEmpty(`${label}을(를) 입력해 주세요.`),
    v.maxLength(max, `${label}은(는) ${max}자 이하로 입력해 주세요.`),
  );

/** Trimmed, may be empty (the default), at most `max` characters. */
export const optionalText = (label: string, max: number) =>
  v.optional(
    v.pipe(
      v.string(`${label}은(는) 문자열이어야 합니다.`),
      v.trim(),
      v.maxLength(max, `${label}은(는) ${max}자 이하로 입력해 주세요.`),
    ),
    "",
  );

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = (label: string) =>
  v.pipe(
    v.string(`${label}을(를) 입력해 주세요.`),
    v.regex(
      /^\d{4}-\d{2}-\d{2}$/,
      `${label}은(는) YYYY-MM-DD 형식이어야 합니다.`,
    ),
    v.check(
      (s) =>
        !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      `${label}이(가) 올바른 날짜가 아닙니다.`,
    ),
  );
