// 판매사 콘솔 · 웹훅: the reseller's endpoints (add → the signing secret shown once, disable/enable,
// delete, send a test) and the delivery log (filter by status and endpoint, page by nextCursor,
// the body as sent, 다시 보내기 on a failed delivery). Each action is one call to the console API.
import { createResource, createSignal, For, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { ApiError } from "../data/api";
import { formatDate, t } from "../i18n";
import { capi, errorText } from "./reseller-auth";
import { SecretOnce } from "../ui/secret-once";

type HookStatus = "active" | "disabled";
type DeliveryStatus = "pending" | "delivered" | "failed";

interface HookView {
  id: string;
  url: string;
  events: string[];
  description: string;
  status: HookStatus;
  createdAt: string;
  updatedAt: string;
}

interface DeliveryView {
  id: string;
  webhookId: string;
  eventId: string;
  type: string;
  tenantId: string | null;
  status: DeliveryStatus;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  lastHttpStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  retries: number;
  event: { id: string; type: string; created: string; data: unknown };
}

export const EVENTS = [
  { id: "tenant.provisioned", label: "사업장 개설" },
  { id: "tenant.plan_changed", label: "요금제 변경" },
  { id: "tenant.suspended", label: "이용 정지" },
  { id: "tenant.resumed", label: "이용 재개" },
  { id: "tenant.cancelled", label: "해지" },
  { id: "tenant.quota_reached", label: "사용량 한도 도달" },
] as const;
const EVENT_LABEL: Record<string, string> = {
  ...Object.fromEntries(EVENTS.map((e) => [e.id, e.label])),
  "webhook.test": "시험 전송",
};

export const DELIVERY_LABEL: Record<DeliveryStatus, string> = {
  pending: "대기",
  delivered: "전달",
  failed: "실패",
};

const PAGE = 20;

// hourCycle h23, not hour12: false (which ICU renders as 24:05 just after midnight).
const clock = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});
const dateTime = (iso: string) =>
  `${formatDate(iso)} ${clock.format(new Date(iso))}`;

/** The last attempt's outcome in words: the HTTP status, or why there was none. */
function outcome(d: DeliveryView): string {
  if (d.lastError === "timeout") return t("응답 시간 초과");
  if (d.lastError === "webhook_disabled") return t("웹훅이 중지됨");
  if (d.lastError === "webhook_deleted") return t("웹훅이 삭제됨");
  if (d.lastHttpStatus !== null) return `HTTP ${d.lastHttpStatus}`;
  if (d.lastError) return `${t("연결 실패")} (${d.lastError})`;
  return "—";
}

/** The shop an event is about, by name where the body has it. */
function shopOf(d: DeliveryView): string {
  const data = d.event.data as {
    tenant?: { businessName?: string; subscriberId?: string };
  } | null;
  const tenant = data?.tenant;
  if (tenant?.businessName)
    return tenant.subscriberId
      ? `${tenant.businessName} (${tenant.subscriberId})`
      : tenant.businessName;
  return d.tenantId ?? "—";
}

/** Field errors of a refused request by field name (events.0 → events), as the other pages show them. */
function fieldsOf(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of err.fields) {
    const key = f.field.split(".")[0];
    out[key] ??= f.message;
  }
  return out;
}

