// Bank and card statements (pure, no I/O): find the header row under a bank's preamble, recognise
// the columns from their Korean names, and turn each line into a dated, signed amount.
//
// Card statements: every line is an expense with evidence 카드; a cancellation (a negative amount,
// or 취소 in the 승인구분/취소여부 column) becomes a negative expense — the reversal of the purchase —
// so the month's totals net it out exactly as the card company does. Bank statements: withdrawals
// are 비용, deposits 수입; the evidence is the owner's choice (default 없음).
import * as v from "valibot";
import { isoDate } from "../validation";
import { LEN, MAX_AMOUNT } from "./schema";
import { ENTRY_KINDS, EVIDENCES, type EntryKind } from "./types";

export const STATEMENT_FIELDS = [
  "date",
  "description",
  "counterparty",
  "withdrawal",
  "deposit",
  "amount",
  "memo",
  "cancel",
  "direction",
] as const;
export type StatementField = (typeof STATEMENT_FIELDS)[number];
export const STATEMENT_FIELD_LABEL: Record<StatementField, string> = {
  date: "거래일자",
  description: "거래내용",
  counterparty: "거래처",
  withdrawal: "출금액",
  deposit: "입금액",
  amount: "금액",
  memo: "메모(비고)",
  cancel: "취소 구분",
  direction: "입출금 구분",
};

export type StatementType = "card" | "bank";

export interface Mapping {
  type: StatementType;
  /** 0-based index of the header row in the file (bank exports put a preamble above it). */
  headerRow: number;
  /** 0-based column of each field; date and an amount (or withdrawal/deposit) are required. */
  columns: Partial<Record<StatementField, number>>;
}

export const MAX_STATEMENT_ROWS = 20_000;
export const TEXT_LIMIT = LEN;
/** Rows per import request: ~150 KB of JSON, well under the 1 MB body limit. */
export const IMPORT_CHUNK = 500;

// Column names as Korean banks and card companies write them, best first.
const SYNONYMS: Record<StatementField, string[]> = {
  date: [
    "거래일시",
    "거래일자",
    "거래일",
    "거래날짜",
    "이용일시",
    "이용일자",
    "이용일",
    "승인일시",
    "승인일자",
    "승인일",
    "매출일자",
    "매출일",
    "사용일자",
    "사용일",
    "일자",
    "날짜",
    "date",
  ],
  description: [
    "가맹점명",
    "이용가맹점",
    "이용가맹점명",
    "가맹점",
    "이용처",
    "사용처",
    "기재내용",
    "거래내용",
    "내용",
    "적요",
    "description",
    "merchant",
  ],
  counterparty: [
    "거래처",
    "거래상대",
    "상대방",
    "받는분",
    "보낸분",
    "보낸분받는분",
    "받는분보낸분",
    "의뢰인수취인",
    "의뢰인",
    "수취인",
    "예금주",
    "counterparty",
  ],
  withdrawal: [
    "출금액",
    "출금금액",
    "출금",
    "찾으신금액",
    "지급금액",
    "지급액",
    "인출금액",
    "withdrawal",
  ],
  deposit: ["입금액", "입금금액", "입금", "맡기신금액", "예입금액", "deposit"],
  amount: [
    "이용금액",
    "승인금액",
    "결제금액",
    "매출금액",
    "거래금액",
    "금액",
    "amount",
  ],
  memo: [
    "메모",
    "비고",
    "기록사항",
    "송금메모",
    "거래점",
    "취급점",
    "memo",
    "note",
  ],
  cancel: ["취소여부", "취소구분", "승인구분", "매출구분", "상태"],
  direction: ["입출금구분", "입출구분", "거래구분", "입지구분", "구분"],
};

export const normHeader = (h: string) =>
  h.replace(/[\s_()[\]·.:/\-*]/g, "").toLowerCase();

const INDEX = new Map<string, { field: StatementField; rank: number }[]>();
for (const field of STATEMENT_FIELDS)
  SYNONYMS[field].forEach((name, rank) => {
    const k = normHeader(name);
    INDEX.set(k, [...(INDEX.get(k) ?? []), { field, rank }]);
  });

