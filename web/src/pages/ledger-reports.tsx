// 장부 보고서: 최근 12개월 수입·비용·소득 (차트), 계정별 합계, 부가세 예상 (일반: 1기·2기, 간이: 연간),
// 연간 총수입금액·필요경비 with the 기초·기말 재고 the owner records. Everything comes from the month
// totals, so a view reads at most 12 items a year.
import {
  createEffect,
  createResource,
  createSignal,
  For,
  on,
  Show,
  type JSX,
} from "solid-js";
import { ENTRY_KIND_LABEL, type EntryKind } from "../../../core/ledger/types";
import { kstDate } from "../../../core/time";
import { api } from "../data/api";
import { formatDate, formatWon, t } from "../i18n";
import { useSession } from "../session";
import { createForm, Field, FormError, Select, Submit } from "../ui/form";

interface Point {
  month: string;
  income: number;
  expense: number;
  profit: number;
}
interface Summary {
  months: Point[];
  totals: Omit<Point, "month">;
  accounts: {
    kind: EntryKind;
    account: string;
    name: string;
    n: number;
    amount: number;
    vat: number;
  }[];
}
interface Line {
  n: number;
  supply: number;
  vat: number;
}
interface Filing {
  due: string;
  deadline: string;
}
type Vat =
  | {
      taxType: "general";
      period: { id: string; from: string; to: string; final: Filing };
      sales: { taxInvoice: Line; cardCash: Line; other: Line; total: Line };
      purchases: {
        taxInvoice: Line;
        card: Line;
        cashReceipt: Line;
        total: Line;
      };
      nonDeductible: Line;
      outputVat: number;
      inputVat: number;
      payable: number;
    }
  | {
      taxType: "simplified";
      period: string;
      sales: { n: number; total: number };
      valueAddedBp: number;
      computedTax: number;
      purchases: { n: number; total: number };
      purchaseCredit: number;
      exempt: boolean;
      payable: number;
      invoiceRequired: boolean;
      overEligibility: boolean;
      filing: Filing;
    }
  | { taxType: "exempt"; year: number; revenue: number };
interface YearIncome {
  revenue: number;
  costOfGoods: {
    openingStock: number;
    purchases: number;
    closingStock: number;
    total: number;
  };
  expenses: Record<string, number>;
  expenseTotal: number;
  income: number;
  assets: number;
  names: Record<string, string>;
  stock: { openingFrom: "recorded" | "previousYear" | "none" };
}

const monthsBack = (to: string, n: number) => {
  const [y, m] = to.split("-").map(Number);
  const k = y * 12 + m - 1 - n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
};

function Figures(props: { rows: [string, number, boolean?][] }) {
  return (
    <dl class="figures">
      <For each={props.rows}>
        {([label, value, total]) => (
          <>
            <dt classList={{ total: !!total }}>{label}</dt>
            <dd classList={{ total: !!total }}>{formatWon(value)}</dd>
          </>
        )}
      </For>
    </dl>
  );
}

