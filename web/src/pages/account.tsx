// 내 데이터 내려받기, 계정 삭제 and 감사 기록 (owner only): the settings page's account panels.
import { createResource, createSignal, For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { api, ApiError } from "../data/api";
import { ROLE_LABEL, type Role } from "../../../core/auth/schema";
import { formatDate, formatNumber, formatWon, t } from "../i18n";
import { useSession } from "../session";
import { Field, FormError, Submit } from "../ui/form";

interface ExportView {
  id: string;
  status: "building" | "ready" | "failed";
  bytes: number;
  files: number;
  filename: string;
  expiresAt: string;
  url: string;
}
interface Deletion {
  pending: boolean;
  requestedAt: string | null;
  purgeAfter: string | null;
}

/** Korean date and time in Korea time: 2026. 12. 2. 오후 4:43 */
export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString("ko-KR", {
    timeZone: "Asia/Seoul",
    dateStyle: "medium",
    timeStyle: "short",
  });

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;

export function AccountPanels() {
  const session = useSession();
  const [personal, setPersonal] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal("");
  const [made, setMade] = createSignal<ExportView>();
  const download = (e: ExportView) => {
    const a = document.createElement("a");
    a.href = e.url;
    a.download = e.filename;
    document.body.append(a);
    a.click();
    a.remove();
  };
  // The zip is built in the background (a big shop's takes minutes): follow it until it is done,
  // then start the download; the link stays for a second try.
  let following = false;
  const follow = async (e: ExportView, startDownload: boolean) => {
    setMade(e);
    if (following) return;
    following = true;
    setBusy(true);
    try {
      let view = e;
      for (let wait = 500; view.status === "building";) {
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(wait * 1.5, 5_000);
        view = await api<ExportView>("GET", `/account/exports/${view.id}`);
        setMade(view);
      }
      if (view.status === "failed")
        setError(t("zip 파일을 만들지 못했습니다. 다시 시도해 주세요."));
      else if (startDownload) download(view);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      following = false;
      setBusy(false);
    }
  };
  const makeExport = async () => {
    setBusy(true);
    setError("");
    try {
      const e = await api<ExportView>("POST", "/account/exports", {
        personalNumbers: personal(),
      });
      void follow(e, true);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  };
  // Back on the page while an export is being built (or just made): show it and follow it.
  void api<{ items: ExportView[] }>("GET", "/account/exports")
    .then(({ items }) => {
      const latest = items[0];
      if (latest && !made()) void follow(latest, false);
    })
    .catch(() => undefined);

  const [deletion, { refetch }] = createResource(() =>
    api<Deletion>("GET", "/account/deletion"),
  );
  const [password, setPassword] = createSignal("");
  const [name, setName] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [delError, setDelError] = createSignal("");
  const [delBusy, setDelBusy] = createSignal(false);
  const requestDeletion = async (e: Event) => {
    e.preventDefault();
    setDelBusy(true);
    setErrors({});
    setDelError("");
    try {
      await api("POST", "/account/deletion", {
        password: password(),
        businessName: name(),
      });
      setPassword("");
      setName("");
      void refetch();
      session.refresh();
    } catch (err) {
      if (err instanceof ApiError && err.fields.length)
        setErrors(
          Object.fromEntries(err.fields.map((f) => [f.field, f.message])),
        );
      else setDelError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setDelBusy(false);
    }
  };
  const cancel = async () => {
    setDelError("");
    try {
      await api("POST", "/account/deletion/cancel");
      void refetch();
      session.refresh();
    } catch (err) {
      setDelError(err instanceof ApiError ? err.message : String(err));
    }
  };

  return (
    <>
      <section class="panel" data-testid="export-panel">
        <h2>{t("내 데이터 내려받기")}</h2>
        <p class="muted">
          {t(
            "사업장 정보, 구성원, 거래처, 세금계산서(XML·PDF), 장부(엑셀), 급여, 예약·고객, 홈페이지 파일, 사용량과 감사 기록을 zip 파일 하나로 받습니다. 파일은 7일 동안 다시 받을 수 있습니다.",
          )}
        </p>
        <label class="check">
          <input
            type="checkbox"
            name="personalNumbers"
            checked={personal()}
            onChange={(e) => setPersonal(e.currentTarget.checked)}
          />{" "}
          {t("직원 주민등록번호·계좌번호를 가리지 않고 포함 (세무 신고용)")}
        </label>
        <FormError message={error()} />
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={busy()}
            onClick={makeExport}
          >
            {busy() ? t("만드는 중…") : t("zip 파일 만들기")}
          </button>
        </div>
        <Show when={made()?.status === "building"}>
          <p role="status" class="muted" data-testid="export-building">
            {t(
              "zip 파일을 만들고 있습니다. 자료가 많으면 몇 분 걸릴 수 있고, 이 화면을 떠나도 계속 만들어집니다.",
            )}
          </p>
        </Show>
        <Show when={made()?.status === "ready" && made()}>
          {(e) => (
            <p role="status" class="ok" data-testid="export-ready">
              <a href={e().url} download={e().filename}>
                {e().filename}
              </a>{" "}
              ({size(e().bytes)}, {t("파일")} {formatNumber(e().files)}
              {t("개")}) — {formatDate(e().expiresAt)}
              {t("까지")}
            </p>
          )}
        </Show>
        <p>
          <A href="/settings/audit">{t("감사 기록 보기")}</A>
        </p>
      </section>

      <section class="panel" id="delete" data-testid="delete-panel">
        <h2>{t("계정 삭제")}</h2>
        <FormError message={delError()} />
        <Show
          when={deletion()?.pending}
          fallback={
            <form onSubmit={requestDeletion} novalidate class="grid">
              <p class="muted">
                {t(
                  "삭제를 요청하면 30일 동안 조회와 내려받기만 할 수 있고, 그 안에는 언제든 취소할 수 있습니다. 30일이 지나면 장부, 세금계산서, 급여, 홈페이지, 고객 정보를 포함한 모든 자료가 지워지며 되돌릴 수 없습니다. 세금계산서와 장부는 법에 따라 5년간 보관해야 할 수 있으니 먼저 내려받아 두세요.",
                )}
              </p>
              <Field
                label={t("비밀번호")}
                name="password"
                type="password"
                autocomplete="current-password"
                value={password()}
                onInput={(e) => setPassword(e.currentTarget.value)}
                error={errors().password}
              />
              <Field
                label={`${t("확인을 위해 상호를 그대로 입력")}: ${session.me()?.tenant.businessName ?? ""}`}
                name="businessName"
                value={name()}
                onInput={(e) => setName(e.currentTarget.value)}
                error={errors().businessName}
              />
              <div class="actions">
                <Submit busy={delBusy()} label={t("계정 삭제 요청")} />
              </div>
            </form>
          }
        >
          <p role="status" data-testid="deletion-pending">
            {formatDate(deletion()!.purgeAfter!)}
            {t("에 모든 자료가 지워집니다. 그때까지 취소할 수 있습니다.")}
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={cancel}>
              {t("삭제 취소")}
            </button>
          </div>
        </Show>
      </section>
    </>
  );
}

/** Shown on every signed-in page while a deletion waits: the date, and (for the owner) cancel. */
export function DeletionBanner() {
  const session = useSession();
  const deletion = () => session.me()?.tenant.deletion;
  const cancel = async () => {
    await api("POST", "/account/deletion/cancel").catch(() => undefined);
    session.refresh();
  };
  return (
    <Show when={deletion()}>
      {(d) => (
        <div class="banner warn" role="alert" data-testid="deletion-banner">
          <span>
            {t("계정 삭제 예정")}: {formatDate(d().purgeAfter)}
            {t(
              "에 모든 자료가 지워집니다. 지금은 조회와 내려받기만 할 수 있습니다.",
            )}
          </span>
          <Show when={session.me()?.user.role === "owner"}>
            <button type="button" class="link" onClick={cancel}>
              {t("삭제 취소")}
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}

interface AuditEntry {
  id: string;
  at: string;
  action: string;
  label: string;
  userName?: string;
  userEmail?: string;
  ip?: string;
  detail: Record<string, DetailValue | null>;
}

type DetailValue = string | number | boolean;
const roleName = (v: DetailValue) => t(ROLE_LABEL[v as Role] ?? String(v));
/**
 * How each detail the core records reads to an owner: a Korean label and a formatted value.
 * Internal ids are left out (the export's audit.json has them); a key not listed here shows as
 * it is, so a new detail is never hidden by accident.
 */
const DETAIL: Record<
  string,
  { label: string; show?: (v: DetailValue) => string } | "hidden"
> = {
  invoiceId: "hidden",
  runId: "hidden",
  exportId: "hidden",
  memberUserId: "hidden",
  invitedUserId: "hidden",
  ms: "hidden",
  email: { label: "이메일" },
  role: { label: "역할", show: roleName },
  approvalNo: { label: "승인번호" },
  buyer: { label: "공급받는자" },
  grandTotal: { label: "합계", show: (v) => formatWon(Number(v)) },
  month: {
    label: "귀속 월",
    show: (v) => String(v).replace(/^(\d{4})-(\d{2})$/, "$1. $2."),
  },
  kind: {
    label: "구분",
    show: (v) => t(v === "correction" ? "수정 지급" : "정기 지급"),
  },
  employees: {
    label: "인원",
    show: (v) => `${formatNumber(Number(v))}${t("명")}`,
  },
  gross: { label: "지급 총액", show: (v) => formatWon(Number(v)) },
  bytes: { label: "크기", show: (v) => size(Number(v)) },
  personalNumbers: {
    label: "주민등록번호·계좌번호",
    show: (v) => t(v ? "가리지 않음" : "가림"),
  },
  purgeAfter: { label: "삭제 예정일", show: (v) => formatDate(String(v)) },
};

function detailText(d: Record<string, DetailValue | null>): string {
  const parts: string[] = [];
  if (d.from != null && d.to != null)
    parts.push(`${t("역할")}: ${roleName(d.from)} → ${roleName(d.to)}`);
  for (const [k, v] of Object.entries(d)) {
    if (v === null || v === "" || k === "from" || k === "to") continue;
    const f = DETAIL[k];
    if (f === "hidden") continue;
    parts.push(
      f ? `${t(f.label)}: ${f.show ? f.show(v) : String(v)}` : `${k}: ${v}`,
    );
  }
  return parts.join(", ");
}

export function AuditLog() {
  const [items, setItems] = createSignal<AuditEntry[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [error, setError] = createSignal("");
  const [loading, setLoading] = createSignal(false);
  const load = async (from?: string) => {
    setLoading(true);
    try {
      const page = await api<{ items: AuditEntry[]; cursor: string | null }>(
        "GET",
        `/audit${from ? `?cursor=${encodeURIComponent(from)}` : ""}`,
      );
      setItems([...items(), ...page.items]);
      setCursor(page.cursor);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  };
  void load();
  return (
    <>
      <h1 class="page-title">{t("감사 기록")}</h1>
      <p class="muted">
        {t(
          "로그인, 구성원 초대·역할 변경·삭제, 내려받기, 계정 삭제 요청, 세금계산서 발급, 급여 확정을 최근 순으로 보여 줍니다. 장부 변경 내역은 장부 화면에 있습니다.",
        )}
      </p>
      <FormError message={error()} />
      <ul class="panel audit" data-testid="audit-log">
        <For each={items()}>
          {(e) => (
            <li>
              <strong>{t(e.label)}</strong>{" "}
              <time datetime={e.at}>{formatDateTime(e.at)}</time>
              <div class="muted break">
                {e.userName || e.userEmail || t("시스템")}
                {e.userEmail && e.userName ? ` (${e.userEmail})` : ""}
                {e.ip ? ` · IP ${e.ip}` : ""}
                {detailText(e.detail) ? ` · ${detailText(e.detail)}` : ""}
              </div>
            </li>
          )}
        </For>
      </ul>
      <Show when={cursor()}>
        <button
          type="button"
          disabled={loading()}
          onClick={() => load(cursor()!)}
        >
          {t("더 보기")}
        </button>
      </Show>
    </>
  );
}
