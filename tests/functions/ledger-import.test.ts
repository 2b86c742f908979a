// Bank/card statement import through the API, against DynamoDB Local: the mapping remembered per
// layout, duplicates and account suggestions in the preview, a 10,000-line import in chunks whose
// month totals equal its entries, an interrupted import re-run without doubling, closed months
// refused per line, bad files refused with a code, and who may do what.
import { randomBytes, randomInt } from "node:crypto";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { members } from "../support/members";
import { kstDate, kstMonth } from "../../core/time";

interface Row {
  index: number;
  line: number;
  date: string;
  description: string;
  counterparty: string;
  amount: number;
  kind: string;
  account: string;
  evidence: string;
  note: string;
  duplicate: boolean;
  suggested: boolean;
  closed: boolean;
  error?: string;
}

const preview = async (
  s: Session,
  filename: string,
  bytes: Buffer,
  extra: Record<string, unknown> = {},
) =>
  call("POST", "/api/ledger/imports/preview", {
    session: s,
    body: { filename, base64: bytes.toString("base64"), ...extra },
  });

/** What the page sends: every line, duplicates and unreadable lines left out. */
const lines = (rows: Row[]) =>
  rows.map((r) =>
    r.error
      ? { index: r.index, include: false, reason: "invalid" }
      : r.duplicate
        ? { index: r.index, include: false, reason: "duplicate" }
        : {
            index: r.index,
            include: true,
            line: r.line,
            date: r.date,
            description: r.description,
            counterparty: r.counterparty,
            amount: r.amount,
            kind: r.kind,
            account: r.account,
            evidence: r.evidence,
            note: r.note,
          },
  );

async function importAll(
  s: Session,
  p: { id: string; filename: string; rows: Row[] },
  opts: { chunk?: number; chunks?: number } = {},
) {
  const all = lines(p.rows);
  const size = opts.chunk ?? 500;
  let last: { status: number; json: any } | undefined;
  for (let start = 0, n = 0; start < all.length; start += size, n++) {
    if (opts.chunks !== undefined && n >= opts.chunks) break;
    last = await call("POST", "/api/ledger/imports", {
      session: s,
      body: {
        id: p.id,
        filename: p.filename,
        total: all.length,
        start,
        rows: all.slice(start, start + size),
      },
    });
    expect(last.status, JSON.stringify(last.json)).toBe(200);
  }
  return last!.json;
}

const monthView = async (s: Session, month: string) =>
  (await call("GET", `/api/ledger/entries?month=${month}`, { session: s }))
    .json;
const monthCells = async (s: Session, from: string, to: string) =>
  (
    await call("GET", `/api/ledger/months?from=${from}&to=${to}`, {
      session: s,
    })
  ).json.months as {
    month: string;
    cells: { n: number; amount: number; vat: number }[];
  }[];

/** The month totals equal the sum of the month's entries, line by line. */
async function expectTotalsMatch(s: Session, months: string[]) {
  const cells = await monthCells(s, months[0], months.at(-1)!);
  for (const m of cells) {
    const es = (await monthView(s, m.month)).entries as {
      amount: number;
      vat: number;
    }[];
    const sum = (
      f: (c: { n: number; amount: number; vat: number }) => number,
    ) => m.cells.reduce((a, c) => a + f(c), 0);
    expect(
      sum((c) => c.n),
      m.month,
    ).toBe(es.length);
    expect(sum((c) => c.amount)).toBe(es.reduce((a, e) => a + e.amount, 0));
    expect(sum((c) => c.vat)).toBe(es.reduce((a, e) => a + e.vat, 0));
  }
}

const lastMonth = () => {
  const [y, m] = kstMonth().split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};
const day = (month: string, d: number) =>
  `${month}-${String(d).padStart(2, "0")}`;

