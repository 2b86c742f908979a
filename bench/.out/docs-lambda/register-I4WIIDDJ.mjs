import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import "./chunk-RECWWCY6.mjs";
var C = [
    ["base", "\uAE30\uBCF8\uAE09"],
    ["weeklyHoliday", "\uC8FC\uD734\uC218\uB2F9"],
    ["overtime", "\uC5F0\uC7A5\uADFC\uB85C\uC218\uB2F9"],
    ["night", "\uC57C\uAC04\uADFC\uB85C\uC218\uB2F9"],
    ["holiday", "\uD734\uC77C\uADFC\uB85C\uC218\uB2F9"],
    ["bonus", "\uC0C1\uC5EC\uAE08"],
    ["meal", "\uC2DD\uB300"],
    ["car", "\uC790\uAC00\uC6B4\uC804\uBCF4\uC870\uAE08"],
    ["childcare", "\uBCF4\uC721\uC218\uB2F9"],
  ],
  w = [
    ["pension", "\uAD6D\uBBFC\uC5F0\uAE08"],
    ["health", "\uAC74\uAC15\uBCF4\uD5D8"],
    ["longTermCare", "\uC7A5\uAE30\uC694\uC591\uBCF4\uD5D8"],
    ["employment", "\uACE0\uC6A9\uBCF4\uD5D8"],
    ["incomeTax", "\uC18C\uB4DD\uC138"],
    ["localIncomeTax", "\uC9C0\uBC29\uC18C\uB4DD\uC138"],
  ],
  h = '#,##0"\uC6D0"';
