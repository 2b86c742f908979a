// 판매사 콘솔 · 일괄 개설: pick a CSV (UTF-8 or CP949) or XLSX → the server checks every row
// (nothing written) → the good rows are sent in chunks with a progress bar → per row: created,
// already existed, or the Korean reason; the malformed rows and refusals download as a CSV
// (UTF-8 with BOM, opens in Excel) to fix and upload again. Provisioning is idempotent on the
// subscriber ID, so uploading the same file again creates nothing twice.
import { createMemo, createSignal, For, Show } from "solid-js";
import { formatNumber, t } from "../i18n";
import { capi, errorText } from "./reseller-auth";

type Field =
  | "subscriberId"
  | "businessName"
  | "bizNo"
  | "ownerName"
  | "ownerEmail"
  | "plan"
  | "industry"
  | "taxType"
  | "contactPhone"
  | "address";
const FIELDS: [Field, string][] = [
  ["subscriberId", "가입자번호"],
  ["businessName", "상호"],
  ["bizNo", "사업자등록번호"],
  ["ownerName", "대표자명"],
  ["ownerEmail", "대표 이메일"],
  ["plan", "요금제"],
  ["industry", "업종"],
  ["taxType", "과세유형"],
  ["contactPhone", "전화번호"],
  ["address", "주소"],
];
const LABEL = Object.fromEntries(FIELDS) as Record<string, string>;

interface Issue {
  field: string;
  message: string;
}
interface Row {
  line: number;
  values: Partial<Record<Field, string>>;
  errors: Issue[];
}
interface Preview {
  format: string;
  encoding?: string;
  columns: Partial<Record<Field, string>>;
  rows: Row[];
  valid: number;
  invalid: number;
  chunk: number;
}
interface Result {
  line: number;
  subscriberId: string;
  status: "created" | "existed" | "error";
  tenantId?: string;
  code?: string;
  message?: string;
  fields?: Issue[];
}