describe("preview", () => {
  it("reads an EUC-KR card statement, imports it (VAT split, a cancellation reversed) and remembers a hand-made mapping", async () => {
    const s = await newTenant();
    const m = kstMonth();
    const csv = [
      "골목카드 이용내역",
      `조회기간,${m}.01 ~ ${m}.28`,
      "이용일자,이용카드,가맹점명,이용금액,승인구분",
      `${m.replace("-", ".")}.02,본인 1234,뷰티재료상사,"33,000",승인`,
      `${m.replace("-", ".")}.02,본인 1234,스타벅스 역삼점,"4,500",승인`,
      `${m.replace("-", ".")}.03,본인 1234,뷰티재료상사,"11,000",취소`,
    ].join("\r\n");
    const res = await preview(s, "카드.csv", iconv.encode(csv, "euc-kr"));
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      encoding: "euc-kr",
      mappingSource: "detected",
      mapping: { type: "card", headerRow: 2 },
    });
    const rows = res.json.rows as Row[];
    expect(rows.map((r) => [r.description, r.amount, r.evidence])).toEqual([
      ["뷰티재료상사", 33_000, "card"],
      ["스타벅스 역삼점", 4_500, "card"],
      ["뷰티재료상사", -11_000, "card"],
    ]);
    // A salon's default expense account is its own material account.
    expect(rows[0]).toMatchObject({
      account: "hair_supplies",
      duplicate: false,
    });

    const job = await importAll(s, res.json);
    expect(job).toMatchObject({
      status: "done",
      total: 3,
      done: 3,
      imported: 3,
    });
    const view = await monthView(s, m);
    expect(view.entries).toHaveLength(3);
    // 일반과세자 on a card: 33,000 → 30,000 + 3,000; the cancellation nets out.
    expect(view.totals.expense).toEqual({
      amount: 30_000 + 4_091 - 10_000,
      vat: 3_000 + 409 - 1_000,
    });
    await expectTotalsMatch(s, [m]);

    // A layout nothing recognises: the owner maps it once, the next file of that layout is known.
    const odd = (d: number) =>
      ["when,what,who,paid", `${day(m, d)},문구류,알파문구,"5,500"`].join("\n");
    const unknown = await preview(s, "odd.csv", Buffer.from(odd(5)));
    expect(unknown.status).toBe(200);
    expect(unknown.json.mapping).toBeNull();
    expect(unknown.json.head[0]).toEqual(["when", "what", "who", "paid"]);
    const mapping = {
      type: "card",
      headerRow: 0,
      columns: { date: 0, description: 1, counterparty: 2, amount: 3 },
    };
    const given = await preview(s, "odd.csv", Buffer.from(odd(5)), { mapping });
    expect(given.json.mappingSource).toBe("given");
    expect(given.json.rows[0]).toMatchObject({
      date: day(m, 5),
      counterparty: "알파문구",
      amount: 5_500,
    });
    const again = await preview(s, "odd-2.csv", Buffer.from(odd(6)));
    expect(again.json).toMatchObject({ mappingSource: "remembered", mapping });
    expect(again.json.rows[0].date).toBe(day(m, 6));
    // Another tenant does not see this tenant's mapping.
    const other = await newTenant();
    expect(
      (await preview(other, "odd.csv", Buffer.from(odd(6)))).json.mapping,
    ).toBeNull();
  });

  it("flags duplicates of existing entries (as many as there are) and suggests the counterparty's account", async () => {
    const s = await newTenant();
    const m = kstMonth();
    const hand = (body: Record<string, unknown>) =>
      call("POST", "/api/ledger/entries", {
        session: s,
        body: {
          date: day(m, 1),
          kind: "expense",
          evidence: "none",
          description: "",
          counterparty: "",
          ...body,
        },
      });
    // Recorded by hand: a 다이소 purchase on the 1st, and the rent to 골목빌딩 as 임차료.
    expect(
      (
        await hand({
          account: "supplies",
          description: "다이소",
          amount: 11_000,
          evidence: "card",
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await hand({
          account: "rent",
          description: "11월 월세",
          counterparty: "골목빌딩",
          amount: 800_000,
        })
      ).status,
    ).toBe(201);
    const bank = [
      "거래일시,적요,기재내용,출금액,입금액,잔액",
      `${day(m, 1)} 10:00,체크카드,다이소,"11,000",0,"1,000,000"`,
      `${day(m, 1)} 18:00,체크카드,다이소,"11,000",0,"989,000"`,
      `${day(m, 2)} 09:00,자동이체,골목빌딩,"800,000",0,"189,000"`,
      `${day(m, 3)} 12:00,이체,김손님,0,"50,000","239,000"`,
    ].join("\n");
    const res = await preview(s, "통장.csv", Buffer.from(bank), {
      evidence: "none",
    });
    expect(res.status, res.text).toBe(200);
    const rows = res.json.rows as Row[];
    // Two identical purchases in the file, one already in the books: only one is a duplicate.
    expect(rows.map((r) => r.duplicate)).toEqual([true, false, false, false]);
    expect(rows[2]).toMatchObject({
      kind: "expense",
      account: "rent",
      suggested: true,
    });
    expect(rows[3]).toMatchObject({
      kind: "income",
      account: "sales",
      suggested: false,
    });
    const job = await importAll(s, res.json);
    expect(job).toMatchObject({ imported: 3, skipped: 1 });
    expect((await monthView(s, m)).entries).toHaveLength(2 + 3);

    // Imports teach the suggestion too: a month the preview does not read still knows 김손님.
    const later = [
      "거래일시,적요,기재내용,출금액,입금액,잔액",
      `2025-01-05 12:00,이체,김손님,0,"70,000","309,000"`,
    ].join("\n");
    const next = await preview(s, "통장2.csv", Buffer.from(later));
    expect(next.json.rows[0]).toMatchObject({
      account: "sales",
      suggested: true,
    });

    // A hand entry of an earlier month teaches it too: 통신비 to 케이티 two months before the file.
    expect(
      (
        await hand({
          date: "2025-03-25",
          account: "communication",
          description: "인터넷 요금",
          counterparty: "케이티",
          amount: 33_000,
        })
      ).status,
    ).toBe(201);
    const may = [
      "거래일시,적요,기재내용,출금액,입금액,잔액",
      `2025-05-25 09:00,자동이체,케이티,"33,000",0,"276,000"`,
    ].join("\n");
    const third = await preview(s, "통장3.csv", Buffer.from(may));
    expect(third.json.rows[0]).toMatchObject({
      kind: "expense",
      account: "communication",
      suggested: true,
    });
  });
});