async function E(o, c, d) {
  let { default: u } = await import("./excel-AB7INK7A.mjs"),
    i = new u.Workbook();
  ((i.creator = "\uACE8\uBAA9 Golmok"), (i.created = new Date()));
  let s = i.addWorksheet("\uAE09\uC5EC\uB300\uC7A5", {
      views: [{ state: "frozen", xSplit: 1, ySplit: 3 }],
    }),
    m = `${c} ${o.month.slice(0, 4)}\uB144 ${Number(o.month.slice(5))}\uC6D4 \uAE09\uC5EC\uB300\uC7A5${o.kind === "correction" ? " (\uC815\uC815)" : ""} \u2014 \uC9C0\uAE09\uC77C ${o.payDate}`;
  ((s.addRow([m]).font = { bold: !0, size: 13 }), s.addRow([]));
  let g = [
      "\uC131\uBA85",
      "\uC0DD\uB144\uC6D4\uC77C",
      "\uC785\uC0AC\uC77C",
      "\uAE09\uC5EC\uD615\uD0DC",
      ...C.map(([, e]) => e),
      "\uC9C0\uAE09\uCD1D\uC561",
      "\uBE44\uACFC\uC138",
      ...w.map(([, e]) => e),
      "\uACF5\uC81C\uCD1D\uC561",
      "\uC2E4\uC9C0\uAE09\uC561",
    ],
    f = s.addRow(g);
  ((f.font = { bold: !0 }),
    f.eachCell(
      (e) =>
        (e.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: "FFE7E5E4" },
        }),
    ));
  let r = (e, t) => e.find((l) => l.code === t)?.amount ?? 0;
  for (let e of o.lines) {
    let t = d.get(e.employeeId);
    s.addRow([
      e.name,
      t?.birthDate ?? "",
      t?.hireDate ?? "",
      t?.payTypeLabel ?? "",
      ...C.map(([l]) => r(e.earnings, l)),
      e.gross,
      e.nonTaxable,
      ...w.map(([l]) => r(e.deductions, l)),
      e.totalDeductions,
      e.net,
    ]);
  }
  let n = 4,
    a = 3 + o.lines.length,
    b = s.addRow(["\uD569\uACC4", "", "", "", ...g.slice(4).map(() => 0)]);
  b.font = { bold: !0 };
  for (let e = 5; e <= g.length; e++) {
    let t = s.getColumn(e).letter;
    b.getCell(e).value = {
      formula: `SUM(${t}${n}:${t}${a})`,
      result: T(s, e, n, a),
    };
  }
  for (let e = 5; e <= g.length; e++) s.getColumn(e).numFmt = h;
  s.columns.forEach((e, t) => (e.width = t === 0 || t < 4 ? 12 : 14));
  let x = i.addWorksheet("\uC6D0\uCC9C\uC138 \uC694\uC57D"),
    R = o.lines.filter((e) => e.gross > 0),
    y = (e) => o.lines.reduce((t, l) => t + r(l.deductions, e), 0),
    k = [
      ["\uADC0\uC18D\uC5F0\uC6D4", o.month],
      ["\uC9C0\uAE09\uC77C", o.payDate],
      ["\uC778\uC6D0", R.length],
      [
        "\uCD1D\uC9C0\uAE09\uC561 (\uBE44\uACFC\uC138 \uD3EC\uD568)",
        o.totals.gross,
      ],
      ["\uBE44\uACFC\uC138", o.lines.reduce((e, t) => e + t.nonTaxable, 0)],
      ["\uACFC\uC138 \uAE09\uC5EC", o.lines.reduce((e, t) => e + t.taxable, 0)],
      ["\uC18C\uB4DD\uC138", y("incomeTax")],
      ["\uC9C0\uBC29\uC18C\uB4DD\uC138", y("localIncomeTax")],
      ["\uB0A9\uBD80 \uAE30\uD55C", D(o.payDate)],
    ];
  for (let [e, t] of k) {
    let l = x.addRow([e, t]);
    ((l.getCell(1).font = { bold: !0 }),
      typeof t == "number" &&
        e !== "\uC778\uC6D0" &&
        (l.getCell(2).numFmt = h));
  }
  ((x.getColumn(1).width = 24), (x.getColumn(2).width = 18));
  let p = i.addWorksheet("\uC0AC\uC5C5\uC8FC \uBD80\uB2F4");
  p.addRow([
    "\uC131\uBA85",
    "\uAD6D\uBBFC\uC5F0\uAE08",
    "\uAC74\uAC15\uBCF4\uD5D8",
    "\uC7A5\uAE30\uC694\uC591\uBCF4\uD5D8",
    "\uACE0\uC6A9\uBCF4\uD5D8",
    "\uACE0\uC6A9\uC548\uC815\xB7\uC9C1\uB2A5",
    "\uC0AC\uC5C5\uC8FC \uBD80\uB2F4 \uD569\uACC4",
    "\uCD1D \uC778\uAC74\uBE44",
  ]).font = { bold: !0 };
  for (let e of o.lines) {
    let t = (l) => r(e.employer, l);
    p.addRow([
      e.name,
      t("pension"),
      t("health"),
      t("longTermCare"),
      t("employment"),
      t("employmentStability"),
      e.employerCost - e.gross,
      e.employerCost,
    ]);
  }
  for (let e = 2; e <= 8; e++) p.getColumn(e).numFmt = h;
  return (
    p.columns.forEach((e) => (e.width = 14)),
    Buffer.from(await i.xlsx.writeBuffer())
  );
}
function T(o, c, d, u) {
  let i = 0;
  for (let s = d; s <= u; s++) i += Number(o.getRow(s).getCell(c).value ?? 0);
  return i;
}
function D(o) {
  let [c, d] = o.split("-").map(Number);
  return new Date(Date.UTC(c, d, 10)).toISOString().slice(0, 10);
}
async function S(o, c, d, u) {
  let { default: i } = await import("./excel-AB7INK7A.mjs"),
    s = new i.Workbook();
  s.creator = "\uACE8\uBAA9 Golmok";
  let m = s.addWorksheet(`${o}\uB144 \uC5F0\uAC04 \uD569\uACC4`);
  ((m.addRow([
    `${d} ${o}\uB144 \uADFC\uB85C\uC790\uBCC4 \uC5F0\uAC04 \uAE09\uC5EC \uD569\uACC4 (\uD655\uC815\uBD84)`,
  ]).font = { bold: !0, size: 13 }),
    m.addRow([]));
  let g = [
    "\uC131\uBA85",
    "\uC0DD\uB144\uC6D4\uC77C",
    "\uC9C0\uAE09 \uC6D4\uC218",
    "\uC9C0\uAE09\uCD1D\uC561",
    "\uBE44\uACFC\uC138",
    "\uACFC\uC138 \uAE09\uC5EC",
    ...w.map(([, r]) => r),
    "\uC2E4\uC9C0\uAE09\uC561",
  ];
  m.addRow(g).font = { bold: !0 };
  let f = new Map();
  for (let r of c)
    for (let n of r.lines) {
      let a = f.get(n.employeeId) ?? {
        name: n.name,
        months: new Set(),
        gross: 0,
        nonTaxable: 0,
        taxable: 0,
        net: 0,
        d: {},
      };
      (a.months.add(r.month),
        (a.gross += n.gross),
        (a.nonTaxable += n.nonTaxable),
        (a.taxable += n.taxable),
        (a.net += n.net));
      for (let b of n.deductions) a.d[b.code] = (a.d[b.code] ?? 0) + b.amount;
      f.set(n.employeeId, a);
    }
  for (let [r, n] of f)
    m.addRow([
      n.name,
      u.get(r)?.birthDate ?? "",
      n.months.size,
      n.gross,
      n.nonTaxable,
      n.taxable,
      ...w.map(([a]) => n.d[a] ?? 0),
      n.net,
    ]);
  for (let r = 4; r <= g.length; r++) m.getColumn(r).numFmt = h;
  return (
    m.columns.forEach((r) => (r.width = 14)),
    Buffer.from(await s.xlsx.writeBuffer())
  );
}
export { D as dueDate, E as registerWorkbook, S as yearlyWorkbook };
