// 판매사 콘솔 · 사업장: the reseller's shops with status, plan and this month's usage; suspend,
// resume, cancel and change the plan (each one call to the console API).
import { createSignal, For, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { formatDate, formatNumber, t } from "../i18n";
import { capi, errorText } from "./reseller-auth";

interface TenantView {
  id: string;
  subscriberId: string;
  businessName: string;
  status: "active" | "suspended" | "cancelled";
  plan: { id: string; name: string; priceKrw: number };
  createdAt: string;
  cancelAt: string | null;
  exportUntil: string | null;
  usage?: { month: string; metrics: Record<string, number> };
}

export const STATUS_LABEL: Record<TenantView["status"], string> = {
  active: "이용 중",
  suspended: "정지",
  cancelled: "해지",
};

export default function ConsoleTenants() {
  const [tenants, setTenants] = createStore<TenantView[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loaded, setLoaded] = createSignal(false);
  const [busy, setBusy] = createSignal("");
  const [error, setError] = createSignal("");

  const load = async (more = false) => {
    setError("");
    try {
      const q = more && cursor() ? `&cursor=${cursor()}` : "";
      const page = await capi<{
        tenants: TenantView[];
        nextCursor: string | null;
      }>("GET", `/tenants?limit=50${q}`);
      setTenants(
        reconcile(more ? [...tenants, ...page.tenants] : page.tenants, {
          key: "id",
        }),
      );
      setCursor(page.nextCursor);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoaded(true);
    }
  };
  void load();

  const act = async (
    tenant: TenantView,
    action: "suspend" | "resume" | "cancel" | "plan",
    plan?: string,
  ) => {
    if (
      action === "cancel" &&
      !confirm(
        `${tenant.businessName}: ${t("해지하면 30일 동안 읽기 전용으로 자료만 내려받을 수 있습니다. 해지할까요?")}`,
      )
    )
      return;
    setBusy(tenant.id);
    setError("");
    try {
      const next =
        action === "plan"
          ? await capi<TenantView>("PATCH", `/tenants/${tenant.id}`, { plan })
          : await capi<TenantView>("POST", `/tenants/${tenant.id}/${action}`);
      setTenants((x) => x.id === tenant.id, next);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy("");
    }
  };

  return (
    <>
      <h1 class="page-title">{t("사업장")}</h1>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={loaded()} fallback={<p class="loading">…</p>}>
        <Show
          when={tenants.length}
          fallback={
            <p class="muted" data-testid="no-tenants">
              {t(
                "아직 개설한 사업장이 없습니다. 일괄 개설에서 CSV를 올리거나 API로 개설하세요.",
              )}
            </p>
          }
        >
          <section class="panel">
            <table class="list" data-testid="tenants">
              <thead>
                <tr>
                  <th>{t("상호")}</th>
                  <th>{t("상태")}</th>
                  <th>{t("요금제")}</th>
                  <th>{t("이번 달 사용량")}</th>
                  <th>{t("관리")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={tenants}>
                  {(tn) => (
                    <tr data-testid="tenant-row">
                      <td>
                        <strong>{tn.businessName}</strong>
                        <br />
                        <span class="muted">{tn.subscriberId}</span>
                      </td>
                      <td>
                        <span
                          class="badge"
                          classList={{ live: tn.status === "active" }}
                          data-testid="tenant-status"
                        >
                          {t(STATUS_LABEL[tn.status])}
                        </span>
                        <Show when={tn.exportUntil}>
                          {(d) => (
                            <>
                              <br />
                              <span class="muted">
                                {t("자료 보관")} ~{formatDate(d())}
                              </span>
                            </>
                          )}
                        </Show>
                      </td>
                      <td>
                        <label class="sr-only" for={`plan-${tn.id}`}>
                          {t("요금제")}
                        </label>
                        <select
                          id={`plan-${tn.id}`}
                          value={tn.plan.id}
                          disabled={busy() === tn.id}
                          onChange={(e) =>
                            act(tn, "plan", e.currentTarget.value)
                          }
                        >
                          <option value="basic">{t("기본")}</option>
                          <option value="plus">{t("플러스")}</option>
                        </select>
                      </td>
                      <td class="muted">
                        {t("요청")}{" "}
                        {formatNumber(tn.usage?.metrics.requests ?? 0)} ·{" "}
                        {t("메일")}{" "}
                        {formatNumber(tn.usage?.metrics.emails ?? 0)} ·{" "}
                        {t("계산서")}{" "}
                        {formatNumber(tn.usage?.metrics.invoices ?? 0)}
                      </td>
                      <td>
                        <Show when={tn.status === "active"}>
                          <button
                            type="button"
                            class="link small"
                            disabled={busy() === tn.id}
                            onClick={() => act(tn, "suspend")}
                          >
                            {t("정지")}
                          </button>
                        </Show>
                        <Show when={tn.status !== "active"}>
                          <button
                            type="button"
                            class="link small"
                            disabled={busy() === tn.id}
                            onClick={() => act(tn, "resume")}
                          >
                            {t("재개")}
                          </button>
                        </Show>
                        <Show when={tn.status !== "cancelled"}>
                          <button
                            type="button"
                            class="link small"
                            disabled={busy() === tn.id}
                            onClick={() => act(tn, "cancel")}
                          >
                            {t("해지")}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={cursor()}>
              <button
                type="button"
                class="secondary"
                onClick={() => load(true)}
              >
                {t("더 보기")}
              </button>
            </Show>
          </section>
        </Show>
      </Show>
    </>
  );
}
