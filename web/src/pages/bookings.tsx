import { createResource, createSignal, For, Show } from "solid-js";
import { api, ApiError } from "../data/api";
import { formatDate, t } from "../i18n";
import { STATUS_LABEL } from "../../../core/site/schema";

interface BookingView {
  id: string;
  kind: "booking" | "inquiry";
  status: "pending" | "confirmed" | "cancelled";
  service?: string;
  date?: string;
  time?: string;
  name: string;
  phone: string;
  email: string;
  message: string;
  car?: string;
  party?: number;
  takeout?: boolean;
  createdAt: string;
}
interface CustomerView {
  id: string;
  name: string;
  phone: string;
  email: string;
  notes: string;
  visits: { date: string; service: string }[];
  consentAt?: string;
}

const row = {
  display: "flex",
  gap: "8px",
  "flex-wrap": "wrap",
  "align-items": "end",
} as const;

export default function Bookings() {
  const [status, setStatus] = createSignal("");
  const [inbox, { refetch }] = createResource(status, (s) =>
    api<{ items: BookingView[] }>("GET", `/bookings${s ? `?status=${s}` : ""}`),
  );
  const [error, setError] = createSignal("");
  const act = async (id: string, body: Record<string, string>) => {
    setError("");
    try {
      await api("PATCH", `/bookings/${id}`, body);
      await refetch();
      await refetchCustomers();
    } catch (err) {
      setError(
        err instanceof ApiError ? err.message : "일시적인 오류가 발생했습니다.",
      );
    }
  };
  const [q, setQ] = createSignal("");
  const [customers, { refetch: refetchCustomers }] = createResource(
    q,
    (query) =>
      api<{ items: CustomerView[] }>(
        "GET",
        `/customers?q=${encodeURIComponent(query)}`,
      ),
  );
  const [newCustomer, setNewCustomer] = createSignal({
    name: "",
    phone: "",
    notes: "",
  });
  const [customerError, setCustomerError] = createSignal("");
  const addCustomer = async (e: Event) => {
    e.preventDefault();
    setCustomerError("");
    try {
      await api("POST", "/customers", newCustomer());
      setNewCustomer({ name: "", phone: "", notes: "" });
      await refetchCustomers();
    } catch (err) {
      setCustomerError(
        err instanceof ApiError ? err.message : "일시적인 오류가 발생했습니다.",
      );
    }
  };
  const remove = async (c: CustomerView) => {
    if (!confirm(`${c.name}님의 고객 정보를 삭제할까요? 되돌릴 수 없습니다.`))
      return;
    await api("DELETE", `/customers/${c.id}`);
    await refetchCustomers();
  };

  return (
    <>
      <h1 class="page-title">{t("예약·문의함")}</h1>
      <section class="panel">
        <div class="field">
          <label for="f-status">상태</label>
          <select
            id="f-status"
            value={status()}
            onChange={(e) => setStatus(e.currentTarget.value)}
          >
            <option value="">전체</option>
            <option value="pending">확인 대기</option>
            <option value="confirmed">확정</option>
            <option value="cancelled">취소</option>
          </select>
        </div>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <Show when={inbox()} fallback={<p class="muted">…</p>}>
          {(r) => (
            <Show
              when={r().items.length > 0}
              fallback={<p class="muted">아직 들어온 예약·문의가 없습니다.</p>}
            >
              <ul style={{ "list-style": "none", padding: "0", margin: "0" }}>
                <For each={r().items}>
                  {(b) => (
                    <li
                      data-testid="booking-row"
                      style={{
                        "border-bottom": "1px solid #e7e5e4",
                        padding: "10px 0",
                      }}
                    >
                      <p style={{ margin: "0" }}>
                        <strong>
                          {b.kind === "booking" ? "예약" : "문의"}
                        </strong>{" "}
                        · {b.name} · <a href={`tel:${b.phone}`}>{b.phone}</a> ·{" "}
                        <span class="badge">{STATUS_LABEL[b.status]}</span>
                      </p>
                      <Show when={b.date}>
                        <p style={{ margin: "0" }} data-testid="booking-when">
                          {b.service} · {formatDate(b.date!)} {b.time}
                        </p>
                      </Show>
                      <Show when={b.car}>
                        <p style={{ margin: "0" }}>차량: {b.car}</p>
                      </Show>
                      <Show when={b.party}>
                        <p style={{ margin: "0" }}>인원: {b.party}명</p>
                      </Show>
                      <Show when={b.takeout}>
                        <p style={{ margin: "0" }}>
                          <span class="badge">포장</span>
                        </p>
                      </Show>
                      <Show when={b.message}>
                        <p class="muted" style={{ margin: "0" }}>
                          {b.message}
                        </p>
                      </Show>
                      <Show
                        when={b.kind === "booking" && b.status !== "cancelled"}
                      >
                        <div style={row}>
                          <Show when={b.status === "pending"}>
                            <button
                              type="button"
                              class="primary"
                              onClick={() => act(b.id, { action: "confirm" })}
                            >
                              확정
                            </button>
                          </Show>
                          <Reschedule
                            onSubmit={(date, time) =>
                              act(b.id, { action: "reschedule", date, time })
                            }
                          />
                          <button
                            type="button"
                            class="link"
                            onClick={() => act(b.id, { action: "cancel" })}
                          >
                            취소
                          </button>
                        </div>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </section>

      <section class="panel" id="customers">
        <div class="panel-head">
          <h2>{t("고객")}</h2>
          <a
            href={`/api/customers?format=csv&q=${encodeURIComponent(q())}`}
            download="고객.csv"
          >
            내보내기 (CSV)
          </a>
        </div>
        <div class="field">
          <label for="f-q">검색 (이름·연락처·메모)</label>
          <input
            id="f-q"
            type="search"
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </div>
        <For each={customers()?.items ?? []}>
          {(c) => (
            <article
              data-testid="customer-row"
              style={{ "border-bottom": "1px solid #e7e5e4", padding: "8px 0" }}
            >
              <p style={{ margin: "0" }}>
                <strong>{c.name}</strong> · {c.phone} · 방문 {c.visits.length}회
              </p>
              <Show when={c.notes}>
                <p class="muted" style={{ margin: "0" }}>
                  {c.notes}
                </p>
              </Show>
              <button
                type="button"
                class="link small"
                onClick={() => remove(c)}
              >
                삭제 (본인 요청)
              </button>
            </article>
          )}
        </For>
        <form onSubmit={addCustomer} style={{ "margin-top": "12px" }}>
          <h3>고객 추가·메모</h3>
          <div class="field">
            <label for="f-cname">이름</label>
            <input
              id="f-cname"
              value={newCustomer().name}
              onInput={(e) =>
                setNewCustomer({
                  ...newCustomer(),
                  name: e.currentTarget.value,
                })
              }
            />
          </div>
          <div class="field">
            <label for="f-cphone">연락처</label>
            <input
              id="f-cphone"
              type="tel"
              value={newCustomer().phone}
              onInput={(e) =>
                setNewCustomer({
                  ...newCustomer(),
                  phone: e.currentTarget.value,
                })
              }
            />
          </div>
          <div class="field">
            <label for="f-cnotes">메모 (시술 기록, 처방, 차량 정보 등)</label>
            <textarea
              id="f-cnotes"
              rows={3}
              value={newCustomer().notes}
              onInput={(e) =>
                setNewCustomer({
                  ...newCustomer(),
                  notes: e.currentTarget.value,
                })
              }
            />
          </div>
          <Show when={customerError()}>
            <p class="error" role="alert">
              {customerError()}
            </p>
          </Show>
          <button type="submit" class="secondary">
            {t("저장")}
          </button>
        </form>
      </section>
    </>
  );
}

function Reschedule(props: { onSubmit: (date: string, time: string) => void }) {
  const [open, setOpen] = createSignal(false);
  const [date, setDate] = createSignal("");
  const [time, setTime] = createSignal("");
  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          시간 변경
        </button>
      }
    >
      <input
        aria-label="새 날짜"
        type="date"
        value={date()}
        onInput={(e) => setDate(e.currentTarget.value)}
      />
      <input
        aria-label="새 시간"
        type="time"
        step="1800"
        value={time()}
        onInput={(e) => setTime(e.currentTarget.value)}
      />
      <button
        type="button"
        class="secondary"
        onClick={() => props.onSubmit(date(), time())}
      >
        변경
      </button>
    </Show>
  );
}