/** Bars of 수입 and 비용 a month, with 소득 as a line: an SVG the page draws itself (no chart library). */
function Chart(props: { points: Point[] }) {
  const W = 360;
  const H = 180;
  const pad = 24;
  const max = () =>
    Math.max(
      1,
      ...props.points.flatMap((p) => [p.income, p.expense, Math.abs(p.profit)]),
    );
  const min = () => Math.min(0, ...props.points.map((p) => p.profit));
  const y = (v: number) =>
    pad + ((max() - v) / (max() - min())) * (H - 2 * pad);
  const slot = () => (W - 8) / props.points.length;
  const x = (i: number) => 4 + i * slot();
  const bar = slot() / 2 - 2;
  const profitPath = () =>
    props.points
      .map(
        (p, i) =>
          `${i ? "L" : "M"}${(x(i) + slot() / 2).toFixed(1)},${y(p.profit).toFixed(1)}`,
      )
      .join(" ");
  return (
    <figure>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t("최근 12개월 수입·비용·소득")}
        data-testid="summary-chart"
      >
        <line
          x1="0"
          x2={W}
          y1={y(0)}
          y2={y(0)}
          stroke="#d6d3d1"
          stroke-width="1"
        />
        <For each={props.points}>
          {(p, i) => (
            <g>
              <rect
                x={x(i()) + 1}
                y={y(p.income)}
                width={bar}
                height={Math.max(0, y(0) - y(p.income))}
                fill="#0f766e"
              >
                <title>
                  {p.month} {t("수입")} {formatWon(p.income)}
                </title>
              </rect>
              <rect
                x={x(i()) + 1 + bar + 1}
                y={y(p.expense)}
                width={bar}
                height={Math.max(0, y(0) - y(p.expense))}
                fill="#d97706"
              >
                <title>
                  {p.month} {t("비용")} {formatWon(p.expense)}
                </title>
              </rect>
              <text
                x={x(i()) + slot() / 2}
                y={H - 6}
                font-size="9"
                text-anchor="middle"
                fill="#78716c"
              >
                {Number(p.month.slice(5))}
                {t("월")}
              </text>
            </g>
          )}
        </For>
        <path
          d={profitPath()}
          fill="none"
          stroke="#1c1917"
          stroke-width="1.5"
        />
      </svg>
      <figcaption class="legend">
        <span>
          <i style={{ background: "#0f766e" }} />
          {t("수입")}
        </span>
        <span>
          <i style={{ background: "#d97706" }} />
          {t("비용")}
        </span>
        <span>
          <i style={{ background: "#1c1917", height: "2px" }} />
          {t("소득")}
        </span>
      </figcaption>
    </figure>
  );
}

const line = (label: string, l: Line): [string, number][] => [
  [`${label} ${t("공급가액")} (${l.n}${t("건")})`, l.supply],
  [`${label} ${t("세액")}`, l.vat],
];

function VatSection(props: { vat: Vat }): JSX.Element {
  const v = props.vat;
  if (v.taxType === "general")
    return (
      <div data-testid="vat-report">
        <p class="muted">
          {formatDate(v.period.from)} ~ {formatDate(v.period.to)} ·{" "}
          {t("확정신고 기한")} {formatDate(v.period.final.deadline)}
        </p>
        <h3>{t("매출세액")}</h3>
        <Figures
          rows={[
            ...line(t("세금계산서"), v.sales.taxInvoice),
            ...line(t("카드·현금영수증"), v.sales.cardCash),
            ...line(t("기타(영수증·없음)"), v.sales.other),
            [t("매출세액 합계"), v.outputVat, true],
          ]}
        />
        <h3>{t("매입세액")}</h3>
        <Figures
          rows={[
            ...line(t("세금계산서"), v.purchases.taxInvoice),
            ...line(t("카드"), v.purchases.card),
            ...line(t("현금영수증"), v.purchases.cashReceipt),
            [t("공제 매입세액 합계"), v.inputVat, true],
            [t("공제받지 못할 매입세액 (접대비 등)"), v.nonDeductible.vat],
          ]}
        />
        <Figures
          rows={[
            [
              v.payable >= 0 ? t("예상 납부세액") : t("예상 환급세액"),
              Math.abs(v.payable),
              true,
            ],
          ]}
        />
        <p class="hint">
          {t(
            "장부에 기록한 내용으로 계산한 예상액입니다. 신용카드매출전표 발행세액공제·의제매입세액공제는 빠져 있습니다.",
          )}
        </p>
      </div>
    );
  if (v.taxType === "simplified")
    return (
      <div data-testid="vat-report">
        <p class="muted">
          {t("간이과세자는 1년이 한 과세기간입니다.")} {t("신고 기한")}{" "}
          {formatDate(v.filing.deadline)}
        </p>
        <Figures
          rows={[
            [`${t("공급대가")} (${v.sales.n}${t("건")})`, v.sales.total],
            [
              `${t("납부세액")} (${t("업종별 부가가치율")} ${v.valueAddedBp / 100}% × 10%)`,
              v.computedTax,
            ],
            [t("매입 세금계산서 등 수취세액공제 (0.5%)"), -v.purchaseCredit],
            [t("예상 납부세액"), v.payable, true],
          ]}
        />
        <Show when={v.exempt}>
          <p class="ok">
            {t("공급대가가 4,800만 원 미만이라 납부의무가 면제됩니다.")}
          </p>
        </Show>
        <Show when={v.overEligibility}>
          <p class="warn-text">
            {t(
              "공급대가가 간이과세 기준을 넘어 다음 7월부터 일반과세자가 됩니다.",
            )}
          </p>
        </Show>
      </div>
    );
  return (
    <div data-testid="vat-report">
      <p>
        {t(
          "면세사업자는 부가가치세 신고를 하지 않고, 다음 해 2월 10일까지 사업장현황신고를 합니다.",
        )}
      </p>
      <Figures rows={[[t("수입 금액"), v.revenue, true]]} />
    </div>
  );
}