describe("import", () => {
  it("imports 10,000 lines in chunks of 500 (gzip upload under 1 MB); month totals equal the entries", async () => {
    const s = await newTenant();
    const months = ["2025-04", "2025-05", "2025-06"];
    const body = ["이용일자,가맹점명,이용금액"];
    for (let i = 0; i < 10_000; i++)
      body.push(
        `${day(months[i % 3], 1 + (i % 28))},가맹점 ${i % 97},"${(1_000 + i).toLocaleString("en-US")}"`,
      );
    const csv = Buffer.from(body.join("\n"));
    const gz = gzipSync(csv);
    expect(gz.toString("base64").length).toBeLessThan(1024 * 1024);
    const t0 = performance.now();
    const res = await preview(s, "big.csv", gz, { gzip: true });
    expect(res.status, res.text).toBe(200);
    expect(res.json.rows).toHaveLength(10_000);
    // The answer (every line) is gzip-compressed for a browser.
    const zipped = await call("POST", "/api/ledger/imports/preview", {
      session: s,
      body: { filename: "big.csv", base64: gz.toString("base64"), gzip: true },
      headers: { "accept-encoding": "gzip" },
    });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const job = await importAll(s, res.json);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`10,000-line import: ${seconds.toFixed(1)} s`);
    expect(job).toMatchObject({
      status: "done",
      done: 10_000,
      imported: 10_000,
    });
    const progress = await call("GET", `/api/ledger/imports/${res.json.id}`, {
      session: s,
    });
    expect(progress.json).toMatchObject({ status: "done", imported: 10_000 });
    await expectTotalsMatch(s, months);
    const cells = await monthCells(s, months[0], months[2]);
    const n = cells.flatMap((m) => m.cells).reduce((a, c) => a + c.n, 0);
    expect(n).toBe(10_000);
    const total = cells
      .flatMap((m) => m.cells)
      .reduce((a, c) => a + c.amount + c.vat, 0);
    // Σ (1,000 + i) for i < 10,000: every won of the file is in the books, once.
    expect(total).toBe(10_000 * 1_000 + (9_999 * 10_000) / 2);
  }, 600_000);

  it("an interrupted import re-run from the start (and the same file imported again) adds nothing twice", async () => {
    const s = await newTenant();
    const months = ["2025-07", "2025-08"];
    const body = ["거래일자,적요,출금,입금"];
    for (let i = 0; i < 1_200; i++)
      body.push(
        `${day(months[i % 2], 1 + (i % 28))},거래 ${i},${i % 5 ? 2_000 + i : 0},${i % 5 ? 0 : 3_000 + i}`,
      );
    const file = Buffer.from(body.join("\n"));
    const p = (await preview(s, "bank.csv", file)).json;
    expect(p.rows).toHaveLength(1_200);
    // The browser sent 250 lines, then the connection dropped.
    const first = await importAll(s, p, { chunk: 250, chunks: 1 });
    expect(first).toMatchObject({
      status: "running",
      done: 250,
      imported: 250,
    });
    // A chunk past the progress is refused rather than leaving a gap.
    const gap = await call("POST", "/api/ledger/imports", {
      session: s,
      body: {
        id: p.id,
        filename: p.filename,
        total: 1_200,
        start: 500,
        rows: lines(p.rows).slice(500, 1_000),
      },
    });
    expect(gap.status).toBe(409);
    expect(gap.json.code).toBe("import_gap");
    // Re-run from the start with other chunk sizes: the first 250 are not written again.
    const done = await importAll(s, p);
    expect(done).toMatchObject({
      status: "done",
      done: 1_200,
      imported: 1_200,
    });
    const count = async () =>
      (await monthView(s, months[0])).entries.length +
      (await monthView(s, months[1])).entries.length;
    expect(await count()).toBe(1_200);
    // A day's lines are listed in the statement's order (~21 a day here).
    const order = (await monthView(s, months[0])).entries.map(
      (e: { date: string; description: string }) =>
        [e.date, Number(e.description.split(" ")[1])] as const,
    );
    const sorted = [...order].sort(
      (x, y) => x[0].localeCompare(y[0]) || x[1] - y[1],
    );
    expect(order).toEqual(sorted);
    // The same file again: the preview knows it, every line is a duplicate, and a forced re-send
    // of the lines changes nothing.
    const again = (await preview(s, "bank-copy.csv", file)).json;
    expect(again.id).toBe(p.id);
    expect(again.job).toMatchObject({ status: "done", imported: 1_200 });
    expect(again.rows.every((r: Row) => r.duplicate)).toBe(true);
    await importAll(s, p);
    expect(await count()).toBe(1_200);
    await expectTotalsMatch(s, months);
  }, 300_000);

  it("refuses the lines of a closed month one by one, and imports the rest", async () => {
    const s = await newTenant();
    const [prev, now] = [lastMonth(), kstMonth()];
    const close = await call("POST", `/api/ledger/months/${prev}/close`, {
      session: s,
    });
    expect(close.status).toBe(200);
    const csv = [
      "이용일자,가맹점명,이용금액",
      `${day(prev, 20)},지난달 가게,"10,000"`,
      `${day(now, 1)},이번달 가게,"20,000"`,
      `${day(prev, 21)},지난달 가게 2,"30,000"`,
    ].join("\n");
    const p = (await preview(s, "card.csv", Buffer.from(csv))).json;
    expect(p.closedMonths).toEqual([prev]);
    expect((p.rows as Row[]).map((r) => r.closed)).toEqual([true, false, true]);
    const job = await importAll(s, p);
    expect(job).toMatchObject({ imported: 1, refusedCount: 2, status: "done" });
    expect(job.refused.map((r: { line: number }) => r.line)).toEqual([2, 4]);
    expect(job.refused[0].reason).toContain("마감");
    expect((await monthView(s, prev)).entries).toHaveLength(0);
    expect((await monthView(s, now)).entries).toHaveLength(1);
    await expectTotalsMatch(s, [prev, now]);
  });
});