/** Columns recognised from a header row, each field to its best-named column. */
export function detectColumns(header: string[]): Mapping["columns"] {
  const best = new Map<StatementField, { col: number; rank: number }>();
  const used = new Set<number>();
  const candidates: { field: StatementField; col: number; rank: number }[] = [];
  header.forEach((h, col) => {
    for (const c of INDEX.get(normHeader(h)) ?? [])
      candidates.push({ ...c, col });
  });
  candidates.sort((a, b) => a.rank - b.rank);
  for (const c of candidates) {
    if (used.has(c.col) || best.has(c.field)) continue;
    best.set(c.field, { col: c.col, rank: c.rank });
    used.add(c.col);
  }
  return Object.fromEntries([...best].map(([f, b]) => [f, b.col]));
}

const hasAmount = (c: Mapping["columns"]) =>
  c.amount !== undefined ||
  c.withdrawal !== undefined ||
  c.deposit !== undefined;

/** The header row: the line among the first 30 with a date column and an amount column. */
export function detectMapping(rows: string[][]): Mapping | undefined {
  let found: { mapping: Mapping; score: number } | undefined;
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const columns = detectColumns(rows[r]);
    if (columns.date === undefined || !hasAmount(columns)) continue;
    const score = Object.keys(columns).length;
    if (!found || score > found.score)
      found = {
        mapping: { type: guessType(rows[r], columns), headerRow: r, columns },
        score,
      };
  }
  return found?.mapping;
}

function guessType(header: string[], c: Mapping["columns"]): StatementType {
  if (c.withdrawal !== undefined || c.deposit !== undefined) return "bank";
  const text = header.map(normHeader).join("|");
  return /잔액|입금|출금|통장|계좌/.test(text) ? "bank" : "card";
}

/** Which mapping problems stop a preview (field → Korean message). */
export function mappingIssues(
  m: Mapping,
  width: number,
): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  for (const [f, col] of Object.entries(m.columns))
    if (col !== undefined && (col < 0 || col >= width))
      issues.push({
        field: `mapping.columns.${f}`,
        message: `${STATEMENT_FIELD_LABEL[f as StatementField]} 열이 파일에 없습니다.`,
      });
  if (m.columns.date === undefined)
    issues.push({
      field: "mapping.columns.date",
      message: "거래일자 열을 골라 주세요.",
    });
  if (m.type === "card" && m.columns.amount === undefined)
    issues.push({
      field: "mapping.columns.amount",
      message: "카드 내역은 이용금액(금액) 열을 골라 주세요.",
    });
  if (m.type === "bank" && !hasAmount(m.columns))
    issues.push({
      field: "mapping.columns.withdrawal",
      message: "통장 내역은 출금·입금 열(또는 금액 열)을 골라 주세요.",
    });
  return issues;
}

// --- values --------------------------------------------------------------------------------------

const validDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return (
    dt.getUTCFullYear() === y &&
    dt.getUTCMonth() === m - 1 &&
    dt.getUTCDate() === d &&
    y >= 2000 &&
    y <= 2100
  );
};
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The dates banks and card companies write: 2026.11.03, 2026-11-03 13:22, 2026/11/03, 20261103,
 * 20261103132200, 26/11/03, 26.11.03, 2026년 11월 3일, an Excel serial day (46329). YYYY-MM-DD or
 * undefined.
 */
export function parseDate(raw: string): string | undefined {
  const s = raw.trim();
  let m =
    /^(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?(?:[\sT].*)?$/.exec(
      s,
    );
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? iso(y, mo, d) : undefined;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6}|[\sT].*)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? iso(y, mo, d) : undefined;
  }
  m = /^(\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?(?:\s.*)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? iso(y, mo, d) : undefined;
  }
  // Excel's serial day (1900 date system; 25569 = 1970-01-01), when a date cell lost its format.
  m = /^(\d{5})(?:\.\d+)?$/.exec(s);
  if (m) {
    const dt = new Date((Number(m[1]) - 25569) * 86_400_000);
    const [y, mo, d] = [
      dt.getUTCFullYear(),
      dt.getUTCMonth() + 1,
      dt.getUTCDate(),
    ];
    return validDate(y, mo, d) ? iso(y, mo, d) : undefined;
  }
  return undefined;
}

/**
 * Whole won from what statements print: 1,234,567 / ₩4,500 / 4,500원 / -4,500 / (4,500) / △4,500
 * (the accountant's minus) / 4500.00. Empty → 0; not a whole number of won → undefined.
 */
