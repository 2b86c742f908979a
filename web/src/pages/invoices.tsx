import { A, useNavigate, useParams } from "@solidjs/router";
import { InvoiceAlerts, type InvoiceAlert } from "../ui/alerts";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import {
  computeLines,
  invoiceStatus,
  lineVat,
} from "../../../core/invoice/compute";
import { formatBizNo } from "../../../core/kr/bizno";
import {
  AMEND_REASONS,
  AMEND_REASON_LABEL,
  formatApprovalNo,
  KIND_LABEL,
  MAX_LINES,
  MAX_SUMMARY_DETAILS,
  STATUS_LABEL,
  type AmendReason,
  type InvoiceDoc,
  type InvoiceKind,
  type InvoiceListStatus,
  type Party,
} from "../../../core/invoice/schema";
import { kstDate } from "../../../core/time";
import { api, ApiError, fileBase64, type FieldIssue } from "../data/api";
import { formatDate, formatWon, t } from "../i18n";
import { useSession } from "../session";

export interface Invoice extends InvoiceDoc {
  mailStatus?: string;
  sentAt?: string;
  bouncedAt?: string;
  failedAt?: string;
  confirmedAt?: string;
  acceptedAt?: string;
  sends?: { mailId: string; to: string[]; at: string }[];
  transmission?: {
    status: "pending" | "sent" | "failed";
    at: string;
    detail: string;
  };
  localTransmission: boolean;
  amendable: boolean;
  deadline: string;
  late?: boolean;
  voided?: boolean;
}
type Client = Party;

const stamp = (iso?: string) =>
  iso
    ? new Date(iso).toLocaleString("ko-KR", {
        timeZone: "Asia/Seoul",
        dateStyle: "short",
        timeStyle: "short",
      })
    : "";

function Errors(props: { error?: unknown }) {
  return (
    <Show when={props.error}>
      {(e) => (
        <div class="form-error" role="alert" data-testid="form-error">
          <p>{(e() as Error).message}</p>
          <Show
            when={
              e() instanceof ApiError && (e() as ApiError).fields.length > 1
            }
          >
            <ul>
              <For each={(e() as ApiError).fields}>
                {(f: FieldIssue) => <li>{f.message}</li>}
              </For>
            </ul>
          </Show>
        </div>
      )}
    </Show>
  );
}

function StatusBadge(props: { invoice: Invoice }) {
  const s = () => invoiceStatus(props.invoice) as InvoiceListStatus;
  return (
    <span class={`badge status-${s()}`} data-testid="invoice-status">
      {t(STATUS_LABEL[s()])}
    </span>
  );
}

