import { createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import {
  EmployeeInput,
  PAY_TYPES,
  PAY_TYPE_LABEL,
  type PayType,
} from "../../../core/payroll/schema";
import { kstDate } from "../../../core/time";
import { api, ApiError } from "../data/api";
import { formatWon, t } from "../i18n";
import { useSession } from "../session";
import { createForm, Field, FormError, Select, Submit } from "../ui/form";

interface Employee {
  id: string;
  name: string;
  rrnMasked: string;
  bankMasked: string;
  birthDate: string;
  payType: PayType;
  baseMonthly: number;
  hourlyWage: number;
  weeklyHours: number;
  dailyWage: number;
  email: string;
  hireDate: string;
  leaveDate: string;
  nonTaxable: { meal: number; car: number; childcare: number };
  family: number;
  children: number;
  withholdingRate: 80 | 100 | 120;
  insurance: { pension: boolean; health: boolean; employment: boolean };
}
interface Item {
  code: string;
  label: string;
  amount: number;
  basis: string;
}
interface Line {
  employeeId: string;
  name: string;
  gross: number;
  nonTaxable: number;
  totalDeductions: number;
  net: number;
  employerCost: number;
  earnings: Item[];
  deductions: Item[];
  warnings: string[];
}
interface Run {
  id: string;
  month: string;
  payDate: string;
  status: "draft" | "confirmed";
  kind: "regular" | "correction";
  lines?: Line[];
  totals: {
    gross: number;
    deductions: number;
    net: number;
    employerCost: number;
    incomeTax: number;
    localIncomeTax: number;
  };
}

export default function Payroll() {
  const session = useSession();
  const canWrite = () => session.me()?.user.role === "owner";
  const [employees, { refetch: reloadEmployees }] = createResource(() =>
    api<{ employees: Employee[] }>("GET", "/payroll/employees"),
  );
  const [runs, { refetch: reloadRuns }] = createResource(() =>
    api<{ runs: Run[] }>("GET", "/payroll/runs"),
  );
  const [adding, setAdding] = createSignal(false);
  const [editing, setEditing] = createSignal<Employee | null>(null);
  return (
    <>
      <h1 class="page-title">{t("급여")}</h1>
      <Show when={employees.error}>
        <p class="form-error" role="alert">
          {(employees.error as Error).message}
        </p>
      </Show>
      <section class="panel">
        <div class="panel-head">
          <h2>직원</h2>
          <Show when={canWrite() && !adding()}>
            <button
              type="button"
              class="link"
              onClick={() => setAdding(true)}
              data-testid="add-employee"
            >
              + 직원 등록
            </button>
          </Show>
        </div>
        <table class="list" data-testid="employees">
          <thead>
            <tr>
              <th scope="col">이름</th>
              <th scope="col">주민등록번호</th>
              <th scope="col">고용형태</th>
              <th scope="col">기본급·시급</th>
              <th scope="col">
                <span class="sr-only">수정</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For
              each={employees()?.employees}
              fallback={
                <tr>
                  <td colspan="5" class="muted">
                    등록된 직원이 없습니다.
                  </td>
                </tr>
              }
            >
              {(e) => (
                <tr>
                  <td>{e.name}</td>
                  <td>{e.rrnMasked || "—"}</td>
                  <td>{PAY_TYPE_LABEL[e.payType]}</td>
                  <td>
                    {e.payType === "monthly"
                      ? formatWon(e.baseMonthly)
                      : e.payType === "hourly"
                        ? `${formatWon(e.hourlyWage)}/시간`
                        : `${formatWon(e.dailyWage)}/일`}
                  </td>
                  <td>
                    <Show when={canWrite()}>
                      <button
                        type="button"
                        class="link small"
                        onClick={() => setEditing(e)}
                        aria-label={`${e.name} 수정`}
                      >
                        수정
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={adding()}>
          <EmployeeForm
            onDone={() => {
              setAdding(false);
              void reloadEmployees();
            }}
          />
        </Show>
        <Show when={editing()} keyed>
          {(e) => (
            <EmployeeForm
              editing={e}
              onDone={() => {
                setEditing(null);
                void reloadEmployees();
              }}
            />
          )}
        </Show>
      </section>
      <Show when={(employees()?.employees.length ?? 0) > 0}>
        <RunForm
          employees={employees()!.employees}
          canWrite={canWrite()}
          onSaved={() => void reloadRuns()}
        />
      </Show>
      <section class="panel">
        <h2>급여 대장</h2>
        <table class="list" data-testid="runs">
          <thead>
            <tr>
              <th scope="col">귀속월</th>
              <th scope="col">지급일</th>
              <th scope="col">상태</th>
              <th scope="col">실지급 합계</th>
              <th scope="col">내려받기</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={runs()?.runs}
              fallback={
                <tr>
                  <td colspan="5" class="muted">
                    아직 없습니다.
                  </td>
                </tr>
              }
            >
              {(r) => (
                <tr>
                  <td>
                    {r.month}
                    {r.kind === "correction" ? " (정정)" : ""}
                  </td>
                  <td>{r.payDate}</td>
                  <td>{r.status === "confirmed" ? "확정" : "초안"}</td>
                  <td>{formatWon(r.totals.net)}</td>
                  <td>
                    <Show when={r.status === "confirmed"} fallback="—">
                      <a
                        href={`/api/payroll/registers/${r.month}.xlsx`}
                        download=""
                      >
                        급여대장.xlsx
                      </a>
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

/** New employee, or (with `editing`) changes to one: the stored resident/account numbers are never sent back, so leaving them empty keeps them. */
function EmployeeForm(props: { onDone: () => void; editing?: Employee }) {
  const e = props.editing;
  const form = createForm(
    {
      name: e?.name ?? "",
      rrn: "",
      hireDate: e?.hireDate ?? kstDate(),
      leaveDate: e?.leaveDate ?? "",
      payType: e?.payType ?? ("monthly" as PayType),
      baseMonthly: e?.baseMonthly ?? 0,
      hourlyWage: e?.hourlyWage ?? 0,
      weeklyHours: e?.weeklyHours ?? 40,
      dailyWage: e?.dailyWage ?? 0,
      nonTaxable: e?.nonTaxable ?? { meal: 0, car: 0, childcare: 0 },
      family: e?.family ?? 1,
      children: e?.children ?? 0,
      withholdingRate: e?.withholdingRate ?? (100 as 80 | 100 | 120),
      insurance: e?.insurance ?? {
        pension: true,
        health: true,
        employment: true,
      },
      bankAccount: "",
      email: e?.email ?? "",
    },
    EmployeeInput,
    async (values) => {
      if (e) await api("PATCH", `/payroll/employees/${e.id}`, values);
      else await api("POST", "/payroll/employees", values);
      props.onDone();
    },
  );
  const allowance = (key: "meal" | "car" | "childcare", label: string) => (
    <Field
      label={label}
      name={`nonTaxable.${key}`}
      type="number"
      inputmode="numeric"
      min="0"
      value={String(form.values.nonTaxable[key])}
      onInput={(ev) =>
        form.set("nonTaxable", {
          ...form.values.nonTaxable,
          [key]: Number(ev.currentTarget.value),
        })
      }
      error={form.errors()[`nonTaxable.${key}`]}
    />
  );
  const insured = (key: "pension" | "health" | "employment", label: string) => (
    <label class="check">
      <input
        type="checkbox"
        name={`insurance.${key}`}
        checked={form.values.insurance[key]}
        onChange={(ev) =>
          form.set("insurance", {
            ...form.values.insurance,
            [key]: ev.currentTarget.checked,
          })
        }
      />
      {label}
    </label>
  );
  const num = (
    name:
      | "baseMonthly"
      | "hourlyWage"
      | "weeklyHours"
      | "dailyWage"
      | "family"
      | "children",
    label: string,
  ) => (
    <Field
      label={label}
      name={name}
      type="number"
      inputmode="numeric"
      min="0"
      value={String(form.values[name])}
      onInput={(e) => form.set(name, Number(e.currentTarget.value))}
      error={form.errors()[name]}
    />
  );
  return (
    <form
      onSubmit={form.submit}
      novalidate
      class="grid"
      data-testid="employee-form"
    >
      <FormError message={form.formError()} />
      <Field
        label="이름"
        name="name"
        value={form.values.name}
        onInput={(e) => form.set("name", e.currentTarget.value)}
        error={form.errors().name}
      />
      <Field
        label="주민등록번호"
        name="rrn"
        inputmode="numeric"
        autocomplete="off"
        placeholder="900101-1234567"
        hint={
          e
            ? `저장된 값: ${e.rrnMasked || "없음"} — 바꿀 때만 입력하세요.`
            : "암호화해 저장하고 화면에는 가려서 보여 줍니다."
        }
        value={form.values.rrn}
        onInput={(e) => form.set("rrn", e.currentTarget.value)}
        error={form.errors().rrn}
      />
      <Field
        label="입사일"
        name="hireDate"
        type="date"
        value={form.values.hireDate}
        onInput={(e) => form.set("hireDate", e.currentTarget.value)}
        error={form.errors().hireDate}
      />
      <Field
        label="퇴사일 (선택)"
        name="leaveDate"
        type="date"
        value={form.values.leaveDate}
        onInput={(e) => form.set("leaveDate", e.currentTarget.value)}
        error={form.errors().leaveDate}
      />
      <Select
        label="고용형태"
        name="payType"
        value={form.values.payType}
        options={PAY_TYPES.map((p) => ({ value: p, label: PAY_TYPE_LABEL[p] }))}
        onChange={(v) => form.set("payType", v as PayType)}
        error={form.errors().payType}
      />
      <Show when={form.values.payType === "monthly"}>
        {num("baseMonthly", "기본급 (월)")}
      </Show>
      <Show when={form.values.payType === "hourly"}>
        {num("hourlyWage", "시급")}
        {num("weeklyHours", "주 소정근로시간")}
      </Show>
      <Show when={form.values.payType === "daily"}>
        {num("dailyWage", "일급")}
      </Show>
      {allowance("meal", "식대 (월, 비과세 20만 원까지)")}
      {allowance("car", "자가운전보조금 (월, 비과세 20만 원까지)")}
      {allowance("childcare", "보육수당 (월, 비과세 20만 원까지)")}
      <fieldset class="insured">
        <legend>4대보험 가입 (월 60시간 미만 등 적용 제외면 해제)</legend>
        {insured("pension", "국민연금")}
        {insured("health", "건강보험·장기요양")}
        {insured("employment", "고용보험")}
      </fieldset>
      {num("family", "공제대상가족 수 (본인 포함)")}
      {num("children", "8~20세 자녀 수")}
      <Select
        label="원천징수 비율"
        name="withholdingRate"
        value={String(form.values.withholdingRate)}
        options={[80, 100, 120].map((r) => ({
          value: String(r),
          label: `${r}%`,
        }))}
        onChange={(v) =>
          form.set("withholdingRate", Number(v) as 80 | 100 | 120)
        }
      />
      <Field
        label="급여 계좌"
        name="bankAccount"
        placeholder="국민 123456-01-123456"
        hint={
          e?.bankMasked
            ? `저장된 값: ${e.bankMasked} — 바꿀 때만 입력하세요.`
            : undefined
        }
        autocomplete="off"
        value={form.values.bankAccount}
        onInput={(e) => form.set("bankAccount", e.currentTarget.value)}
        error={form.errors().bankAccount}
      />
      <Field
        label="이메일 (임금명세서 받을 주소)"
        name="email"
        type="email"
        value={form.values.email}
        onInput={(e) => form.set("email", e.currentTarget.value)}
        error={form.errors().email}
      />
      <div class="actions">
        <Submit busy={form.busy()} label="직원 저장" />
        <button type="button" class="link" onClick={() => props.onDone()}>
          취소
        </button>
      </div>
    </form>
  );
}

function RunForm(props: {
  employees: Employee[];
  canWrite: boolean;
  onSaved: () => void;
}) {
  const today = kstDate();
  const [run, setRun] = createStore({
    month: today.slice(0, 7),
    payDate: `${today.slice(0, 7)}-25`,
  });
  // Inputs per employee id, so the list can grow (a new hire) without losing what was typed.
  const [fiveOrMore, setFiveOrMore] = createSignal(props.employees.length >= 5);
  type Hours = {
    overtimeHours: number;
    nightHours: number;
    holidayHours: number;
    workDays: number;
  };
  const [inputs, setInputs] = createStore<Record<string, Hours>>({});
  const inputOf = (e: Employee): Hours =>
    inputs[e.id] ?? {
      overtimeHours: 0,
      nightHours: 0,
      holidayHours: 0,
      workDays: e.payType === "daily" ? 20 : 0,
    };
  const setHours = (e: Employee, key: keyof Hours, value: number) =>
    setInputs(e.id, { ...inputOf(e), [key]: value });
  const body = () => ({
    ...run,
    fiveOrMore: fiveOrMore(),
    lines: props.employees.map((e) => ({ employeeId: e.id, ...inputOf(e) })),
  });
  const [result, setResult] = createSignal<Run | null>(null);
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const call = async (fn: () => Promise<void>) => {
    setError("");
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      setError(
        err instanceof ApiError ? err.message : "일시적인 오류가 발생했습니다.",
      );
    } finally {
      setBusy(false);
    }
  };
  const preview = () =>
    call(async () => {
      setResult({
        ...(await api<Run>("POST", "/payroll/preview", body())),
        id: "",
        status: "draft",
        kind: "regular",
      });
    });
  const save = () =>
    call(async () => {
      setResult(await api<Run>("POST", "/payroll/runs", body()));
      props.onSaved();
    });
  const confirm = () =>
    call(async () => {
      setResult(
        await api<Run>("POST", `/payroll/runs/${result()!.id}/confirm`),
      );
      props.onSaved();
    });
  return (
    <section class="panel">
      <h2>급여 계산</h2>
      <div class="grid">
        <Field
          label="귀속월"
          name="month"
          type="month"
          value={run.month}
          onInput={(e) => setRun("month", e.currentTarget.value)}
        />
        <Field
          label="지급일"
          name="payDate"
          type="date"
          value={run.payDate}
          onInput={(e) => setRun("payDate", e.currentTarget.value)}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          name="fiveOrMore"
          checked={fiveOrMore()}
          onChange={(ev) => setFiveOrMore(ev.currentTarget.checked)}
        />
        상시 5인 이상 사업장 (연장·야간·휴일 50% 가산)
      </label>
      <table class="list">
        <thead>
          <tr>
            <th scope="col">직원</th>
            <th scope="col">연장(시간)</th>
            <th scope="col">야간(시간)</th>
            <th scope="col">휴일(시간)</th>
            <th scope="col">근무일수</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.employees}>
            {(e) => {
              const hours = (
                key: "overtimeHours" | "nightHours" | "holidayHours",
                label: string,
              ) => (
                <td>
                  <input
                    aria-label={`${e.name} ${label}`}
                    type="number"
                    min="0"
                    step="0.5"
                    inputmode="decimal"
                    value={inputOf(e)[key]}
                    onInput={(ev) =>
                      setHours(e, key, Number(ev.currentTarget.value))
                    }
                  />
                </td>
              );
              return (
                <tr>
                  <td>{e.name}</td>
                  {hours("overtimeHours", "연장근로시간")}
                  {hours("nightHours", "야간근로시간")}
                  {hours("holidayHours", "휴일근로시간")}
                  <td>
                    <Show when={e.payType === "daily"} fallback="—">
                      <input
                        aria-label={`${e.name} 근무일수`}
                        type="number"
                        min="0"
                        max="31"
                        inputmode="numeric"
                        value={inputOf(e).workDays}
                        onInput={(ev) =>
                          setHours(
                            e,
                            "workDays",
                            Number(ev.currentTarget.value),
                          )
                        }
                      />
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={error()}>
        <p class="form-error" role="alert" data-testid="run-error">
          {error()}
        </p>
      </Show>
      <div class="actions wrap">
        <button
          type="button"
          class="secondary"
          disabled={busy()}
          onClick={preview}
        >
          미리 계산
        </button>
        <Show when={props.canWrite}>
          <button
            type="button"
            class="secondary"
            disabled={busy()}
            onClick={save}
          >
            초안 저장
          </button>
          <Show when={result()?.id && result()?.status === "draft"}>
            <button
              type="button"
              class="primary"
              disabled={busy()}
              onClick={confirm}
              data-testid="confirm-run"
            >
              확정하고 명세서 보내기
            </button>
          </Show>
        </Show>
      </div>
      <Show when={result()}>
        {(r) => (
          <div data-testid="run-result">
            <p class="plan">
              {r().status === "confirmed" ? (
                <strong data-testid="run-confirmed">
                  확정됨 — 임금명세서를 메일로 보냈습니다.
                </strong>
              ) : r().id ? (
                "초안 저장됨"
              ) : (
                "미리 계산 (저장 안 됨)"
              )}
            </p>
            <table class="list">
              <thead>
                <tr>
                  <th scope="col">직원</th>
                  <th scope="col">지급 총액</th>
                  <th scope="col">공제</th>
                  <th scope="col">실지급액</th>
                </tr>
              </thead>
              <tbody>
                <For each={r().lines}>
                  {(l) => (
                    <>
                      <tr>
                        <td>
                          <Show
                            when={r().status === "confirmed"}
                            fallback={l.name}
                          >
                            <a
                              href={`/api/payroll/runs/${r().id}/payslips/${l.employeeId}.pdf`}
                              target="_blank"
                              rel="noopener"
                            >
                              {l.name}
                            </a>
                          </Show>
                        </td>
                        <td>{formatWon(l.gross)}</td>
                        <td>{formatWon(l.totalDeductions)}</td>
                        <td>
                          <strong>{formatWon(l.net)}</strong>
                        </td>
                      </tr>
                      <Show when={l.warnings.length}>
                        <tr>
                          <td colspan="4" class="warn-text">
                            {l.warnings.join(" ")}
                          </td>
                        </tr>
                      </Show>
                    </>
                  )}
                </For>
              </tbody>
            </table>
            <p class="muted">
              소득세 {formatWon(r().totals.incomeTax)} · 지방소득세{" "}
              {formatWon(r().totals.localIncomeTax)} · 사업주 총 인건비{" "}
              {formatWon(r().totals.employerCost)}
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
