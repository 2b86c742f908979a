import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { api, type Usage } from "../data/api";
import { formatDate, formatWon, t } from "../i18n";
import { useSession } from "../session";
import { UsageBars } from "../ui/usage-bars";
import { InvoiceAlerts, type InvoiceAlert } from "../ui/alerts";

const MODULES: { key: string; icon: string; desc: string; href?: string }[] = [
  {
    key: "홈페이지",
    icon: "홈",
    desc: "영업시간, 가격표, 예약을 담은 우리 가게 홈페이지",
    href: "/site",
  },
  {
    key: "장부",
    icon: "장",
    desc: "간편장부: 매출·비용 기록과 부가세 신고 자료",
    href: "/ledger",
  },
  {
    key: "급여",
    icon: "급",
    desc: "4대보험과 원천징수를 계산하는 급여와 임금명세서",
    href: "/payroll",
  },
  {
    key: "전자세금계산서",
    icon: "세",
    desc: "세금계산서 발급과 거래처 메일 발송",
    href: "/invoices",
  },
];

export default function Dashboard() {
  const session = useSession();
  const [usage] = createResource(() => api<Usage>("GET", "/usage"));
  // 세금계산서 기한 (roles without invoice access simply see none).
  const [alerts] = createResource(() =>
    api<{ alerts: InvoiceAlert[] }>("GET", "/invoices/alerts")
      .then((r) => r.alerts)
      .catch(() => []),
  );
  // 예약·문의 waiting for the owner (roles without access see none).
  const [pending] = createResource(() =>
    api<{ items: { kind: string }[] }>("GET", "/bookings?status=pending")
      .then((r) => r.items)
      .catch(() => []),
  );
  return (
    <>
      <h1 class="page-title">{session.me()?.tenant.businessName}</h1>
      <InvoiceAlerts alerts={alerts()} testid="dashboard-alerts" />
      <Show when={(pending() ?? []).length > 0}>
        <p class="panel" data-testid="dashboard-bookings">
          <A href="/bookings">
            {t("예약·문의함")}: 확인 대기{" "}
            {pending()!.filter((b) => b.kind === "booking").length}건 · 문의{" "}
            {pending()!.filter((b) => b.kind === "inquiry").length}건 →
          </A>
        </p>
      </Show>
      <section class="tiles" aria-label="모듈">
        <For each={MODULES}>
          {(m) => (
            <article class="tile" data-testid="module-tile">
              <span class="icon" aria-hidden="true">
                {m.icon}
              </span>
              <h2>
                <Show when={m.href} fallback={t(m.key)}>
                  <A href={m.href!}>{t(m.key)}</A>
                </Show>
              </h2>
              <p>{m.desc}</p>
              <Show
                when={m.href}
                fallback={<span class="badge">{t("준비 중")}</span>}
              >
                <span class="badge live">{t("사용 가능")}</span>
              </Show>
            </article>
          )}
        </For>
      </section>
      <section class="panel">
        <div class="panel-head">
          <h2>{t("이번 달 사용량")}</h2>
          <A href="/usage">{t("사용량")} →</A>
        </div>
        <Show when={usage()} fallback={<p class="muted">…</p>}>
          {(u) => (
            <>
              <p class="plan" data-testid="plan">
                {t("요금제")}: <strong>{u().plan.name}</strong>{" "}
                {formatWon(u().plan.priceKrw)}/{t("월")} · {t("초기화")}{" "}
                {formatDate(u().resetsAt)}
              </p>
              <UsageBars usage={u()} />
            </>
          )}
        </Show>
      </section>
    </>
  );
}