async function gzipBase64(file: File): Promise<string> {
  const stream = file.stream().pipeThrough(new CompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const reasonOf = (issues: Issue[]) =>
  issues.map((i) => `${LABEL[i.field] ?? i.field}: ${i.message}`).join(" / ");

const cell = (s: string) =>
  /[",\r\n]/.test(s) || /^[=+\-@]/.test(s)
    ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`
    : s;

const SAMPLE = [
  FIELDS.map(([, l]) => l).join(","),
  "KT-000123,골목헤어,120-81-47521,김골목,owner@example.com,기본,미용실,일반과세자,02-123-4567,서울시 종로구",
].join("\r\n");

function download(name: string, text: string) {
  const blob = new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ConsoleBulk() {
  const [filename, setFilename] = createSignal("");
  const [preview, setPreview] = createSignal<Preview>();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal("");
  const [progress, setProgress] = createSignal<{
    done: number;
    total: number;
  }>();
  const [results, setResults] = createSignal<Result[]>();

  const pick = async (f: File | undefined) => {
    setPreview();
    setResults();
    setProgress();
    setError("");
    if (!f) return;
    setFilename(f.name);
    setBusy(true);
    try {
      setPreview(
        await capi<Preview>("POST", "/bulk/preview", {
          filename: f.name,
          base64: await gzipBase64(f),
          gzip: true,
        }),
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const good = createMemo(
    () => preview()?.rows.filter((r) => !r.errors.length) ?? [],
  );
  const bad = createMemo(
    () => preview()?.rows.filter((r) => r.errors.length) ?? [],
  );

  const run = async () => {
    const p = preview();
    if (!p) return;
    const rows = good();
    setBusy(true);
    setError("");
    setResults([]);
    setProgress({ done: 0, total: rows.length });
    try {
      for (let i = 0; i < rows.length; i += p.chunk) {
        const chunk = rows
          .slice(i, i + p.chunk)
          .map((r) => ({ line: r.line, values: r.values }));
        let answer: { results: Result[] } | undefined;
        for (let attempt = 0; !answer; attempt++) {
          try {
            answer = await capi<{ results: Result[] }>(
              "POST",
              "/bulk/provision",
              { rows: chunk },
            );
          } catch (err) {
            // A lost answer or a busy moment: the same rows again are safe (idempotent).
            if (attempt >= 2 || (err as { status?: number }).status === 401)
              throw err;
            await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
          }
        }
        setResults((r) => [...(r ?? []), ...answer.results]);
        setProgress({
          done: Math.min(i + p.chunk, rows.length),
          total: rows.length,
        });
      }
    } catch (err) {
      setError(
        `${errorText(err)} ${t("같은 파일을 다시 올리면 이미 만든 곳은 건너뛰고 이어서 만듭니다.")}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const counts = createMemo(() => {
    const r = results() ?? [];
    return {
      created: r.filter((x) => x.status === "created").length,
      existed: r.filter((x) => x.status === "existed").length,
      error: r.filter((x) => x.status === "error").length + bad().length,
    };
  });

  /** Every row that was not provisioned, with the reason: the malformed ones and the refused ones. */
  const failures = createMemo(() => {
    const byLine = new Map(preview()?.rows.map((r) => [r.line, r]) ?? []);
    const refused = (results() ?? [])
      .filter((r) => r.status === "error")
      .map((r) => ({
        line: r.line,
        values: byLine.get(r.line)?.values ?? {},
        reason: r.fields?.length ? reasonOf(r.fields) : (r.message ?? ""),
      }));
    return [
      ...bad().map((r) => ({
        line: r.line,
        values: r.values,
        reason: reasonOf(r.errors),
      })),
      ...refused,
    ].sort((a, b) => a.line - b.line);
  });

  const report = () =>
    download(
      `오류-${filename().replace(/\.[^.]+$/, "")}.csv`,
      [
        ["줄", ...FIELDS.map(([, l]) => l), "오류"].join(","),
        ...failures().map((f) =>
          [
            String(f.line),
            ...FIELDS.map(([k]) => cell(f.values[k] ?? "")),
            cell(f.reason),
          ].join(","),
        ),
      ].join("\r\n") + "\r\n",
    );

  return (
    <>
      <h1 class="page-title">{t("일괄 개설")}</h1>
      <section class="panel">
        <p class="muted">
          {t(
            "CSV(UTF-8 또는 엑셀에서 저장한 CP949) 또는 엑셀(.xlsx) 파일로 사업장을 한 번에 개설합니다. 첫 줄은 열 이름입니다. 필수: 가입자번호, 상호, 대표자명, 대표 이메일. 선택: 사업자등록번호, 요금제(기본·플러스), 업종, 과세유형, 전화번호, 주소. 한 파일에 1만 줄까지.",
          )}
        </p>
        <div class="actions wrap">
          <button
            type="button"
            class="link"
            onClick={() => download("골목-일괄개설-양식.csv", `${SAMPLE}\r\n`)}
          >
            {t("양식 내려받기")}
          </button>
        </div>
        <div class="field">
          <label for="f-file">{t("파일 고르기")}</label>
          <input
            id="f-file"
            type="file"
            accept=".csv,.xlsx,text/csv"
            disabled={busy()}
            onChange={(e) => pick(e.currentTarget.files?.[0])}
          />
        </div>
        <Show when={error()}>
          <p class="form-error" role="alert" data-testid="bulk-error">
            {error()}
          </p>
        </Show>
        <Show when={busy() && !preview()}>
          <p class="loading">{t("파일을 읽는 중…")}</p>
        </Show>
      </section>

      <Show when={preview()}>
        {(p) => (
          <section class="panel" data-testid="bulk-preview">
            <h2>{t("미리 보기")}</h2>
            <p data-testid="preview-counts">
              {t("전체")} {formatNumber(p().rows.length)}
              {t("줄")} · {t("개설 가능")}{" "}
              <strong>{formatNumber(p().valid)}</strong> · {t("오류")}{" "}
              <strong>{formatNumber(p().invalid)}</strong>
            </p>
            <p class="muted">
              {p().format === "xlsx"
                ? "XLSX"
                : `CSV (${p().encoding === "euc-kr" ? "CP949/EUC-KR" : "UTF-8"})`}{" "}
              · {t("찾은 열")}: {Object.values(p().columns).join(", ")}
            </p>
            <Show when={bad().length}>
              <h3>{t("오류가 있는 줄 (개설하지 않음)")}</h3>
              <table class="list" data-testid="invalid-rows">
                <thead>
                  <tr>
                    <th>{t("줄")}</th>
                    <th>{t("가입자번호")}</th>
                    <th>{t("이유")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={bad().slice(0, 100)}>
                    {(r) => (
                      <tr data-testid="invalid-row">
                        <td>{r.line}</td>
                        <td>{r.values.subscriberId}</td>
                        <td>{reasonOf(r.errors)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
            <Show when={progress()}>
              {(pr) => (
                <>
                  <div class="bar-label" style={{ "margin-top": "0.75rem" }}>
                    <span>{t("개설하는 중")}</span>
                    <span data-testid="progress-text">
                      {formatNumber(pr().done)} / {formatNumber(pr().total)}
                    </span>
                  </div>
                  <div
                    class="bar"
                    role="progressbar"
                    aria-label={t("개설 진행")}
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
                </>
              )}
            </Show>
            <div class="actions wrap">
              <button
                type="button"
                class="primary"
                disabled={busy() || !good().length}
                onClick={run}
                data-testid="run-bulk"
              >
                {busy() && progress()
                  ? t("개설하는 중…")
                  : `${formatNumber(good().length)}${t("곳 개설하기")}`}
              </button>
            </div>
          </section>
        )}
      </Show>

      <Show
        when={results() && progress()?.done === progress()?.total && !busy()}
      >
        <section class="panel" data-testid="bulk-summary">
          <h2>{t("결과")}</h2>
          <p>
            <span class="ok" data-testid="count-created">
              {t("새로 개설")} {formatNumber(counts().created)}
            </span>{" "}
            ·{" "}
            <span data-testid="count-existed">
              {t("이미 있음")} {formatNumber(counts().existed)}
            </span>{" "}
            ·{" "}
            <span data-testid="count-error">
              {t("오류")} {formatNumber(counts().error)}
            </span>
          </p>
          <Show when={failures().length}>
            <table class="list" data-testid="failures">
              <thead>
                <tr>
                  <th>{t("줄")}</th>
                  <th>{t("가입자번호")}</th>
                  <th>{t("이유")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={failures().slice(0, 200)}>
                  {(f) => (
                    <tr data-testid="failure-row">
                      <td>{f.line}</td>
                      <td>{f.values.subscriberId}</td>
                      <td>{f.reason}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <div class="actions wrap">
              <button
                type="button"
                class="secondary"
                onClick={report}
                data-testid="error-report"
              >
                {t("오류 보고서 내려받기 (CSV)")}
              </button>
            </div>
          </Show>
        </section>
      </Show>
    </>
  );
}