export default function LedgerReports() {
  const session = useSession();
  const canWrite = () => session.me()?.user.role === "owner";
  const taxType = () => session.me()?.tenant.taxType ?? "general";
  const thisMonth = kstDate().slice(0, 7);
  const [recent] = createResource(() =>
    api<Summary>(
      "GET",
      `/ledger/reports/summary?from=${monthsBack(thisMonth, 11)}&to=${thisMonth}`,
    ),
  );
  const [year, setYear] = createSignal(Number(thisMonth.slice(0, 4)));
  const [yearSummary] = createResource(year, (y) =>
    api<Summary>("GET", `/ledger/reports/summary?from=${y}-01&to=${y}-12`),
  );
  const [half, setHalf] = createSignal(Number(thisMonth.slice(5)) <= 6 ? 1 : 2);
  const period = () =>
    taxType() === "general" ? `${year()}-${half()}` : String(year());
  const [vat] = createResource(period, (p) =>
    api<Vat>("GET", `/ledger/reports/vat?period=${p}`),
  );
  const [income, { refetch: refetchIncome }] = createResource(year, (y) =>
    api<YearIncome>("GET", `/ledger/reports/income?year=${y}`),
  );
  const stockForm = createForm(
    { openingStock: 0, closingStock: 0 },
    null,
    async (values) => {
      await api("PUT", `/ledger/stock/${year()}`, values);
      await refetchIncome();
    },
  );
  // The form starts from what is recorded (or carried over from last year).
  createEffect(
    on(income, (y) => {
      if (!y) return;
      stockForm.set("openingStock", y.costOfGoods.openingStock);
      stockForm.set("closingStock", y.costOfGoods.closingStock);
    }),
  );
  const years = Array.from({ length: 5 }, (_, i) => year() - 2 + i).filter(
    (y) => y <= Number(thisMonth.slice(0, 4)),
  );
  return (
    <>
      <div class="panel-head">
        <h1 class="page-title">{t("장부 보고서")}</h1>
        <a href="/ledger">{t("장부로")}</a>
      </div>
      <section class="panel">
        <h2>{t("최근 12개월")}</h2>
        <Show when={recent()} fallback={<p class="loading">…</p>}>
          {(r) => (
            <>
              <Chart points={r().months} />
              <p data-testid="recent-totals">
                {t("수입")} <strong>{formatWon(r().totals.income)}</strong> ·{" "}
                {t("비용")} <strong>{formatWon(r().totals.expense)}</strong> ·{" "}
                {t("소득")} <strong>{formatWon(r().totals.profit)}</strong>
              </p>
            </>
          )}
        </Show>
      </section>
      <div class="panel-head">
        <Select
          label={t("연도")}
          name="year"
          value={String(year())}
          options={years.map((y) => ({ value: String(y), label: `${y}년` }))}
          onChange={(v) => setYear(Number(v))}
        />
      </div>
      <section class="panel">
        <h2>
          {year()}
          {t("년 계정별 합계")}
        </h2>
        <Show when={yearSummary()}>
          {(s) => (
            <div class="table-wrap">
              <table class="list" data-testid="account-totals">
                <thead>
                  <tr>
                    <th>{t("구분")}</th>
                    <th>{t("계정과목")}</th>
                    <th class="num">{t("건수")}</th>
                    <th class="num">{t("금액")}</th>
                    <th class="num">{t("부가세")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For
                    each={s().accounts}
                    fallback={
                      <tr>
                        <td colspan="5" class="muted">
                          {t("기록이 없습니다.")}
                        </td>
                      </tr>
                    }
                  >
                    {(a) => (
                      <tr>
                        <td>{ENTRY_KIND_LABEL[a.kind]}</td>
                        <td>{a.name}</td>
                        <td class="num">{a.n}</td>
                        <td class="num">{formatWon(a.amount)}</td>
                        <td class="num">{formatWon(a.vat)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
      </section>
      <section class="panel">
        <div class="panel-head">
          <h2>{t("부가가치세 예상")}</h2>
          <Show when={taxType() === "general"}>
            <Select
              label={t("과세기간")}
              name="half"
              value={String(half())}
              options={[
                { value: "1", label: t("1기 (1~6월)") },
                { value: "2", label: t("2기 (7~12월)") },
              ]}
              onChange={(v) => setHalf(Number(v))}
            />
          </Show>
        </div>
        <Show when={vat()} keyed>
          {(v) => <VatSection vat={v} />}
        </Show>
      </section>
      <section class="panel">
        <h2>
          {year()}
          {t("년 총수입금액 및 필요경비")}
        </h2>
        <Show when={income()}>
          {(y) => (
            <div data-testid="year-income">
              <Figures
                rows={[
                  [t("총수입금액"), y().revenue, true],
                  [t("기초재고"), y().costOfGoods.openingStock],
                  [t("당기 매입"), y().costOfGoods.purchases],
                  [t("기말재고 (차감)"), y().costOfGoods.closingStock],
                  [t("매출원가"), y().costOfGoods.total, true],
                  ...Object.entries(y().expenses).map(
                    ([code, v]) =>
                      [y().names[code] ?? code, v] as [string, number],
                  ),
                  [t("필요경비 합계"), y().expenseTotal, true],
                  [t("소득금액"), y().income, true],
                ]}
              />
              <Show when={y().stock.openingFrom === "previousYear"}>
                <p class="hint">
                  {t("기초재고는 지난해 기말재고를 가져왔습니다.")}
                </p>
              </Show>
            </div>
          )}
        </Show>
        <Show when={canWrite()}>
          <form onSubmit={stockForm.submit} novalidate data-testid="stock-form">
            <div class="row">
              <Field
                label={t("기초재고")}
                name="openingStock"
                type="number"
                inputmode="numeric"
                min="0"
                value={stockForm.values.openingStock || ""}
                error={stockForm.errors().openingStock}
                onInput={(e) =>
                  stockForm.set("openingStock", Number(e.currentTarget.value))
                }
              />
              <Field
                label={t("기말재고")}
                name="closingStock"
                type="number"
                inputmode="numeric"
                min="0"
                value={stockForm.values.closingStock || ""}
                error={stockForm.errors().closingStock}
                onInput={(e) =>
                  stockForm.set("closingStock", Number(e.currentTarget.value))
                }
              />
            </div>
            <FormError message={stockForm.formError()} />
            <Submit busy={stockForm.busy()} label={t("재고 저장")} />
          </form>
        </Show>
      </section>
    </>
  );
}
