import { For, Show } from "solid-js";
import type { Usage } from "../data/api";
import { formatNumber, t } from "../i18n";

export function UsageBars(props: { usage: Usage }) {
  return (
    <ul class="bars">
      <For each={props.usage.metrics}>
        {(m) => {
          const pct = () =>
            m.quota ? Math.min(100, (m.used / m.quota) * 100) : 0;
          return (
            <li data-testid={`usage-${m.id}`}>
              <div class="bar-label">
                <span>{m.label}</span>
                <span>
                  {formatNumber(m.used)} /{" "}
                  {m.quota === null ? t("무제한") : formatNumber(m.quota)}{" "}
                  {m.unit}
                </span>
              </div>
              {/* Past the included quota use goes on (billed as overage, see 요금 명세). */}
              <Show when={m.quota !== null && m.used > m.quota}>
                <p class="hint" data-testid={`overage-${m.id}`}>
                  {t("포함량 초과")} {formatNumber(m.used - (m.quota ?? 0))}
                  {m.unit} · {t("추가 요금이 붙습니다")}
                </p>
              </Show>
              <div
                class="bar"
                role="progressbar"
                aria-label={m.label}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(pct())}
                classList={{ warn: pct() >= 80 }}
              >
                <span style={{ width: `${pct()}%` }} />
              </div>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
