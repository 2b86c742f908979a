import { createResource, createSignal, Show } from "solid-js";
import { api, type Usage as UsageData } from "../data/api";
import { formatDate, formatWon, t } from "../i18n";
import { UsageBars } from "../ui/usage-bars";

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
    </>
  );
}
