// 카드·통장 내역 가져오기 (bank/card statement import): pick a file → check the columns → preview
// (duplicates unticked, the counterparty's account suggested, every line editable) → import in
// chunks with a progress bar → what was imported, skipped and refused.
import { createMemo, createSignal, For, Show } from "solid-js";
import { createStore, produce } from "solid-js/store";
import type { Industry } from "../../../core/auth/schema";
import { accountsFor } from "../../../core/ledger/accounts";
import {
  IMPORT_CHUNK,
  STATEMENT_FIELD_LABEL,
  STATEMENT_FIELDS,
  type Mapping,
  type StatementField,
} from "../../../core/ledger/statement";
import {
  ENTRY_KIND_LABEL,
  EVIDENCE_LABEL,
  EVIDENCES,
  type EntryKind,
  type Evidence,
} from "../../../core/ledger/types";
import { api, ApiError } from "../data/api";
import { formatNumber, formatWon, t } from "../i18n";
import { useSession } from "../session";
import { FormError, Select } from "../ui/form";

interface Row {
  index: number;
  line: number;
  date: string;
  description: string;
  counterparty: string;
  amount: number;
  kind: "income" | "expense";
  note: string;
  error?: string;
  duplicate: boolean;
  account: string;
  suggested: boolean;
  evidence: Evidence;
  closed: boolean;
}
interface Job {
  id: string;
  total: number;
  done: number;
  imported: number;
  skipped: number;
  invalid: number;
  refusedCount: number;
  refused: { index: number; line?: number; reason: string }[];
  status: "running" | "done";
}
interface Preview {
  id: string;
  filename: string;
  format: "csv" | "xlsx";
  encoding?: string;
  head: string[][];
  mapping: Mapping | null;
  mappingSource: "remembered" | "detected" | "given" | null;
  evidence: Evidence;
  header: string[];
  rows: Row[];
  closedMonths: string[];
  job?: Job;
}
type EditRow = Row & { include: boolean };

const PAGE = 50;