export function parseAmount(raw: string): number | undefined {
  let s = raw.replace(/[\s,₩\\]|원|KRW/gi, "");
  if (s === "" || s === "-") return 0;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1];
  }
  if (/^[-△▲−]/.test(s)) {
    sign = -sign;
    s = s.slice(1);
  } else if (/-$/.test(s)) {
    sign = -sign;
    s = s.slice(0, -1);
  } else if (s.startsWith("+")) s = s.slice(1);
  const m = /^(\d+)(?:\.0*)?$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isSafeInteger(n)) return undefined;
  return sign * n || 0;
}

// --- rows ----------------------------------------------------------------------------------------

export interface StatementRow {
  /** Position among the statement's lines (0-based): with the file's hash, the entry's identity. */
  index: number;
  /** Line number in the file (1-based), for messages. */
  line: number;
  date: string;
  description: string;
  counterparty: string;
  /** Won paid (expense) or received (income); negative for a card cancellation. */
  amount: number;
  kind: Extract<EntryKind, "income" | "expense">;
  note: string;
  /** Why this line cannot be imported (bad date, no amount …). */
  error?: string;
}

const clip = (s: string, n: number) =>
  s.replace(/\s+/g, " ").trim().slice(0, n);

/**
 * The statement's lines under the header. A line without a date and without an amount (a blank
 * line, a 합계 line, a footer) is not a transaction and is left out; a line with a date that does
 * not read, or an amount that is not whole won, is kept with its error so the preview can show it.
 */
export function statementRows(rows: string[][], m: Mapping): StatementRow[] {
  const out: StatementRow[] = [];
  const cell = (r: string[], f: StatementField) =>
    m.columns[f] === undefined ? "" : (r[m.columns[f]!] ?? "").trim();
  for (let i = m.headerRow + 1; i < rows.length; i++) {
    const r = rows[i];
    const rawDate = cell(r, "date");
    const raws = (["amount", "withdrawal", "deposit"] as const).map((f) =>
      cell(r, f),
    );
    if (!rawDate && raws.every((x) => !x)) continue;
    if (/^(합계|총계|소계|총\s*\d+\s*건)/.test(rawDate)) continue;
    const description = clip(cell(r, "description"), TEXT_LIMIT.description);
    const row: StatementRow = {
      index: out.length,
      line: i + 1,
      date: "",
      description,
      counterparty: clip(
        cell(r, "counterparty") || description,
        TEXT_LIMIT.counterparty,
      ),
      amount: 0,
      kind: "expense",
      note: clip(cell(r, "memo"), TEXT_LIMIT.note),
    };
    out.push(row);
    const date = parseDate(rawDate);
    if (!date) {
      row.error = rawDate
        ? `날짜 '${rawDate.slice(0, 20)}'을(를) 읽을 수 없습니다.`
        : "날짜가 비어 있습니다.";
      continue;
    }
    row.date = date;
    const [amount, withdrawal, deposit] = raws.map(parseAmount);
    if ([amount, withdrawal, deposit].includes(undefined)) {
      row.error = "금액이 원 단위 숫자가 아닙니다.";
      continue;
    }
    if (m.type === "card") {
      const cancelled = /취소/.test(cell(r, "cancel"));
      row.amount = cancelled ? -Math.abs(amount!) : amount!;
      row.kind = "expense";
    } else if (
      m.columns.withdrawal !== undefined ||
      m.columns.deposit !== undefined
    ) {
      if (withdrawal && deposit) {
        row.error = "출금과 입금이 한 줄에 함께 있습니다.";
        continue;
      }
      row.kind = deposit ? "income" : "expense";
      row.amount = Math.abs(deposit || withdrawal || 0);
    } else {
      // One 금액 column: a 입금/출금 column says which, else the sign does (negative = 출금).
      const direction = cell(r, "direction");
      row.kind = /입금|입|수입/.test(direction)
        ? "income"
        : /출금|출|지급|지출/.test(direction)
          ? "expense"
          : amount! > 0
            ? "income"
            : "expense";
      row.amount = Math.abs(amount!);
    }
    if (!row.amount) row.error = "금액이 없습니다.";
    else if (Math.abs(row.amount) > MAX_AMOUNT)
      row.error = "금액이 1,000억 원을 넘습니다.";
  }
  return out;
}

/** Same date, amount and description (how duplicates are recognised). */
export const duplicateKey = (
  date: string,
  total: number,
  description: string,
) => `${date}|${total}|${description.replace(/\s+/g, " ").trim()}`;

// --- API inputs ----------------------------------------------------------------------------------

