import { createResource, createSignal, For, Show } from "solid-js";
import { api, type Usage as UsageData } from "../data/api";
import { formatDate, formatNumber, formatWon, locale, t } from "../i18n";
import { UsageBars } from "../ui/usage-bars";
import type { Statement } from "../../../core/billing/statement";

/** 2026-11 → 2026년 11월 (en: Nov 2026). */
function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return locale() === "en"
    ? new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en", {
        year: "numeric",
        month: "short",
        timeZone: "UTC",
      })
    : `${y}년 ${m}월`;
}

/** Plan fee, each billed overage, and the VAT inside the total. */
function StatementLines(props: { s: Statement }) {
  return (
    <table
      class="list"
      style={{ display: "table" }}
      data-testid={`statement-${props.s.month}`}
    >
      <caption class="muted" style={{ "caption-side": "bottom" }}>
        {t("공급가액")} {formatWon(props.s.supplyKrw)} · {t("부가세")}{" "}
        {formatWon(props.s.vatKrw)}
      </caption>
      <tbody>
        <tr>
          <td>
            {props.s.plan.name} {t("요금제")}
          </td>
          <td style={{ "text-align": "right" }}>
            {formatWon(props.s.planFeeKrw)}
          </td>
        </tr>
        <For each={props.s.lines.filter((l) => l.amountKrw > 0)}>
          {(l) => (
            <tr>
              <td>
                {l.label} {formatNumber(l.overageUnits)}
                {l.unit} {t("초과")}
                <br />
                <span class="muted">
                  {formatWon(l.unitPriceKrw)}/
                  {l.per === 1 ? "" : formatNumber(l.per)}
                  {l.unit} × {formatNumber(l.overageBlocks)}
                </span>
              </td>
              <td style={{ "text-align": "right" }}>
                {formatWon(l.amountKrw)}
              </td>
            </tr>
          )}
        </For>
        <tr>
          <th>{t("합계 (부가세 포함)")}</th>
          <th style={{ "text-align": "right" }}>
            {formatWon(props.s.totalKrw)}
          </th>
        </tr>
      </tbody>
    </table>
  );
}

/** 요금 명세: this month's projected charge and the closed months, newest first. */
function Statements() {
  const [data] = createResource(() =>
    api<{ statements: Statement[]; current: Statement }>(
      "GET",
      "/billing/statements",
    ),
  );
  return (
    <section class="panel" aria-labelledby="statements-title">
      <h2 id="statements-title">{t("요금 명세")}</h2>
      <Show when={data.error}>
        <p class="form-error" role="alert">
          {(data.error as Error).message}
        </p>
      </Show>
      <Show when={data()}>
        {(d) => (
          <>
            <div class="panel-head">
              <h3>
                {formatMonth(d().current.month)} {t("예상 요금")}
              </h3>
              <strong data-testid="projected-total">
                {formatWon(d().current.totalKrw)}
              </strong>
            </div>
            <StatementLines s={d().current} />
            <p class="hint">
              {t(
                "지금까지의 사용량으로 계산한 금액입니다. 다음 달 1일 0시 30분에 확정됩니다.",
              )}
            </p>
            <h3>{t("지난 명세")}</h3>
            <Show
              when={d().statements.length}
              fallback={<p class="muted">{t("아직 마감된 달이 없습니다.")}</p>}
            >
              <For each={d().statements}>
                {(s) => (
                  <details>
                    <summary>
                      {formatMonth(s.month)} · {formatWon(s.totalKrw)}
                    </summary>
                    <StatementLines s={s} />
                  </details>
                )}
              </For>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

const thisMonthKst = () =>
  new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);

export default function Usage() {
  const [month, setMonth] = createSignal(thisMonthKst());
  const [usage] = createResource(month, (m) =>
    api<UsageData>("GET", `/usage?month=${m}`),
  );
  return (
    <>
      <h1 class="page-title">{t("사용량")}</h1>
      <div class="field inline">
        <label for="month">{t("월")}</label>
        <input
          id="month"
          name="month"
          type="month"
          value={month()}
          max={thisMonthKst()}
          onChange={(e) =>
            e.currentTarget.value && setMonth(e.currentTarget.value)
          }
        />
      </div>
      <Show when={usage.error}>
        <p class="form-error" role="alert">
          {(usage.error as Error).message}
        </p>
      </Show>
      <Show when={usage()}>
        {(u) => (
          <section class="panel">
            <p class="plan">
              {t("요금제")}: <strong>{u().plan.name}</strong>{" "}
              {formatWon(u().plan.priceKrw)}/{t("월")} · {t("초기화")}{" "}
              {formatDate(u().resetsAt)}
            </p>
            <UsageBars usage={u()} />
          </section>
        )}
      </Show>
      <Statements />
    </>
  );
}
