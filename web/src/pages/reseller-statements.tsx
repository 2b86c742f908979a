// 판매사 콘솔 · 월별 명세: a closed month's shops with plan fee, overage, total, 공급가액/부가세 and the
// reseller's share; the CSV (UTF-8 with BOM) to merge into the reseller's own bill.
import { createResource, createSignal, For, Show } from "solid-js";
import { formatWon, locale, t } from "../i18n";
import { capi, errorText } from "./reseller-auth";

interface Statement {
  month: string;
  shareBps: number;
  tenants: {
    tenantId: string;
    subscriberId: string;
    businessName: string;
    plan: { id: string; name: string };
    planFeeKrw: number;
    overageKrw: number;
    totalKrw: number;
    supplyKrw: number;
    vatKrw: number;
    shareKrw: number;
  }[];
  totals: {
    tenants: number;
    planFeeKrw: number;
    overageKrw: number;
    totalKrw: number;
    supplyKrw: number;
    vatKrw: number;
    shareKrw: number;
  };
}

/** Last month in Korea time: the newest month that can be closed. */
function lastMonth(): string {
  const kst = new Date(Date.now() + 9 * 3600_000);
  const d = new Date(Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return locale() === "en" ? month : `${y}년 ${m}월`;
}

export default function ConsoleStatements() {
  const [month, setMonth] = createSignal(lastMonth());
  const [statement] = createResource(month, (m) =>
    capi<Statement>("GET", `/statements/${m}`),
  );
  const [picked, setPicked] = createSignal(month());
  return (
    <>
      <h1 class="page-title">{t("월별 명세")}</h1>
      <section class="panel">
        <form
          class="actions wrap"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d{4}-\d{2}$/.test(picked())) setMonth(picked());
          }}
        >
          <div class="field">
            <label for="f-month">{t("월")}</label>
            <input
              id="f-month"
              type="month"
              value={picked()}
              max={lastMonth()}
              onInput={(e) => setPicked(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="secondary">
            {t("보기")}
          </button>
          <a
            class="button secondary"
            href={`/api/reseller-console/statements/${month()}?format=csv`}
            download=""
            data-testid="statement-csv"
          >
            {t("CSV 내려받기")}
          </a>
          <a
            class="button secondary"
            href={`/api/reseller-console/statements/${month()}?format=xlsx`}
            download=""
            data-testid="statement-xlsx"
          >
            {t("엑셀 내려받기")}
          </a>
        </form>
      </section>
      <Show when={statement.error}>
        <p class="form-error" role="alert">
          {errorText(statement.error)}
        </p>
      </Show>
      <Show when={!statement.error && statement()}>
        {(s) => (
          <section class="panel" data-testid="statement">
            <h2>
              {monthLabel(s().month)} · {t("판매사 몫")}{" "}
              {(s().shareBps / 100).toLocaleString("ko-KR")}%
            </h2>
            <p>
              {t("사업장")} {s().totals.tenants} · {t("합계 (부가세 포함)")}{" "}
              <strong>{formatWon(s().totals.totalKrw)}</strong> ·{" "}
              {t("공급가액")} {formatWon(s().totals.supplyKrw)} · {t("부가세")}{" "}
              {formatWon(s().totals.vatKrw)} · {t("판매사 몫")}{" "}
              <strong data-testid="share-total">
                {formatWon(s().totals.shareKrw)}
              </strong>
            </p>
            <Show
              when={s().tenants.length}
              fallback={
                <p class="muted">
                  {t("이 달에 요금이 나온 사업장이 없습니다.")}
                </p>
              }
            >
              <table class="list">
                <thead>
                  <tr>
                    <th>{t("상호")}</th>
                    <th>{t("요금제")}</th>
                    <th style={{ "text-align": "right" }}>{t("기본료")}</th>
                    <th style={{ "text-align": "right" }}>{t("초과")}</th>
                    <th style={{ "text-align": "right" }}>{t("합계")}</th>
                    <th style={{ "text-align": "right" }}>{t("판매사 몫")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={s().tenants}>
                    {(r) => (
                      <tr>
                        <td>
                          {r.businessName}
                          <br />
                          <span class="muted">{r.subscriberId}</span>
                        </td>
                        <td>{r.plan.name}</td>
                        <td style={{ "text-align": "right" }}>
                          {formatWon(r.planFeeKrw)}
                        </td>
                        <td style={{ "text-align": "right" }}>
                          {formatWon(r.overageKrw)}
                        </td>
                        <td style={{ "text-align": "right" }}>
                          {formatWon(r.totalKrw)}
                        </td>
                        <td style={{ "text-align": "right" }}>
                          {formatWon(r.shareKrw)}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