export function InvoiceList() {
  const [q, setQ] = createStore({
    from: `${kstDate().slice(0, 8)}01`,
    to: kstDate(),
    status: "",
  });
  const query = () =>
    `from=${q.from}&to=${q.to}${q.status ? `&status=${q.status}` : ""}`;
  const [data] = createResource(query, (qs) =>
    api<{
      items: Invoice[];
      totals: { count: number; supply: number; tax: number; total: number };
      alerts: InvoiceAlert[];
    }>("GET", `/invoices?${qs}`),
  );
  return (
    <>
      <div class="panel-head">
        <h1 class="page-title">{t("전자세금계산서")}</h1>
        <A href="/invoices/new" class="button" data-testid="new-invoice">
          + {t("새 세금계산서")}
        </A>
      </div>
      <nav class="subnav">
        <A href="/clients">{t("거래처")}</A> ·{" "}
        <A href="/invoices/received">{t("받은 세금계산서")}</A> ·{" "}
        <A href="/settings/certificate">{t("인증서")}</A>
      </nav>
      <InvoiceAlerts alerts={data()?.alerts} testid="invoice-alerts" />
      <section class="panel filters">
        <label>
          {t("시작일")}{" "}
          <input
            type="date"
            value={q.from}
            onInput={(e) => setQ("from", e.currentTarget.value)}
          />
        </label>
        <label>
          {t("종료일")}{" "}
          <input
            type="date"
            value={q.to}
            onInput={(e) => setQ("to", e.currentTarget.value)}
          />
        </label>
        <label>
          {t("상태")}{" "}
          <select
            value={q.status}
            onChange={(e) => setQ("status", e.currentTarget.value)}
          >
            <option value="">{t("전체")}</option>
            <For each={Object.entries(STATUS_LABEL)}>
              {([k, v]) => <option value={k}>{t(v)}</option>}
            </For>
          </select>
        </label>
        <a href={`/api/invoices?${query()}&format=xlsx`} download="">
          {t("엑셀")}
        </a>
        <a href={`/api/invoices?${query()}&format=csv`} download="">
          CSV
        </a>
      </section>
      <Errors error={data.error} />
      <section class="panel">
        <table class="list" data-testid="invoices">
          <thead>
            <tr>
              <th scope="col">{t("작성일자")}</th>
              <th scope="col">{t("거래처")}</th>
              <th scope="col">{t("합계금액")}</th>
              <th scope="col">{t("상태")}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={data()?.items}
              fallback={
                <tr>
                  <td colspan="4" class="muted">
                    {t("이 기간에 세금계산서가 없습니다.")}
                  </td>
                </tr>
              }
            >
              {(i) => (
                <tr>
                  <td>{formatDate(i.writeDate)}</td>
                  <td>
                    <A href={`/invoices/${i.id}`}>{i.buyer.name}</A>
                    <Show when={i.amendment}>
                      {" "}
                      <span class="badge">{t("수정")}</span>
                    </Show>
                  </td>
                  <td class="num">{formatWon(i.grandTotal)}</td>
                  <td>
                    <StatusBadge invoice={i} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
          <Show when={data()}>
            <tfoot>
              <tr>
                <th scope="row" colspan="2">
                  {t("발급 합계")} {data()!.totals.count}
                  {t("건")} · {t("공급가액")} {formatWon(data()!.totals.supply)}{" "}
                  · {t("세액")} {formatWon(data()!.totals.tax)}
                </th>
                <td class="num" data-testid="invoice-total">
                  {formatWon(data()!.totals.total)}
                </td>
                <td />
              </tr>
            </tfoot>
          </Show>
        </table>
      </section>
    </>
  );
}

interface LineForm {
  date: string;
  item: string;
  spec: string;
  qty: string;
  unitPrice: string;
  supply: string;
  tax: string;
  note: string;
}
const emptyLine = (): LineForm => ({
  date: "",
  item: "",
  spec: "",
  qty: "1",
  unitPrice: "",
  supply: "",
  tax: "",
  note: "",
});
const toNum = (s: string) =>
  s.trim() === "" ? undefined : Number(s.replaceAll(",", ""));

function toLineInput(l: LineForm) {
  return {
    date: l.date,
    item: l.item,
    spec: l.spec,
    qty: toNum(l.qty),
    unitPrice: toNum(l.unitPrice),
    supply: toNum(l.supply),
    tax: toNum(l.tax),
    note: l.note,
  };
}

const emptyParty = (): Party => ({
  bizNo: "",
  branchNo: "",
  name: "",
  ceo: "",
  address: "",
  bizType: "",
  bizItem: "",
  email: "",
  email2: "",
});

export function InvoiceNew() {
  const navigate = useNavigate();
  const [clients] = createResource(() =>
    api<{ clients: Client[] }>("GET", "/clients"),
  );
  const [form, setForm] = createStore({
    kind: "taxable" as InvoiceKind,
    purpose: "claim" as "claim" | "receipt",
    writeDate: kstDate(),
    summary: false,
    note: "",
    buyer: emptyParty(),
    lines: [emptyLine()],
  });
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  // The same arithmetic the API runs (core/invoice/compute): totals as the owner types.
  const computed = createMemo(() => {
    try {
      return {
        ok: computeLines(
          form.kind,
          form.writeDate,
          form.lines.map(toLineInput),
        ),
      };
    } catch (e) {
      return { error: (e as Error).message };
    }
  });
  const pick = (bizNo: string) => {
    const c = clients()?.clients.find((x) => x.bizNo === bizNo);
    if (c) setForm("buyer", { ...emptyParty(), ...c });
  };
  const maxLines = () => (form.summary ? MAX_SUMMARY_DETAILS : MAX_LINES);
  const submit = async (issue: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        kind: form.kind,
        purpose: form.purpose,
        writeDate: form.writeDate,
        summary: form.summary,
        note: form.note,
        buyer: { ...form.buyer },
        lines: form.lines.map(toLineInput),
        issue,
      };
      const inv = await api<Invoice>("POST", "/invoices", body);
      navigate(`/invoices/${inv.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const party = (key: keyof Party, label: string, type = "text") => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        type={type}
        name={`buyer.${key}`}
        value={form.buyer[key]}
        onInput={(e) => setForm("buyer", key, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <>
      <h1 class="page-title">{t("새 세금계산서")}</h1>
      <form
        class="panel invoice-form"
        onSubmit={(e) => (e.preventDefault(), submit(true))}
      >
        <div class="row">
          <label class="field">
            <span>{t("종류")}</span>
            <select
              name="kind"
              value={form.kind}
              onChange={(e) =>
                setForm("kind", e.currentTarget.value as InvoiceKind)
              }
            >
              <For each={Object.entries(KIND_LABEL)}>
                {([k, v]) => <option value={k}>{t(v)}</option>}
              </For>
            </select>
          </label>
          <label class="field">
            <span>{t("영수/청구")}</span>
            <select
              name="purpose"
              value={form.purpose}
              onChange={(e) =>
                setForm("purpose", e.currentTarget.value as "claim")
              }
            >
              <option value="claim">{t("청구")}</option>
              <option value="receipt">{t("영수")}</option>
            </select>
          </label>
          <label class="field">
            <span>{t("작성일자")}</span>
            <input
              type="date"
              name="writeDate"
              value={form.writeDate}
              max={kstDate()}
              onInput={(e) => setForm("writeDate", e.currentTarget.value)}
            />
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={form.summary}
              onChange={(e) => setForm("summary", e.currentTarget.checked)}
            />
            {t("월합계 (다음 달 10일까지 발급)")}
          </label>
        </div>
        <fieldset>
          <legend>{t("공급받는자")}</legend>
          <Show when={clients()?.clients.length}>
            <label class="field">
              <span>{t("거래처에서 고르기")}</span>
              <select
                name="client"
                onChange={(e) => pick(e.currentTarget.value)}
                data-testid="pick-client"
              >
                <option value="">—</option>
                <For each={clients()!.clients}>
                  {(c) => (
                    <option value={c.bizNo}>
                      {c.name} ({formatBizNo(c.bizNo)})
                    </option>
                  )}
                </For>
              </select>
            </label>
          </Show>
          <div class="row">
            {party("bizNo", "사업자등록번호")}
            {party("name", "상호")}
            {party("ceo", "대표자")}
          </div>
          <div class="row">
            {party("address", "주소")}
            {party("bizType", "업태")}
            {party("bizItem", "종목")}
          </div>
          <div class="row">
            {party("email", "이메일", "email")}
            {party("email2", "두 번째 이메일", "email")}
          </div>
        </fieldset>
        <fieldset>
          <legend>
            {t("품목")} ({form.lines.length}/{maxLines()})
          </legend>
          <Show when={form.summary}>
            <p class="muted" data-testid="summary-hint">
              {t(
                "월합계: 16줄을 넘으면 세금계산서에는 '첫 품목 외 N건' 한 줄로 적히고, 명세는 받는 분 화면에 모두 보입니다.",
              )}
            </p>
          </Show>
          <div class="lines">
            <For each={form.lines}>
              {(l, i) => (
                <div class="line" data-testid="line">
                  <input
                    aria-label={t("품목")}
                    name={`lines.${i()}.item`}
                    placeholder={t("품목")}
                    value={l.item}
                    onInput={(e) =>
                      setForm("lines", i(), "item", e.currentTarget.value)
                    }
                  />
                  <input
                    aria-label={t("규격")}
                    placeholder={t("규격")}
                    value={l.spec}
                    onInput={(e) =>
                      setForm("lines", i(), "spec", e.currentTarget.value)
                    }
                  />
                  <input
                    aria-label={t("수량")}
                    name={`lines.${i()}.qty`}
                    inputmode="decimal"
                    placeholder={t("수량")}
                    value={l.qty}
                    onInput={(e) =>
                      setForm("lines", i(), "qty", e.currentTarget.value)
                    }
                  />
                  <input
                    aria-label={t("단가")}
                    name={`lines.${i()}.unitPrice`}
                    inputmode="numeric"
                    placeholder={t("단가")}
                    value={l.unitPrice}
                    onInput={(e) =>
                      setForm("lines", i(), "unitPrice", e.currentTarget.value)
                    }
                  />
                  <output class="num" data-testid="line-supply">
                    {(() => {
                      const c = computed().ok?.lines[i()];
                      return c ? formatWon(c.supply) : "";
                    })()}
                  </output>
                  <input
                    aria-label={t("세액")}
                    inputmode="numeric"
                    placeholder={(() => {
                      const c = computed().ok?.lines[i()];
                      return c
                        ? String(lineVat(form.kind, c.supply, form.writeDate))
                        : t("세액");
                    })()}
                    value={l.tax}
                    disabled={form.kind !== "taxable"}
                    onInput={(e) =>
                      setForm("lines", i(), "tax", e.currentTarget.value)
                    }
                  />
                  <button
                    type="button"
                    class="link"
                    aria-label={t("줄 삭제")}
                    onClick={() =>
                      setForm("lines", (ls) =>
                        ls.length > 1 ? ls.filter((_, j) => j !== i()) : ls,
                      )
                    }
                  >
                    ✕
                  </button>
                </div>
              )}
            </For>
          </div>
          <Show when={form.lines.length < maxLines()}>
            <button
              type="button"
              class="link"
              onClick={() => setForm("lines", (ls) => [...ls, emptyLine()])}
            >
              + {t("줄 추가")}
            </button>
          </Show>
        </fieldset>
        <label class="field">
          <span>{t("비고")}</span>
          <input
            name="note"
            value={form.note}
            onInput={(e) => setForm("note", e.currentTarget.value)}
          />
        </label>
        <p class="totals" data-testid="form-totals" aria-live="polite">
          <Show
            when={computed().ok}
            fallback={<span class="muted">{computed().error}</span>}
          >
            {(c) => (
              <>
                {t("공급가액")} <strong>{formatWon(c().supplyTotal)}</strong> ·{" "}
                {t("세액")} <strong>{formatWon(c().taxTotal)}</strong> ·{" "}
                {t("합계")}{" "}
                <strong data-testid="grand-total">
                  {formatWon(c().grandTotal)}
                </strong>
              </>
            )}
          </Show>
        </p>
        <Errors error={error()} />
        <div class="actions">
          <button
            type="button"
            class="secondary"
            disabled={busy()}
            onClick={() => submit(false)}
          >
            {t("초안 저장")}
          </button>
          <button type="submit" disabled={busy()} data-testid="issue">
            {t("발급")}
          </button>
        </div>
      </form>
    </>
  );
}

export function InvoiceDetail() {
  const params = useParams();
  const session = useSession();
  const canWrite = () => session.me()?.user.role !== "accountant";
  const [inv, { mutate, refetch }] = createResource(
    () => params.id,
    (id) => api<Invoice>("GET", `/invoices/${id}`),
  );
  const [error, setError] = createSignal<unknown>();
  const [to, setTo] = createSignal("");
  const [reason, setReason] = createSignal<AmendReason>("04");
  const [amendDate, setAmendDate] = createSignal(kstDate());
  const [amendItem, setAmendItem] = createSignal("");
  const [amendSupply, setAmendSupply] = createSignal("");
  const navigate = useNavigate();
  const act = async (fn: () => Promise<Invoice | void>) => {
    setError(undefined);
    try {
      const r = await fn();
      if (r) mutate(r);
      else await refetch();
    } catch (e) {
      setError(e);
    }
  };
  const amend = () =>
    act(async () => {
      const r = reason();
      const body =
        r === "04"
          ? { reason: r, date: amendDate() }
          : r === "02" || r === "03"
            ? {
                reason: r,
                date: amendDate(),
                lines: [{ item: amendItem(), supply: toNum(amendSupply()) }],
              }
            : r === "01"
              ? {
                  reason: r,
                  corrected: {
                    kind: inv()!.kind,
                    purpose: inv()!.purpose,
                    buyer: inv()!.buyer,
                    lines: inv()!.lines.map(({ date: _d, ...l }) => l),
                    note: inv()!.note,
                  },
                }
              : { reason: r };
      const res = await api<{ issued: Invoice[] }>(
        "POST",
        `/invoices/${params.id}/amend`,
        body,
      );
      navigate(`/invoices/${res.issued[res.issued.length - 1].id}`);
    });
  return (
    <Show when={inv()} fallback={<Errors error={inv.error} />}>
      {(i) => (
        <>
          <h1 class="page-title">
            {i().amendment ? t("수정") : ""}
            {i().kind === "exempt" ? t("전자계산서") : t("전자세금계산서")}{" "}
            <StatusBadge invoice={i()} />
          </h1>
          <section class="panel">
            <dl class="facts">
              <dt>{t("승인번호")}</dt>
              <dd data-testid="approval-no">
                {i().approvalNo
                  ? formatApprovalNo(i().approvalNo!)
                  : t("발급 전 (초안)")}
              </dd>
              <dt>{t("공급받는자")}</dt>
              <dd>
                {i().buyer.name} ({formatBizNo(i().buyer.bizNo)})
              </dd>
              <dt>{t("작성일자")}</dt>
              <dd>{formatDate(i().writeDate)}</dd>
              <dt>{t("합계금액")}</dt>
              <dd>
                {formatWon(i().grandTotal)} ({t("공급가액")}{" "}
                {formatWon(i().supplyTotal)} · {t("세액")}{" "}
                {formatWon(i().taxTotal)})
              </dd>
              <Show when={i().amendment}>
                <dt>{t("수정사유")}</dt>
                <dd>
                  {i().amendment!.reason}{" "}
                  {t(AMEND_REASON_LABEL[i().amendment!.reason])} · {t("당초")}{" "}
                  <A href={`/invoices/${i().amendment!.originalId}`}>
                    {formatApprovalNo(i().amendment!.originalApprovalNo)}
                  </A>
                </dd>
              </Show>
            </dl>
            <ol class="timeline" data-testid="timeline">
              <li classList={{ done: i().status === "issued" }}>
                {t("발급")} {stamp(i().issuedAt)}
              </li>
              <li classList={{ done: !!i().sentAt }} data-testid="step-sent">
                {t("메일 발송")} {stamp(i().sentAt)}
                <Show when={i().mailStatus === "queued"}>
                  {" "}
                  — {t("발송 대기")}
                </Show>
                <Show when={i().failedAt}> — {t("발송 실패")}</Show>
              </li>
              <li
                classList={{ done: !!i().confirmedAt }}
                data-testid="step-confirmed"
              >
                {t("수신확인")} {stamp(i().confirmedAt)}
              </li>
              <Show when={i().bouncedAt}>
                <li class="bad" data-testid="step-bounced">
                  {t("반송")} {stamp(i().bouncedAt)} —{" "}
                  {t("거래처 이메일을 확인하고 다시 보내 주세요.")}
                </li>
              </Show>
              <Show when={i().status === "issued"}>
                <li
                  classList={{
                    done: i().transmission?.status === "sent",
                    bad: i().transmission?.status === "failed",
                  }}
                  data-testid="step-nts"
                >
                  {t("국세청 전송")}:{" "}
                  {i().transmission?.status === "sent"
                    ? t("전송완료")
                    : i().transmission?.status === "failed"
                      ? t("전송실패")
                      : t("전송대기")}
                  <Show when={i().localTransmission}>
                    {" "}
                    ({t("로컬 모드 — 국세청 전송 안 됨")})
                  </Show>
                  <Show when={i().transmission?.status === "failed"}>
                    <div class="muted">{i().transmission!.detail}</div>
                    <Show when={canWrite()}>
                      <button
                        type="button"
                        class="link"
                        onClick={() =>
                          act(() =>
                            api("POST", `/invoices/${params.id}/transmit`),
                          )
                        }
                      >
                        {t("다시 전송")}
                      </button>
                    </Show>
                  </Show>
                </li>
              </Show>
            </ol>
            <p class="actions">
              <a
                href={`/api/invoices/${params.id}/pdf`}
                target="_blank"
                rel="noopener"
              >
                PDF
              </a>{" "}
              ·{" "}
              <a href={`/api/invoices/${params.id}/xml`} download="">
                XML
              </a>
            </p>
          </section>
          <Errors error={error()} />
          <Show when={canWrite() && i().status === "draft"}>
            <section class="panel">
              <button
                type="button"
                data-testid="issue-draft"
                onClick={() =>
                  act(() => api("POST", `/invoices/${params.id}/issue`))
                }
              >
                {t("발급")}
              </button>
            </section>
          </Show>
          <Show when={canWrite() && i().status === "issued"}>
            <section class="panel">
              <h2>{t("메일 보내기")}</h2>
              <form
                class="row"
                onSubmit={(e) => (
                  e.preventDefault(),
                  act(() =>
                    api("POST", `/invoices/${params.id}/send`, {
                      to: to() ? [to()] : [],
                    }),
                  )
                )}
              >
                <input
                  type="email"
                  name="to"
                  placeholder={
                    [i().buyer.email, i().buyer.email2]
                      .filter(Boolean)
                      .join(", ") || t("받는 사람 이메일")
                  }
                  value={to()}
                  onInput={(e) => setTo(e.currentTarget.value)}
                />
                <button type="submit" data-testid="send">
                  {i().sends?.length ? t("다시 보내기") : t("보내기")}
                </button>
              </form>
            </section>
            <Show when={i().amendable}>
              <section class="panel">
                <h2>{t("수정세금계산서")}</h2>
                <div class="row">
                  <select
                    value={reason()}
                    onChange={(e) =>
                      setReason(e.currentTarget.value as AmendReason)
                    }
                    aria-label={t("수정사유")}
                  >
                    <For each={[...AMEND_REASONS]}>
                      {(r) => (
                        <option value={r}>
                          {r} {t(AMEND_REASON_LABEL[r])}
                        </option>
                      )}
                    </For>
                  </select>
                  <Show when={["02", "03", "04"].includes(reason())}>
                    <input
                      type="date"
                      value={amendDate()}
                      onInput={(e) => setAmendDate(e.currentTarget.value)}
                      aria-label={t("사유 발생일")}
                    />
                  </Show>
                  <Show when={["02", "03"].includes(reason())}>
                    <input
                      placeholder={t("품목")}
                      value={amendItem()}
                      onInput={(e) => setAmendItem(e.currentTarget.value)}
                    />
                    <input
                      placeholder={
                        reason() === "02"
                          ? t("변동 공급가액 (±)")
                          : t("환입 공급가액")
                      }
                      inputmode="numeric"
                      value={amendSupply()}
                      onInput={(e) => setAmendSupply(e.currentTarget.value)}
                    />
                  </Show>
                  <button type="button" class="secondary" onClick={amend}>
                    {t("수정 발급")}
                  </button>
                </div>
              </section>
            </Show>
          </Show>
        </>
      )}
    </Show>
  );
}

export function Clients() {
  const [data, { refetch }] = createResource(() =>
    api<{ clients: Client[] }>("GET", "/clients"),
  );
  const [c, setC] = createStore(emptyParty());
  const [error, setError] = createSignal<unknown>();
  const [notice, setNotice] = createSignal("");
  const save = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api("POST", "/clients", { ...c });
      setC(emptyParty());
      await refetch();
    } catch (err) {
      setError(err);
    }
  };
  const upload = async (file: File) => {
    setError(undefined);
    try {
      const r = await api<{ imported: number }>("POST", "/clients/import", {
        filename: file.name,
        base64: await fileBase64(file),
      });
      setNotice(`${r.imported}${t("곳을 가져왔습니다.")}`);
      await refetch();
    } catch (err) {
      setError(err);
    }
  };
  const input = (key: keyof Party, label: string) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        name={key}
        value={c[key]}
        onInput={(e) => setC(key, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <>
      <h1 class="page-title">{t("거래처")}</h1>
      <section class="panel">
        <table class="list" data-testid="clients">
          <thead>
            <tr>
              <th scope="col">{t("상호")}</th>
              <th scope="col">{t("사업자등록번호")}</th>
              <th scope="col">{t("이메일")}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={data()?.clients}
              fallback={
                <tr>
                  <td colspan="3" class="muted">
                    {t("아직 거래처가 없습니다.")}
                  </td>
                </tr>
              }
            >
              {(x) => (
                <tr>
                  <td>{x.name}</td>
                  <td>{formatBizNo(x.bizNo)}</td>
                  <td>{x.email}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <label class="field">
          <span>
            {t(
              "CSV·엑셀로 가져오기 (첫 줄: 사업자번호, 상호, 대표자, 이메일 …)",
            )}
          </span>
          <input
            type="file"
            accept=".csv,.xlsx"
            onChange={(e) =>
              e.currentTarget.files?.[0] && upload(e.currentTarget.files[0])
            }
          />
        </label>
        <Show when={notice()}>
          <p class="notice" role="status">
            {notice()}
          </p>
        </Show>
      </section>
      <form class="panel" onSubmit={save} data-testid="client-form">
        <h2>{t("거래처 추가")}</h2>
        <div class="row">
          {input("bizNo", "사업자등록번호")}
          {input("name", "상호")}
          {input("ceo", "대표자")}
        </div>
        <div class="row">
          {input("address", "주소")}
          {input("bizType", "업태")}
          {input("bizItem", "종목")}
        </div>
        <div class="row">
          {input("email", "이메일")}
          {input("email2", "두 번째 이메일")}
        </div>
        <Errors error={error()} />
        <button type="submit">{t("저장")}</button>
      </form>
    </>
  );
}

export function Received() {
  const [data, { refetch }] = createResource(() =>
    api<{
      received: {
        id: string;
        status: string;
        doc: InvoiceDoc;
        receivedAt: string;
      }[];
    }>("GET", "/invoices/received"),
  );
  const [error, setError] = createSignal<unknown>();
  const accept = async (id: string) => {
    try {
      await api("POST", `/invoices/received/${id}/accept`);
      await refetch();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <h1 class="page-title">{t("받은 세금계산서")}</h1>
      <p class="muted">
        {t(
          "골목을 쓰는 거래처가 우리 사업자번호로 발급하면 여기에 들어옵니다. 승인하면 매입과 매입세액으로 기록됩니다.",
        )}
      </p>
      <Errors error={error()} />
      <section class="panel">
        <table class="list" data-testid="received">
          <thead>
            <tr>
              <th scope="col">{t("작성일자")}</th>
              <th scope="col">{t("공급자")}</th>
              <th scope="col">{t("합계금액")}</th>
              <th scope="col">{t("상태")}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={data()?.received}
              fallback={
                <tr>
                  <td colspan="4" class="muted">
                    {t("받은 세금계산서가 없습니다.")}
                  </td>
                </tr>
              }
            >
              {(r) => (
                <tr>
                  <td>{formatDate(r.doc.writeDate)}</td>
                  <td>{r.doc.supplier.name}</td>
                  <td class="num">{formatWon(r.doc.grandTotal)}</td>
                  <td>
                    <Show
                      when={r.status === "received"}
                      fallback={<span class="badge live">{t("승인함")}</span>}
                    >
                      <button type="button" onClick={() => accept(r.id)}>
                        {t("승인")}
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </>
  );
}

export function Certificate() {
  const [info, { refetch }] = createResource(() =>
    api<{ certificate: { subject: string; notAfter: string } | null }>(
      "GET",
      "/invoices/certificate",
    ),
  );
  const [file, setFile] = createSignal<File>();
  const [password, setPassword] = createSignal("");
  const [error, setError] = createSignal<unknown>();
  const save = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    const f = file();
    if (!f) return;
    try {
      await api("POST", "/invoices/certificate", {
        p12Base64: await fileBase64(f),
        password: password(),
      });
      setPassword("");
      await refetch();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h1 class="page-title">{t("전자세금용 인증서")}</h1>
      <section class="panel">
        <Show
          when={info()?.certificate}
          fallback={
            <p class="muted">
              {t(
                "등록한 인증서가 없습니다. 국세청 전송에는 인증서가 필요합니다.",
              )}
            </p>
          }
        >
          {(c) => (
            <p>
              {c().subject} · {t("만료")} {formatDate(c().notAfter)}
            </p>
          )}
        </Show>
        <form onSubmit={save}>
          <label class="field">
            <span>{t("인증서 파일 (.pfx / .p12)")}</span>
            <input
              type="file"
              accept=".pfx,.p12"
              onChange={(e) => setFile(e.currentTarget.files?.[0])}
            />
          </label>
          <label class="field">
            <span>{t("인증서 비밀번호")}</span>
            <input
              type="password"
              autocomplete="off"
              value={password()}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <Errors error={error()} />
          <button type="submit">{t("등록")}</button>
        </form>
      </section>
    </>
  );
}
