import { createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { Industry, TaxType } from "../../../core/auth/schema";
import {
  ACCOUNTS,
  accountByCode,
  accountsFor,
} from "../../../core/ledger/accounts";
import { EntryInput } from "../../../core/ledger/schema";
import { splitVat } from "../../../core/ledger/split";
import {
  ENTRY_KIND_LABEL,
  ENTRY_KINDS,
  EVIDENCE_LABEL,
  EVIDENCES,
  type EntryKind,
  type Evidence,
} from "../../../core/ledger/types";
import { kstDate } from "../../../core/time";
import { api } from "../data/api";
import { formatDate, formatWon, t } from "../i18n";
import { useSession } from "../session";
import { createForm, Field, FormError, Select, Submit } from "../ui/form";

interface Entry {
  id: string;
  date: string;
  account: string;
  kind: EntryKind;
  description: string;
  counterparty: string;
  amount: number;
  vat: number;
  evidence: Evidence;
  dailyTotal: boolean;
  note: string;
  balance: number;
  source?: { type: string; ref: string };
}
interface MonthView {
  month: string;
  closedAt?: string;
  entries: Entry[];
  totals: Record<EntryKind, { amount: number; vat: number }> & {
    profit: number;
  };
}
interface AuditItem {
  at: string;
  action: string;
  entryId: string;
  userName?: string;
  detail: {
    before?: Partial<Entry>;
    after?: Partial<Entry>;
    month?: string;
  };
}

const accountName = (code: string) => accountByCode(code)?.name ?? code;
const ACTION_LABEL: Record<string, string> = {
  create: "기록",
  update: "고침",
  delete: "삭제",
  post: "자동 기록",
  close: "마감",
  stock: "재고",
  import: "가져오기",
};

interface Filters {
  kind: string;
  account: string;
  evidence: string;
  counterparty: string;
}

/** 간편장부: one month, its running 소득, filters, and a phone-sized form to record or fix an entry. */
export default function Ledger() {
  const session = useSession();
  const canWrite = () => session.me()?.user.role === "owner";
  const industry = () => (session.me()?.tenant.industry ?? "other") as Industry;
  const taxType = () => (session.me()?.tenant.taxType ?? "general") as TaxType;
  const [month, setMonth] = createSignal(kstDate().slice(0, 7));
  const [filters, setFilters] = createStore<Filters>({
    kind: "",
    account: "",
    evidence: "",
    counterparty: "",
  });
  const query = () => {
    const q = new URLSearchParams({ month: month() });
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    return q.toString();
  };
  const [view, { refetch }] = createResource(query, (q) =>
    api<MonthView>("GET", `/ledger/entries?${q}`),
  );
  const [editing, setEditing] = createSignal<Entry | null>(null);
  const blank = () => ({
    date: kstDate(),
    kind: "expense" as EntryKind,
    account: accountsFor(industry(), "expense")[0].code,
    description: "",
    counterparty: "",
    amount: 0,
    evidence: "card" as Evidence,
    dailyTotal: false,
    note: "",
  });
  const form = createForm(blank(), EntryInput, async (values) => {
    const e = editing();
    if (e) await api("PATCH", `/ledger/entries/${e.id}`, values);
    else await api("POST", "/ledger/entries", values);
    reset();
    await Promise.all([refetch(), audit.refetch()]);
  });
  const reset = () => {
    setEditing(null);
    for (const [k, v] of Object.entries(blank()))
      if (k !== "date" && k !== "kind" && k !== "account")
        form.set(k as never, v as never);
  };
  const edit = (e: Entry) => {
    setEditing(e);
    form.set("date", e.date);
    form.set("kind", e.kind);
    form.set("account", e.account);
    form.set("description", e.description);
    form.set("counterparty", e.counterparty);
    // The form takes what was paid (VAT included) and splits it again.
    form.set("amount", e.amount + e.vat);
    form.set("evidence", e.evidence);
    form.set("dailyTotal", e.dailyTotal);
    form.set("note", e.note);
    document.getElementById("f-date")?.focus();
  };
  const setKind = (kind: EntryKind) => {
    form.set("kind", kind);
    form.set("account", accountsFor(industry(), kind)[0].code);
    if (kind !== "income") form.set("dailyTotal", false);
  };
  const split = () =>
    form.values.amount > 0 && Number.isInteger(form.values.amount)
      ? splitVat(form.values.amount, {
          taxType: taxType(),
          evidence: form.values.evidence,
          kind: form.values.kind,
          date: form.values.date || undefined,
        })
      : null;
  const remove = async (id: string) => {
    if (!confirm(t("이 항목을 지울까요?"))) return;
    await api("DELETE", `/ledger/entries/${id}`);
    await Promise.all([refetch(), audit.refetch()]);
  };
  const [actionError, setActionError] = createSignal("");
  const reverse = async (id: string) => {
    setActionError("");
    try {
      await api("POST", `/ledger/entries/${id}/reverse`, { date: kstDate() });
      setMonth(kstDate().slice(0, 7));
    } catch (err) {
      setActionError((err as Error).message);
    }
  };
  const close = async () => {
    if (!confirm(t("마감하면 이 달의 기록을 고칠 수 없습니다. 마감할까요?")))
      return;
    await api("POST", `/ledger/months/${month()}/close`);
    await Promise.all([refetch(), audit.refetch()]);
  };
  const [auditOpen, setAuditOpen] = createSignal(false);
  const [auditItems, audit] = createResource(auditOpen, () =>
    api<{ items: AuditItem[] }>("GET", "/ledger/audit?limit=30"),
  );
  const open = () => !view()?.closedAt;
  const year = () => month().slice(0, 4);
  return (
    <>
      <div class="panel-head">
        <h1 class="page-title">{t("장부")}</h1>
        <input
          type="month"
          value={month()}
          aria-label={t("월")}
          data-testid="ledger-month"
          onInput={(e) =>
            e.currentTarget.value && setMonth(e.currentTarget.value)
          }
        />
      </div>
      <nav class="actions wrap" aria-label={t("장부 메뉴")}>
        <a href="/ledger/reports" data-testid="ledger-reports-link">
          {t("보고서·부가세")}
        </a>
        <Show when={canWrite()}>
          <a href="/ledger/import" data-testid="ledger-import-link">
            {t("카드·통장 내역 가져오기")}
          </a>
        </Show>
        <a
          href={`/api/ledger/export.xlsx?year=${year()}`}
          download=""
          data-testid="ledger-export-xlsx"
        >
          {t("엑셀 내려받기")} ({year()})
        </a>
        <a href={`/api/ledger/export.csv?year=${year()}`} download="">
          CSV
        </a>
      </nav>
      <Show when={canWrite() && (open() || editing())}>
        <form
          class="panel"
          onSubmit={form.submit}
          novalidate
          data-testid="entry-form"
        >
          <h2>{editing() ? t("항목 고치기") : t("기록하기")}</h2>
          <div class="row">
            <Field
              label={t("일자")}
              name="date"
              type="date"
              value={form.values.date}
              max={kstDate()}
              error={form.errors().date}
              onInput={(e) => form.set("date", e.currentTarget.value)}
            />
            <Select
              label={t("구분")}
              name="kind"
              value={form.values.kind}
              options={ENTRY_KINDS.map((k) => ({
                value: k,
                label: ENTRY_KIND_LABEL[k],
              }))}
              onChange={(v) => setKind(v as EntryKind)}
            />
          </div>
          <Select
            label={t("계정과목")}
            name="account"
            value={form.values.account}
            options={accountsFor(industry(), form.values.kind).map((a) => ({
              value: a.code,
              label: a.name,
            }))}
            error={form.errors().account}
            onChange={(v) => form.set("account", v)}
          />
          <Field
            label={t("거래내용")}
            name="description"
            value={form.values.description}
            error={form.errors().description}
            onInput={(e) => form.set("description", e.currentTarget.value)}
          />
          <Field
            label={t("거래처")}
            name="counterparty"
            value={form.values.counterparty}
            error={form.errors().counterparty}
            onInput={(e) => form.set("counterparty", e.currentTarget.value)}
          />
          <div class="row">
            <Field
              label={t("금액 (부가세 포함)")}
              name="amount"
              type="number"
              inputmode="numeric"
              min="1"
              value={form.values.amount || ""}
              error={form.errors().amount}
              hint={
                split() && split()!.vat
                  ? `${t("공급가액")} ${formatWon(split()!.amount)} + ${t("부가세")} ${formatWon(split()!.vat)}`
                  : t(
                      "세금계산서·카드·현금영수증이면 부가세를 자동으로 나눕니다.",
                    )
              }
              onInput={(e) => form.set("amount", Number(e.currentTarget.value))}
            />
            <Select
              label={t("증빙")}
              name="evidence"
              value={form.values.evidence}
              options={EVIDENCES.map((e) => ({
                value: e,
                label: EVIDENCE_LABEL[e],
              }))}
              onChange={(v) => form.set("evidence", v as Evidence)}
            />
          </div>
          <Show when={form.values.kind === "income"}>
            <label class="check">
              <input
                type="checkbox"
                name="dailyTotal"
                checked={form.values.dailyTotal}
                onChange={(e) =>
                  form.set("dailyTotal", e.currentTarget.checked)
                }
              />
              {t("하루 매출 합계로 기록 (작은 판매가 많은 가게)")}
            </label>
          </Show>
          <Field
            label={t("비고")}
            name="note"
            value={form.values.note}
            error={form.errors().note}
            onInput={(e) => form.set("note", e.currentTarget.value)}
          />
          <FormError message={form.formError()} />
          <div class="actions">
            <Submit
              busy={form.busy()}
              label={editing() ? t("고친 내용 저장") : t("기록")}
            />
            <Show when={editing()}>
              <button type="button" onClick={reset}>
                {t("취소")}
              </button>
            </Show>
          </div>
        </form>
      </Show>
      <section class="panel">
        <details data-testid="ledger-filters">
          <summary>{t("거르기")}</summary>
          <div class="row">
            <Select
              label={t("구분")}
              name="filter-kind"
              value={filters.kind}
              options={[
                { value: "", label: t("전체") },
                ...ENTRY_KINDS.map((k) => ({
                  value: k,
                  label: ENTRY_KIND_LABEL[k],
                })),
              ]}
              onChange={(v) => setFilters("kind", v)}
            />
            <Select
              label={t("증빙")}
              name="filter-evidence"
              value={filters.evidence}
              options={[
                { value: "", label: t("전체") },
                ...EVIDENCES.map((e) => ({
                  value: e,
                  label: EVIDENCE_LABEL[e],
                })),
              ]}
              onChange={(v) => setFilters("evidence", v)}
            />
          </div>
          <div class="row">
            <Select
              label={t("계정과목")}
              name="filter-account"
              value={filters.account}
              options={[
                { value: "", label: t("전체") },
                ...ACCOUNTS.filter(
                  (a) => !a.industryOnly || a.industries?.includes(industry()),
                ).map((a) => ({ value: a.code, label: a.name })),
              ]}
              onChange={(v) => setFilters("account", v)}
            />
            <Field
              label={t("거래처")}
              name="filter-counterparty"
              value={filters.counterparty}
              onChange={(e) =>
                setFilters("counterparty", e.currentTarget.value.trim())
              }
            />
          </div>
        </details>
        <FormError message={actionError()} />
        <Show when={view()}>
          {(v) => (
            <>
              <p data-testid="ledger-totals">
                {t("수입")}{" "}
                <strong>{formatWon(v().totals.income.amount)}</strong> ·{" "}
                {t("비용")}{" "}
                <strong>{formatWon(v().totals.expense.amount)}</strong> ·{" "}
                {t("소득")} <strong>{formatWon(v().totals.profit)}</strong>
                <Show when={v().closedAt}>
                  {" "}
                  <span class="badge" data-testid="month-closed">
                    {t("마감")} {formatDate(v().closedAt!)}
                  </span>
                </Show>
              </p>
              <div class="table-wrap">
                <table class="list" data-testid="ledger-table">
                  <thead>
                    <tr>
                      <th>{t("일자")}</th>
                      <th>{t("계정과목")}</th>
                      <th>{t("거래내용")}</th>
                      <th class="num">{t("금액")}</th>
                      <th class="num">{t("부가세")}</th>
                      <th class="num">{t("누적 소득")}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    <For
                      each={v().entries}
                      fallback={
                        <tr>
                          <td colspan="7" class="muted">
                            {t("기록이 없습니다.")}
                          </td>
                        </tr>
                      }
                    >
                      {(e) => (
                        <tr data-testid="ledger-row">
                          <td>{e.date.slice(5).replace("-", "/")}</td>
                          <td>
                            {accountName(e.account)}
                            <br />
                            <small class="muted">
                              {ENTRY_KIND_LABEL[e.kind]} ·{" "}
                              {EVIDENCE_LABEL[e.evidence]}
                              {e.dailyTotal ? ` · ${t("일 합계")}` : ""}
                            </small>
                          </td>
                          <td>
                            {e.description}
                            <Show when={e.counterparty}>
                              <br />
                              <small class="muted">{e.counterparty}</small>
                            </Show>
                            <Show when={e.note}>
                              <br />
                              <small class="muted">{e.note}</small>
                            </Show>
                          </td>
                          <td class="num">{formatWon(e.amount)}</td>
                          <td class="num">{formatWon(e.vat)}</td>
                          <td class="num">{formatWon(e.balance)}</td>
                          <td>
                            <Show when={e.source}>
                              <small class="muted">{t("자동")}</small>{" "}
                            </Show>
                            <Show when={canWrite() && open() && !e.source}>
                              <button
                                type="button"
                                class="link"
                                data-testid="entry-edit"
                                onClick={() => edit(e)}
                              >
                                {t("고치기")}
                              </button>{" "}
                              <button
                                type="button"
                                class="link"
                                onClick={() => remove(e.id)}
                              >
                                {t("삭제")}
                              </button>
                            </Show>
                            <Show
                              when={
                                canWrite() &&
                                !open() &&
                                e.source?.type !== "reversal"
                              }
                            >
                              <button
                                type="button"
                                class="link"
                                data-testid="entry-reverse"
                                title={t(
                                  "마감된 달의 실수는 이번 달에 반대 금액으로 바로잡습니다.",
                                )}
                                onClick={() => reverse(e.id)}
                              >
                                {t("정정")}
                              </button>
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <Show
                when={canWrite() && open() && month() < kstDate().slice(0, 7)}
              >
                <button
                  type="button"
                  class="link"
                  onClick={close}
                  data-testid="close-month"
                >
                  {t("이 달 마감하기")}
                </button>
              </Show>
            </>
          )}
        </Show>
      </section>
      <section class="panel">
        <details
          data-testid="ledger-audit"
          onToggle={(e) => setAuditOpen(e.currentTarget.open)}
        >
          <summary>{t("변경 기록 (누가, 언제, 무엇을)")}</summary>
          <ul class="audit">
            <For
              each={auditItems()?.items}
              fallback={<li class="muted">{t("기록이 없습니다.")}</li>}
            >
              {(a) => {
                const e = a.detail.after ?? a.detail.before;
                return (
                  <li>
                    <small class="muted">{formatDate(a.at)}</small>{" "}
                    <strong>{t(ACTION_LABEL[a.action] ?? a.action)}</strong>{" "}
                    {a.userName ?? ""}
                    <Show when={e}>
                      {" · "}
                      {e!.date} {accountName(e!.account ?? "")} {e!.description}{" "}
                      <Show
                        when={a.action === "update" && a.detail.before}
                        fallback={formatWon((e!.amount ?? 0) + (e!.vat ?? 0))}
                      >
                        {formatWon(
                          (a.detail.before!.amount ?? 0) +
                            (a.detail.before!.vat ?? 0),
                        )}{" "}
                        →{" "}
                        {formatWon(
                          (a.detail.after?.amount ?? 0) +
                            (a.detail.after?.vat ?? 0),
                        )}
                      </Show>
                    </Show>
                    <Show when={a.detail.month}> {a.detail.month}</Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </details>
      </section>
    </>
  );
}