describe("bad input", () => {
  it("refuses binary, corrupt and empty files with a code and a Korean message", async () => {
    const s = await newTenant();
    const cases: [string, Buffer, Record<string, unknown>, string][] = [
      ["scan.pdf", Buffer.from("%PDF-1.4\n1 0 obj\n"), {}, "file_binary"],
      ["a.csv", Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41]), {}, "file_binary"],
      ["a.csv", Buffer.from("not gzip"), { gzip: true }, "file_unreadable"],
      ["a.xlsx", Buffer.from("PK\u0003\u0004broken"), {}, "file_unreadable"],
      ["a.csv", Buffer.from(" \n"), {}, "file_empty"],
      [
        "a.csv",
        Buffer.from("이용일자,가맹점명,이용금액\n"),
        {},
        "statement_empty",
      ],
      [
        "a.csv",
        Buffer.from("이용일자,가맹점명,이용금액\n2026-11-01,a,1000\n"),
        {
          mapping: {
            type: "card",
            headerRow: 0,
            columns: { date: 0, amount: 7 },
          },
        },
        "mapping_invalid",
      ],
    ];
    for (const [name, bytes, extra, code] of cases) {
      const res = await preview(s, name, bytes, extra);
      expect(res.status, `${name} ${code}: ${res.text}`).toBe(400);
      expect(res.json.code).toBe(code);
      expect(res.json.message).toMatch(/[가-힣]/);
      expect(res.json.fields.length).toBeGreaterThan(0);
    }
  });

  it("never answers 5xx to random bytes, plain or gzip-compressed", async () => {
    const s = await newTenant();
    for (let i = 0; i < 40; i++) {
      const bytes = randomBytes(1 + randomInt(3000));
      // A quarter start like a zip (an .xlsx), to reach the XLSX reader.
      if (i % 4 === 1) bytes.set([0x50, 0x4b, 0x03, 0x04]);
      const gzip = i % 4 === 2;
      const res = await preview(
        s,
        i % 2 ? "x.xlsx" : "x.csv",
        gzip ? gzipSync(bytes) : bytes,
        { gzip },
      );
      expect(res.status, res.text).toBeLessThan(500);
      if (res.status >= 400) {
        expect(res.json.code).toMatch(/^[a-z_]+$/);
        expect(res.json.message).toMatch(/[가-힣]/);
      }
    }
  });

  it("refuses a chunk with a bad line as a whole, writing nothing", async () => {
    const s = await newTenant();
    const m = kstMonth();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("내역");
    ws.addRow(["이용일자", "가맹점명", "이용금액"]);
    ws.addRow([day(m, 1), "가게 1", 1_000]);
    ws.addRow([day(m, 2), "가게 2", 2_000]);
    const p = (
      await preview(s, "c.xlsx", Buffer.from(await wb.xlsx.writeBuffer()))
    ).json;
    expect(p.format).toBe("xlsx");
    const rows = lines(p.rows) as Record<string, unknown>[];
    rows[1] = { ...rows[1], account: "sales" }; // an income account on an expense
    const res = await call("POST", "/api/ledger/imports", {
      session: s,
      body: { id: p.id, filename: "c.xlsx", total: 2, start: 0, rows },
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("unknown_account");
    expect(res.json.fields[0].field).toBe("rows.1.account");
    const bad = await call("POST", "/api/ledger/imports", {
      session: s,
      body: {
        id: p.id,
        filename: "c.xlsx",
        total: 2,
        start: 0,
        rows: [{ ...rows[0], amount: 10.5 }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].field).toBe("rows.0.amount");
    expect((await monthView(s, m)).entries).toHaveLength(0);
    const progress = await call("GET", `/api/ledger/imports/${p.id}`, {
      session: s,
    });
    expect(progress.status).toBe(404);
  });

  it("lets the accountant read an import's progress but not import", async () => {
    const s = await newTenant();
    const accountant = await members.invite(s, "accountant");
    const csv = `이용일자,가맹점명,이용금액\n${kstDate()},가게,"1,000"\n`;
    expect((await preview(accountant, "c.csv", Buffer.from(csv))).status).toBe(
      403,
    );
    const p = (await preview(s, "c.csv", Buffer.from(csv))).json;
    await importAll(s, p);
    const seen = await call("GET", `/api/ledger/imports/${p.id}`, {
      session: accountant,
    });
    expect(seen.json).toMatchObject({ status: "done", imported: 1 });
    const write = await call("POST", "/api/ledger/imports", {
      session: accountant,
      body: {
        id: p.id,
        filename: "c.csv",
        total: 1,
        start: 0,
        rows: lines(p.rows),
      },
    });
    expect(write.status).toBe(403);
  });
});