/** The file gzip-compressed (a 10,000-line CSV shrinks well under the 1 MB request limit), base64. */
async function gzipBase64(file: File): Promise<string> {
  const stream = file.stream().pipeThrough(new CompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const errorText = (err: unknown) =>
  err instanceof ApiError
    ? err.message
    : t("일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");

export default function LedgerImport() {
  const session = useSession();
  const canWrite = () => session.me()?.user.role === "owner";
  const industry = () => (session.me()?.tenant.industry ?? "other") as Industry;
  const [file, setFile] = createSignal<{ name: string; base64: string }>();
  const [preview, setPreview] = createSignal<Preview>();
  const [mapping, setMapping] = createStore<Mapping>({
    type: "card",
    headerRow: 0,
    columns: {},
  });
  const [evidence, setEvidence] = createSignal<Evidence>("none");
  const [rows, setRows] = createStore<EditRow[]>([]);
  const [page, setPage] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal("");
  const [progress, setProgress] = createSignal<{
    done: number;
    total: number;
  }>();
  const [job, setJob] = createSignal<Job>();

  const read = async (withMapping: boolean) => {
    const f = file();
    if (!f) return;
    setBusy(true);
    setError("");
    setJob();
    try {
      const p = await api<Preview>("POST", "/ledger/imports/preview", {
        filename: f.name,
        base64: f.base64,
        gzip: true,
        ...(withMapping
          ? {
              mapping: structuredClone({ ...mapping }),
              ...(mapping.type === "bank" ? { evidence: evidence() } : {}),
            }
          : {}),
      });
      setPreview(p);
      if (p.mapping)
        setMapping({
          type: p.mapping.type,
          headerRow: p.mapping.headerRow,
          columns: { ...p.mapping.columns },
        });
      setEvidence(p.evidence);
      setRows(
        p.rows.map((r) => ({
          ...r,
          include: !r.error && !r.duplicate && !r.closed,
        })),
      );
      setPage(0);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (f: File | undefined) => {
    setPreview();
    setRows([]);
    setJob();
    if (!f) return;
    setFile({ name: f.name, base64: await gzipBase64(f) });
    await read(false);
  };

  const counts = createMemo(() => ({
    include: rows.filter((r) => r.include).length,
    duplicate: rows.filter((r) => r.duplicate).length,
    error: rows.filter((r) => r.error).length,
    closed: rows.filter((r) => r.closed).length,
  }));

  const setKind = (i: number, kind: EntryKind) =>
    setRows(
      i,
      produce((r) => {
        r.kind = kind as Row["kind"];
        r.account =
          kind === "income" ? "sales" : accountsFor(industry(), kind)[0].code;
      }),
    );

  /** Sends every line in chunks; lines already written (a re-run) are skipped by the server. */
  const run = async () => {
    const p = preview();
    if (!p) return;
    setBusy(true);
    setError("");
    const lines = rows.map((r) =>
      r.error
        ? { index: r.index, include: false, reason: "invalid" }
        : !r.include
          ? {
              index: r.index,
              include: false,
              reason: r.duplicate ? "duplicate" : "excluded",
            }
          : {
              index: r.index,
              include: true,
              line: r.line,
              date: r.date,
              description: r.description,
              counterparty: r.counterparty,
              amount: r.amount,
              kind: r.kind,
              account: r.account,
              evidence: r.evidence,
              note: r.note,
            },
    );
    const total = lines.length;
    setProgress({ done: 0, total });
    try {
      let start = 0;
      let last: Job | undefined;
      while (start < total) {
        try {
          last = await api<Job>("POST", "/ledger/imports", {
            id: p.id,
            filename: p.filename,
            total,
            start,
            rows: lines.slice(start, start + IMPORT_CHUNK),
          });
        } catch (err) {
          // Someone (another tab) got further: continue from where the import is.
          if (err instanceof ApiError && err.code === "import_gap") {
            last = await api<Job>("GET", `/ledger/imports/${p.id}`);
          } else throw err;
        }
        setProgress({ done: last.done, total });
        if (last.status === "done") break;
        // The server answers with how far the import is (further than this chunk on a re-run).
        if (last.done <= start) throw new Error("no progress");
        start = last.done;
      }
      setJob(last);
    } catch (err) {
      setError(
        `${errorText(err)} ${t("다시 누르면 이어서 가져옵니다 (이미 들어간 줄은 다시 기록하지 않습니다).")}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const columnOptions = () => [
    { value: "", label: t("(없음)") },
    ...(preview()?.head[mapping.headerRow] ?? []).map((h, i) => ({
      value: String(i),
      label: `${i + 1}. ${h || t("(빈 제목)")}`,
    })),
  ];
  const shown = () => rows.slice(page() * PAGE, (page() + 1) * PAGE);
  const lineOf = (index: number) => rows[index]?.line;

  return (
    <>
      <div class="panel-head">
        <h1 class="page-title">{t("카드·통장 내역 가져오기")}</h1>
        <a href="/ledger">{t("장부로")}</a>
      </div>
      <Show
        when={canWrite()}
        fallback={
          <p class="panel muted">
            {t("내역 가져오기는 사업주만 할 수 있습니다.")}
          </p>
        }
      >
        <section class="panel">
          <div class="field">
            <label for="f-file">{t("내역 파일 (CSV 또는 엑셀 .xlsx)")}</label>
            <input
              id="f-file"
              name="file"
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy()}
              onChange={(e) => pick(e.currentTarget.files?.[0])}
            />
            <p class="hint">
              {t(
                "은행·카드사 홈페이지에서 내려받은 파일을 그대로 올리세요. EUC-KR(CP949)도 읽습니다.",
              )}
            </p>
          </div>
          <FormError message={error()} />
          <Show when={busy() && !progress()}>
            <p class="muted">{t("읽는 중…")}</p>
          </Show>
        </section>

        <Show when={preview()}>
          {(p) => (
            <section class="panel" data-testid="import-mapping">
              <h2>{t("열 맞추기")}</h2>
              <p class="muted" data-testid="mapping-source">
                {p().mappingSource === "remembered"
                  ? t("지난번에 맞춘 열 설정을 그대로 썼습니다.")
                  : p().mappingSource === "detected"
                    ? t(
                        "제목을 보고 열을 자동으로 골랐습니다. 맞는지 확인해 주세요.",
                      )
                    : p().mappingSource === "given"
                      ? t("이 열 설정을 기억해 두었다가 다음에도 씁니다.")
                      : t(
                          "열을 알아보지 못했습니다. 제목 줄과 열을 골라 주세요.",
                        )}
              </p>
              <details open={!p().mapping || p().mappingSource === "given"}>
                <summary>{t("열 설정 보기·바꾸기")}</summary>
                <div class="row">
                  <Select
                    label={t("내역 종류")}
                    name="type"
                    value={mapping.type}
                    options={[
                      { value: "card", label: t("카드 이용내역") },
                      { value: "bank", label: t("통장 거래내역") },
                    ]}
                    onChange={(v) => setMapping("type", v as Mapping["type"])}
                  />
                  <Select
                    label={t("제목 줄")}
                    name="headerRow"
                    value={String(mapping.headerRow)}
                    options={p().head.map((r, i) => ({
                      value: String(i),
                      label: `${i + 1}${t("줄")}: ${r.slice(0, 3).join(", ").slice(0, 30)}`,
                    }))}
                    onChange={(v) => setMapping("headerRow", Number(v))}
                  />
                </div>
                <div class="grid">
                  <For
                    each={STATEMENT_FIELDS.filter((f) =>
                      mapping.type === "card"
                        ? !["withdrawal", "deposit", "direction"].includes(f)
                        : f !== "cancel",
                    )}
                  >
                    {(f: StatementField) => (
                      <Select
                        label={t(STATEMENT_FIELD_LABEL[f])}
                        name={`col-${f}`}
                        value={
                          mapping.columns[f] === undefined
                            ? ""
                            : String(mapping.columns[f])
                        }
                        options={columnOptions()}
                        onChange={(v) =>
                          setMapping(
                            "columns",
                            f,
                            v === "" ? undefined : Number(v),
                          )
                        }
                      />
                    )}
                  </For>
                  <Show when={mapping.type === "bank"}>
                    <Select
                      label={t("증빙 (통장 내역 전체)")}
                      name="evidence"
                      value={evidence()}
                      options={EVIDENCES.map((e) => ({
                        value: e,
                        label: EVIDENCE_LABEL[e],
                      }))}
                      onChange={(v) => setEvidence(v as Evidence)}
                    />
                  </Show>
                </div>
                <button
                  type="button"
                  class="secondary"
                  disabled={busy()}
                  onClick={() => read(true)}
                  data-testid="reread"
                >
                  {t("이 설정으로 다시 읽기")}
                </button>
              </details>
            </section>
          )}
        </Show>

        <Show when={rows.length > 0 && preview()}>
          {(p) => (
            <section class="panel" data-testid="import-preview">
              <h2>{t("미리보기")}</h2>
              <Show when={p().job}>
                {(j) => (
                  <p class="warn-text" data-testid="already-imported">
                    {j().status === "done"
                      ? t(
                          "이 파일은 이미 가져왔습니다. 다시 가져와도 두 번 기록되지 않습니다.",
                        )
                      : `${t("이 파일은 가져오다 멈췄습니다")} (${formatNumber(j().done)}/${formatNumber(j().total)}). ${t("가져오기를 누르면 이어서 합니다.")}`}
                  </p>
                )}
              </Show>
              <p data-testid="preview-counts">
                {t("전체")} <strong>{formatNumber(rows.length)}</strong>
                {t("건")} · {t("가져올 것")}{" "}
                <strong>{formatNumber(counts().include)}</strong> · {t("중복")}{" "}
                {formatNumber(counts().duplicate)} · {t("읽을 수 없음")}{" "}
                {formatNumber(counts().error)}
                <Show when={counts().closed}>
                  {" "}
                  · {t("마감된 달")} {formatNumber(counts().closed)}
                </Show>
              </p>
              <table class="list" data-testid="preview-table">
                <thead>
                  <tr>
                    <th>{t("가져오기")}</th>
                    <th>{t("일자")}</th>
                    <th>{t("거래내용")}</th>
                    <th class="num">{t("금액")}</th>
                    <th>{t("구분")}</th>
                    <th>{t("계정과목")}</th>
                    <th>{t("증빙")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown()}>
                    {(r) => (
                      <tr
                        data-testid="preview-row"
                        classList={{ muted: !r.include }}
                      >
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`${r.line}${t("번째 줄 가져오기")}`}
                            checked={r.include}
                            disabled={!!r.error || busy()}
                            onChange={(e) =>
                              setRows(
                                r.index,
                                "include",
                                e.currentTarget.checked,
                              )
                            }
                          />
                        </td>
                        <td>
                          {r.date ? r.date.slice(2).replaceAll("-", ".") : "—"}
                        </td>
                        <td>
                          {r.description}
                          <Show when={r.duplicate}>
                            {" "}
                            <span class="badge" data-testid="dup-badge">
                              {t("중복")}
                            </span>
                          </Show>
                          <Show when={r.closed}>
                            {" "}
                            <span class="badge">{t("마감된 달")}</span>
                          </Show>
                          <Show when={r.error}>
                            <br />
                            <small class="error">{r.error}</small>
                          </Show>
                        </td>
                        <td class="num">{formatWon(r.amount)}</td>
                        <td>
                          <select
                            aria-label={t("구분")}
                            value={r.kind}
                            disabled={!r.include}
                            onChange={(e) =>
                              setKind(
                                r.index,
                                e.currentTarget.value as EntryKind,
                              )
                            }
                          >
                            <For each={["expense", "income"] as const}>
                              {(k) => (
                                <option value={k}>{ENTRY_KIND_LABEL[k]}</option>
                              )}
                            </For>
                          </select>
                        </td>
                        <td>
                          <select
                            aria-label={t("계정과목")}
                            value={r.account}
                            disabled={!r.include}
                            onChange={(e) =>
                              setRows(r.index, "account", e.currentTarget.value)
                            }
                          >
                            <For each={accountsFor(industry(), r.kind)}>
                              {(a) => <option value={a.code}>{a.name}</option>}
                            </For>
                          </select>
                          <Show when={r.suggested}>
                            <br />
                            <small class="muted">
                              {t("지난 기록에서 추천")}
                            </small>
                          </Show>
                        </td>
                        <td>
                          <select
                            aria-label={t("증빙")}
                            value={r.evidence}
                            disabled={!r.include}
                            onChange={(e) =>
                              setRows(
                                r.index,
                                "evidence",
                                e.currentTarget.value as Evidence,
                              )
                            }
                          >
                            <For each={EVIDENCES}>
                              {(ev) => (
                                <option value={ev}>{EVIDENCE_LABEL[ev]}</option>
                              )}
                            </For>
                          </select>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <Show when={rows.length > PAGE}>
                <div class="actions">
                  <button
                    type="button"
                    class="link"
                    disabled={page() === 0}
                    onClick={() => setPage(page() - 1)}
                  >
                    {t("이전")}
                  </button>
                  <span class="muted">
                    {page() + 1} / {Math.ceil(rows.length / PAGE)}
                  </span>
                  <button
                    type="button"
                    class="link"
                    disabled={(page() + 1) * PAGE >= rows.length}
                    onClick={() => setPage(page() + 1)}
                  >
                    {t("다음")}
                  </button>
                </div>
              </Show>
              <Show when={progress()}>
                {(pr) => (
                  <div class="bar-label" style={{ "margin-top": "0.75rem" }}>
                    <span>{t("가져오는 중")}</span>
                    <span data-testid="progress-text">
                      {formatNumber(pr().done)} / {formatNumber(pr().total)}
                    </span>
                  </div>
                )}
              </Show>
              <Show when={progress()}>
                {(pr) => (
                  <div
                    class="bar"
                    role="progressbar"
                    aria-label={t("가져오기 진행")}
                    aria-valuemin={0}
                    aria-valuemax={pr().total}
                    aria-valuenow={pr().done}
                  >
                    <span
                      style={{
                        width: `${pr().total ? (pr().done / pr().total) * 100 : 0}%`,
                      }}
                    />
                  </div>
                )}
              </Show>
              <div class="actions wrap">
                <button
                  type="button"
                  class="primary"
                  disabled={busy() || (!counts().include && !p().job)}
                  onClick={run}
                  data-testid="run-import"
                >
                  {busy() && progress()
                    ? t("가져오는 중…")
                    : `${formatNumber(counts().include)}${t("건 가져오기")}`}
                </button>
              </div>
            </section>
          )}
        </Show>

        <Show when={job()}>
          {(j) => (
            <section class="panel" data-testid="import-summary">
              <h2>{t("가져오기 결과")}</h2>
              <p class="ok">
                {t("장부에 기록")} {formatNumber(j().imported)}
                {t("건")}
              </p>
              <p>
                {t("건너뜀 (중복·제외)")} {formatNumber(j().skipped)}
                {t("건")} · {t("읽을 수 없음")} {formatNumber(j().invalid)}
                {t("건")} · {t("거절")} {formatNumber(j().refusedCount)}
                {t("건")}
              </p>
              <Show when={j().refused.length}>
                <ul data-testid="refused-list">
                  <For each={j().refused}>
                    {(r) => (
                      <li>
                        {r.line ?? lineOf(r.index)}
                        {t("번째 줄")}: {r.reason}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <a href="/ledger">{t("장부에서 보기")}</a>
            </section>
          )}
        </Show>
      </Show>
    </>
  );
}