export default function ConsoleWebhooks() {
  const [hooks, { refetch: refetchHooks }] = createResource(() =>
    capi<{ webhooks: HookView[] }>("GET", "/webhooks").then((r) => r.webhooks),
  );
  const [error, setError] = createSignal("");
  const [notice, setNotice] = createSignal("");
  const [busy, setBusy] = createSignal("");

  // ——— adding an endpoint ———
  const [url, setUrl] = createSignal("");
  const [events, setEvents] = createSignal<string[]>(["tenant.provisioned"]);
  const [description, setDescription] = createSignal("");
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>(
    {},
  );
  const [formError, setFormError] = createSignal("");
  const [secret, setSecret] = createSignal<{ url: string; secret: string }>();

  const create = async (e: Event) => {
    e.preventDefault();
    setFormError("");
    const local: Record<string, string> = {};
    if (!url().trim()) local.url = t("웹훅 URL을 입력해 주세요.");
    if (!events().length) local.events = t("이벤트를 하나 이상 고르세요.");
    setFieldErrors(local);
    if (Object.keys(local).length) return;
    setBusy("create");
    try {
      const h = await capi<HookView & { secret: string }>("POST", "/webhooks", {
        url: url().trim(),
        events: events(),
        description: description().trim(),
      });
      setSecret({ url: h.url, secret: h.secret });
      setUrl("");
      setDescription("");
      refetchHooks();
    } catch (err) {
      setFieldErrors(fieldsOf(err));
      setFormError(errorText(err));
    } finally {
      setBusy("");
    }
  };
  const toggleEvent = (id: string, on: boolean) =>
    setEvents((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  // ——— acting on an endpoint ———
  const act = async (
    h: HookView,
    action: "disable" | "enable" | "delete" | "test",
  ) => {
    if (
      action === "delete" &&
      !confirm(
        `${h.url}: ${t("삭제하면 이 주소로 더 보내지 않습니다. 대기 중인 전송도 끝납니다. 삭제할까요?")}`,
      )
    )
      return;
    setError("");
    setNotice("");
    setBusy(h.id);
    try {
      if (action === "test") {
        await capi("POST", `/webhooks/${h.id}/test`);
        setNotice(
          t("시험 전송을 보냈습니다. 아래 전송 기록에서 결과를 보세요."),
        );
      } else if (action === "delete") await capi("DELETE", `/webhooks/${h.id}`);
      else
        await capi("PATCH", `/webhooks/${h.id}`, {
          status: action === "disable" ? "disabled" : "active",
        });
      refetchHooks();
      void load();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy("");
    }
  };

  // ——— the delivery log ———
  const [log, setLog] = createStore<DeliveryView[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loaded, setLoaded] = createSignal(false);
  const [status, setStatus] = createSignal<"" | DeliveryStatus>("");
  const [hookFilter, setHookFilter] = createSignal("");

  const load = async (more = false) => {
    setError("");
    const q = new URLSearchParams({ limit: String(PAGE) });
    if (status()) q.set("status", status());
    if (hookFilter()) q.set("webhookId", hookFilter());
    if (more && cursor()) q.set("cursor", cursor()!);
    try {
      const page = await capi<{
        deliveries: DeliveryView[];
        nextCursor: string | null;
      }>("GET", `/webhooks/deliveries?${q}`);
      setLog(
        reconcile(more ? [...log, ...page.deliveries] : page.deliveries, {
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

  const retry = async (d: DeliveryView) => {
    setError("");
    setNotice("");
    setBusy(d.id);
    try {
      const next = await capi<DeliveryView>(
        "POST",
        `/webhooks/deliveries/${d.id}/retry`,
      );
      setLog((x) => x.id === d.id, next);
      setNotice(t("다시 보냈습니다. 결과는 잠시 뒤 새로 고침하면 보입니다."));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy("");
    }
  };

  const hookUrl = (id: string) =>
    hooks()?.find((h) => h.id === id)?.url ?? t("삭제된 웹훅");

  return (
    <>
      <h1 class="page-title">{t("웹훅")}</h1>
      <p class="muted">
        {t(
          "사업장에 일이 생기면(개설, 요금제 변경, 정지, 재개, 해지, 사용량 한도) 등록한 주소로 서명한 POST를 보냅니다. 실패하면 10분부터 두 배씩 늘려 8번까지 다시 보냅니다.",
        )}
      </p>
      <Show when={error()}>
        <p class="form-error" role="alert" data-testid="page-error">
          {error()}
        </p>
      </Show>
      <Show when={notice()}>
        <p class="ok" role="status">
          {notice()}
        </p>
      </Show>
      {/* keyed: a new secret is a new panel (its 복사했습니다 starts over) */}
      <Show when={secret()} keyed>
        {(s) => (
          <SecretOnce
            title={
              <>
                {t("서명 비밀값")}: <span class="break">{s.url}</span>
              </>
            }
            warning={t(
              "이 비밀값은 지금 한 번만 보여 드립니다. 복사해서 받는 서버에 넣어 두세요. 요청마다 X-Golmok-Signature 헤더의 서명을 이 값으로 확인합니다. 잃어버리면 웹훅을 지우고 다시 등록하세요.",
            )}
            secret={s.secret}
            onClose={() => setSecret(undefined)}
            testid="new-webhook"
            secretTestid="new-webhook-secret"
            closeTestid="hide-secret"
          />
        )}
      </Show>

      <section class="panel">
        <h2>{t("웹훅 등록")}</h2>
        <form onSubmit={create} novalidate>
          <Show when={formError()}>
            <p class="form-error" role="alert" data-testid="form-error">
              {formError()}
            </p>
          </Show>
          <div class="field" classList={{ invalid: !!fieldErrors().url }}>
            <label for="f-hook-url">{t("받을 주소 (URL)")}</label>
            <input
              id="f-hook-url"
              name="url"
              type="url"
              inputmode="url"
              maxLength={2000}
              placeholder="https://billing.isp.example/golmok/webhook"
              aria-invalid={fieldErrors().url ? "true" : undefined}
              value={url()}
              onInput={(e) => setUrl(e.currentTarget.value)}
            />
            <Show when={fieldErrors().url}>
              <p class="error" data-testid="error-url">
                {fieldErrors().url}
              </p>
            </Show>
          </div>
          <fieldset
            class="field"
            classList={{ invalid: !!fieldErrors().events }}
          >
            <legend>{t("받을 이벤트")}</legend>
            <For each={EVENTS}>
              {(ev) => (
                <label class="check">
                  <input
                    type="checkbox"
                    name="events"
                    value={ev.id}
                    checked={events().includes(ev.id)}
                    onChange={(e) =>
                      toggleEvent(ev.id, e.currentTarget.checked)
                    }
                  />
                  <span>
                    {t(ev.label)} <span class="muted event-id">({ev.id})</span>
                  </span>
                </label>
              )}
            </For>
            <Show when={fieldErrors().events}>
              <p class="error" data-testid="error-events">
                {fieldErrors().events}
              </p>
            </Show>
          </fieldset>
          <div
            class="field"
            classList={{ invalid: !!fieldErrors().description }}
          >
            <label for="f-hook-description">{t("설명 (선택)")}</label>
            <input
              id="f-hook-description"
              name="description"
              maxLength={100}
              placeholder={t("예: 청구 시스템")}
              value={description()}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
            <Show when={fieldErrors().description}>
              <p class="error">{fieldErrors().description}</p>
            </Show>
          </div>
          <button type="submit" class="primary" disabled={busy() === "create"}>
            {busy() === "create" ? t("처리 중…") : t("웹훅 등록")}
          </button>
        </form>
      </section>

      <section class="panel">
        <h2>{t("등록한 웹훅")}</h2>
        <Show when={hooks()} fallback={<p class="loading">…</p>}>
          {(list) => (
            <Show
              when={list().length}
              fallback={
                <p class="muted" data-testid="no-webhooks">
                  {t("등록한 웹훅이 없습니다.")}
                </p>
              }
            >
              <table class="list" data-testid="webhooks">
                <thead>
                  <tr>
                    <th>{t("웹훅 주소")}</th>
                    <th>{t("이벤트")}</th>
                    <th>{t("상태")}</th>
                    <th>{t("관리")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(h) => (
                      <tr data-testid="webhook-row">
                        <td>
                          <span class="break">{h.url}</span>
                          <Show when={h.description}>
                            <br />
                            <span class="muted">{h.description}</span>
                          </Show>
                          <br />
                          <span class="muted">{formatDate(h.createdAt)}</span>
                        </td>
                        <td class="muted">
                          {h.events
                            .map((e) => t(EVENT_LABEL[e] ?? e))
                            .join(", ")}
                        </td>
                        <td>
                          <span
                            class="badge"
                            classList={{ live: h.status === "active" }}
                            data-testid="webhook-status"
                          >
                            {h.status === "active" ? t("사용 중") : t("중지됨")}
                          </span>
                        </td>
                        <td>
                          <button
                            type="button"
                            class="link small"
                            disabled={busy() === h.id || h.status !== "active"}
                            onClick={() => act(h, "test")}
                          >
                            {t("시험 전송")}
                          </button>
                          <button
                            type="button"
                            class="link small"
                            disabled={busy() === h.id}
                            onClick={() =>
                              act(
                                h,
                                h.status === "active" ? "disable" : "enable",
                              )
                            }
                          >
                            {h.status === "active" ? t("중지") : t("다시 켜기")}
                          </button>
                          <button
                            type="button"
                            class="link small"
                            disabled={busy() === h.id}
                            onClick={() => act(h, "delete")}
                          >
                            {t("삭제")}
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </section>

      <section class="panel">
        <div class="panel-head">
          <h2>{t("전송 기록")}</h2>
          <button
            type="button"
            class="link small"
            onClick={() => load()}
            data-testid="refresh-log"
          >
            {t("새로 고침")}
          </button>
        </div>
        <p class="muted">{t("최근 것부터, 30일 동안 보관합니다.")}</p>
        <div class="filters">
          <label for="f-log-status">{t("상태")}</label>
          <select
            id="f-log-status"
            value={status()}
            onChange={(e) => {
              setStatus(e.currentTarget.value as "" | DeliveryStatus);
              void load();
            }}
          >
            <option value="">{t("전체")}</option>
            <option value="pending">{t("대기")}</option>
            <option value="delivered">{t("전달")}</option>
            <option value="failed">{t("실패")}</option>
          </select>
          <label for="f-log-hook">{t("웹훅")}</label>
          <select
            id="f-log-hook"
            value={hookFilter()}
            onChange={(e) => {
              setHookFilter(e.currentTarget.value);
              void load();
            }}
          >
            <option value="">{t("전체")}</option>
            <For each={hooks() ?? []}>
              {(h) => <option value={h.id}>{h.url}</option>}
            </For>
          </select>
        </div>
        <Show when={loaded()} fallback={<p class="loading">…</p>}>
          <Show
            when={log.length}
            fallback={
              <p class="muted" data-testid="no-deliveries">
                {t("전송 기록이 없습니다.")}
              </p>
            }
          >
            <table class="list deliveries" data-testid="deliveries">
              <thead>
                <tr>
                  <th>{t("상태")}</th>
                  <th>{t("이벤트")}</th>
                  <th>{t("시도")}</th>
                  <th>{t("마지막 결과")}</th>
                  <th>{t("시각")}</th>
                  <th>{t("사업장")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={log}>
                  {(d) => (
                    <tr
                      data-testid="delivery-row"
                      data-status={d.status}
                      data-id={d.id}
                    >
                      <td>
                        <span
                          class="badge"
                          classList={{
                            live: d.status === "delivered",
                            failed: d.status === "failed",
                          }}
                          data-testid="delivery-status"
                        >
                          {t(DELIVERY_LABEL[d.status])}
                        </span>
                        <Show when={d.status === "failed"}>
                          <br />
                          <button
                            type="button"
                            class="secondary small"
                            disabled={busy() === d.id}
                            onClick={() => retry(d)}
                            data-testid="retry"
                          >
                            {t("다시 보내기")}
                          </button>
                        </Show>
                      </td>
                      <td>
                        <strong>{t(EVENT_LABEL[d.type] ?? d.type)}</strong>
                        <br />
                        <span
                          class="muted hook-url"
                          title={hookUrl(d.webhookId)}
                        >
                          {hookUrl(d.webhookId)}
                        </span>
                        <details>
                          <summary>{t("보낸 본문")}</summary>
                          <pre class="sent-body" data-testid="delivery-body">
                            {JSON.stringify(d.event, null, 2)}
                          </pre>
                        </details>
                      </td>
                      <td data-testid="delivery-attempts">
                        {d.attempts}/{d.maxAttempts}
                        <Show when={d.retries > 0}>
                          <br />
                          <span class="muted">
                            {t("다시 보냄")} {d.retries}
                          </span>
                        </Show>
                      </td>
                      <td data-testid="delivery-outcome">{outcome(d)}</td>
                      <td class="muted">
                        {t("생성")} {dateTime(d.createdAt)}
                        <Show when={d.deliveredAt}>
                          {(at) => (
                            <>
                              <br />
                              {t("전달")} {dateTime(at())}
                            </>
                          )}
                        </Show>
                        <Show when={d.nextAttemptAt}>
                          {(at) => (
                            <>
                              <br />
                              {t("다음 시도")} {dateTime(at())}
                            </>
                          )}
                        </Show>
                      </td>
                      <td>{shopOf(d)}</td>
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
                data-testid="more-deliveries"
              >
                {t("더 보기")}
              </button>
            </Show>
          </Show>
        </Show>
      </section>
    </>
  );
}