const column = v.optional(
  v.pipe(
    v.number("열 번호는 숫자입니다."),
    v.integer("열 번호는 정수입니다."),
    v.minValue(0, "열 번호가 올바르지 않습니다."),
    v.maxValue(199, "열 번호가 올바르지 않습니다."),
  ),
);
export const MappingInput = v.object({
  type: v.picklist(["card", "bank"], "카드 또는 통장 내역을 골라 주세요."),
  headerRow: v.pipe(
    v.number("제목 줄 번호는 숫자입니다."),
    v.integer("제목 줄 번호는 정수입니다."),
    v.minValue(0, "제목 줄 번호가 올바르지 않습니다."),
    v.maxValue(29, "제목 줄은 파일의 처음 30줄 안에 있어야 합니다."),
  ),
  columns: v.object(
    Object.fromEntries(STATEMENT_FIELDS.map((f) => [f, column])) as Record<
      StatementField,
      typeof column
    >,
  ),
});

export const PreviewInput = v.object({
  filename: v.pipe(
    v.string("파일 이름이 필요합니다."),
    v.nonEmpty("파일 이름이 필요합니다."),
    v.maxLength(200, "파일 이름이 너무 깁니다."),
  ),
  /** The file, base64; `gzip` when the browser compressed it first (a 10,000-line CSV fits in 1 MB). */
  base64: v.pipe(
    v.string("파일 내용이 필요합니다."),
    v.nonEmpty("파일이 비어 있습니다."),
    v.maxLength(1_040_000, "파일이 너무 큽니다."),
  ),
  gzip: v.optional(v.boolean(), false),
  mapping: v.optional(MappingInput),
  /** 통장 내역's evidence for every line (default 없음, or what was chosen last time). */
  evidence: v.optional(v.picklist(EVIDENCES, "증빙을 골라 주세요.")),
});
export type PreviewInput = v.InferOutput<typeof PreviewInput>;

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
export const ImportRow = v.variant("include", [
  v.object({
    index,
    include: v.literal(false),
    /** duplicate: an existing entry has the same date, amount and description; invalid: unreadable. */
    reason: v.picklist(["duplicate", "excluded", "invalid"]),
  }),
  v.object({
    index,
    include: v.literal(true),
    line: v.optional(index),
    date: isoDate("일자"),
    description: v.pipe(v.string(), v.maxLength(LEN.description)),
    counterparty: v.pipe(v.string(), v.maxLength(LEN.counterparty)),
    amount: v.pipe(
      v.number("금액은 숫자여야 합니다."),
      v.integer("금액은 원 단위 정수여야 합니다."),
      v.minValue(-MAX_AMOUNT, "금액은 1,000억 원 이하여야 합니다."),
      v.maxValue(MAX_AMOUNT, "금액은 1,000억 원 이하여야 합니다."),
      v.check((n) => n !== 0, "금액이 0원입니다."),
    ),
    kind: v.picklist(ENTRY_KINDS, "구분(수입·비용·자산)을 골라 주세요."),
    account: v.pipe(
      v.string(),
      v.nonEmpty("계정과목을 골라 주세요."),
      v.maxLength(40),
    ),
    evidence: v.picklist(EVIDENCES, "증빙을 골라 주세요."),
    note: v.optional(v.pipe(v.string(), v.maxLength(LEN.note)), ""),
  }),
]);
export type ImportRow = v.InferOutput<typeof ImportRow>;

export const ChunkInput = v.pipe(
  v.object({
    /** The file's SHA-256 (from the preview): the import's identity. */
    id: v.pipe(
      v.string(),
      v.regex(/^[0-9a-f]{64}$/, "가져오기 ID 형식이 올바르지 않습니다."),
    ),
    filename: v.pipe(v.string(), v.maxLength(200)),
    total: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1),
      v.maxValue(
        MAX_STATEMENT_ROWS,
        "한 번에 20,000줄까지 가져올 수 있습니다.",
      ),
    ),
    start: index,
    rows: v.pipe(
      v.array(ImportRow),
      v.minLength(1, "가져올 줄이 없습니다."),
      v.maxLength(
        IMPORT_CHUNK,
        `한 요청에 ${IMPORT_CHUNK}줄까지 보낼 수 있습니다.`,
      ),
    ),
  }),
  v.forward(
    v.check(
      (c) =>
        c.start + c.rows.length <= c.total &&
        c.rows.every((r, i) => r.index === c.start + i),
      "줄 번호가 처음부터 차례대로 이어져야 합니다.",
    ),
    ["rows"],
  ),
);
export type ChunkInput = v.InferOutput<typeof ChunkInput>;
