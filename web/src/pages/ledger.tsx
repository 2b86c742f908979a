import { createResource, createSignal, For, Show } from "solid-js";
import type { Industry } from "../../../core/auth/schema";
import { accountByCode, accountsFor } from "../../../core/ledger/accounts";
import { EntryInput } from "../../../core/ledger/schema";
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

const accountName = (code: string) => accountByCode(code)?.name ?? code;

/** 간편장부: one month, its running 소득, and a phone-sized form to record an entry. */
export default function Ledger() {
  const session = useSession();
  const canWrite = () => session.me()?.user.role === "owner";
  const industry = () => (session.me()?.tenant.industry ?? "other") as Industry;
  const [month, setMonth] = createSignal(kstDate().slice(0, 7));
  const [view, { refetch }] = createResource(month, (m) =>
    api<MonthView>("GET", `/ledger/entries?month=${m}`),
  );
  const blank = () => ({
    date: kstDate(),
    kind: "expense" as EntryKind,
    account: accountsFor(industry(), "expense")[0].code,
    description: "",
    counterparty: "",
    amount: 0,
    evidence: "card" as Evidence,
    note: "",
  });
  const form = createForm(blank(), EntryInput, async (values) => {
    await api("POST", "/ledger/entries", values);
    for (const [k, v] of Object.entries(blank()))
      if (k !== "date" && k !== "kind" && k !== "account")
        form.set(k as never, v as never);
    await refetch();
  });
  const setKind = (kind: EntryKind) => {
    form.set("kind", kind);
    form.set("account", accountsFor(industry(), kind)[0].code);
  };
  const remove = async (id: string) => {
    await api("DELETE", `/ledger/entries/${id}`);
    await refetch();
  };
  const close = async () => {
    await api("POST", `/ledger/months/${month()}/close`);
    await refetch();
  };
  const open = () => !view()?.closedAt;
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
      <Show when={canWrite() && open()}>
        <form
          class="panel"
          onSubmit={form.submit}
          novalidate
          data-testid="entry-form"
        >
          <h2>{t("기록하기")}</h2>
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
              hint={t(
                "세금계산서·카드·현금영수증이면 부가세를 자동으로 나눕니다.",
              )}
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
          <FormError message={form.formError()} />
          <Submit busy={form.busy()} label={t("기록")} />
        </form>
      </Show>
      <section class="panel">
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
                            </small>
                          </td>
                          <td>
                            {e.description}
                            <Show when={e.counterparty}>
                              <br />
                              <small class="muted">{e.counterparty}</small>
                            </Show>
                          </td>
                          <td class="num">{formatWon(e.amount)}</td>
                          <td class="num">{formatWon(e.vat)}</td>
                          <td class="num">{formatWon(e.balance)}</td>
                          <td>
                            <Show
                              when={canWrite() && open() && !e.source}
                              fallback={
                                <Show when={e.source}>
                                  <small class="muted">{t("자동")}</small>
                                </Show>
                              }
                            >
                              <button
                                type="button"
                                class="link"
                                onClick={() => remove(e.id)}
                              >
                                {t("삭제")}
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
    </>
  );
}
