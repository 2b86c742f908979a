// 판매사 콘솔 · API 키: create (name + scopes → the secret shown once), list with last use, revoke.
import { createResource, createSignal, For, Show } from "solid-js";
import { formatDate, t } from "../i18n";
import { capi, errorText } from "./reseller-auth";
import { SecretOnce } from "../ui/secret-once";

interface KeyView {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const SCOPES = [
  { id: "tenants:read", label: "사업장 조회" },
  { id: "tenants:write", label: "사업장 개설·변경" },
  { id: "statements:read", label: "명세 조회" },
  { id: "sso:write", label: "SSO 로그인 연결" },
] as const;

const dateTime = (iso: string) =>
  `${formatDate(iso)} ${new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso))}`;

export default function ConsoleKeys() {
  const [keys, { refetch }] = createResource(() =>
    capi<{ keys: KeyView[] }>("GET", "/keys").then((r) => r.keys),
  );
  const [name, setName] = createSignal("");
  const [scopes, setScopes] = createSignal<string[]>(["tenants:read"]);
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>(
    {},
  );
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [secret, setSecret] = createSignal<{ name: string; key: string }>();

  const create = async (e: Event) => {
    e.preventDefault();
    setError("");
    setFieldErrors({});
    if (!name().trim()) {
      setFieldErrors({ name: t("키 이름을 입력해 주세요.") });
      return;
    }
    if (!scopes().length) {
      setFieldErrors({ scopes: t("권한을 하나 이상 고르세요.") });
      return;
    }
    setBusy(true);
    try {
      const k = await capi<KeyView & { key: string }>("POST", "/keys", {
        name: name().trim(),
        scopes: scopes(),
      });
      setSecret({ name: k.name, key: k.key });
      setName("");
      refetch();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (k: KeyView) => {
    if (
      !confirm(
        `${k.name}: ${t("폐기하면 이 키로 오는 요청이 바로 거절됩니다. 폐기할까요?")}`,
      )
    )
      return;
    setError("");
    try {
      await capi("POST", `/keys/${k.id}/revoke`);
      refetch();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const toggle = (id: string, on: boolean) =>
    setScopes((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  return (
    <>
      <h1 class="page-title">{t("API 키")}</h1>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      {/* keyed: a new secret is a new panel (its 복사했습니다 starts over) */}
      <Show when={secret()} keyed>
        {(s) => (
          <SecretOnce
            title={
              <>
                {t("새 API 키")}: {s.name}
              </>
            }
            warning={t(
              "이 키는 지금 한 번만 보여 드립니다. 복사해서 안전한 곳에 보관하세요. 잃어버리면 폐기하고 새로 만드세요.",
            )}
            secret={s.key}
            onClose={() => setSecret(undefined)}
            testid="new-key"
            secretTestid="new-key-secret"
            closeTestid="hide-key"
          />
        )}
      </Show>
      <section class="panel">
        <h2>{t("키 만들기")}</h2>
        <form onSubmit={create} novalidate>
          <div class="field" classList={{ invalid: !!fieldErrors().name }}>
            <label for="f-key-name">{t("키 이름")}</label>
            <input
              id="f-key-name"
              name="name"
              maxLength={50}
              placeholder={t("예: 청구 시스템")}
              value={name()}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            <Show when={fieldErrors().name}>
              <p class="error">{fieldErrors().name}</p>
            </Show>
          </div>
          <fieldset class="field">
            <legend>{t("권한")}</legend>
            <For each={SCOPES}>
              {(s) => (
                <label class="check">
                  <input
                    type="checkbox"
                    checked={scopes().includes(s.id)}
                    onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                  />{" "}
                  {t(s.label)} <span class="muted">({s.id})</span>
                </label>
              )}
            </For>
            <Show when={fieldErrors().scopes}>
              <p class="error">{fieldErrors().scopes}</p>
            </Show>
          </fieldset>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? t("처리 중…") : t("키 만들기")}
          </button>
        </form>
      </section>
      <section class="panel">
        <h2>{t("키 목록")}</h2>
        <Show when={keys()} fallback={<p class="loading">…</p>}>
          {(list) => (
            <Show
              when={list().length}
              fallback={<p class="muted">{t("API 키가 없습니다.")}</p>}
            >
              <table class="list" data-testid="keys">
                <thead>
                  <tr>
                    <th>{t("이름")}</th>
                    <th>{t("권한")}</th>
                    <th>{t("마지막 사용")}</th>
                    <th>{t("상태")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(k) => (
                      <tr data-testid="key-row">
                        <td>
                          <strong>{k.name}</strong>
                          <br />
                          <span class="muted">
                            {k.id} · {formatDate(k.createdAt)}
                          </span>
                        </td>
                        <td class="muted">{k.scopes.join(", ")}</td>
                        <td>
                          {k.lastUsedAt
                            ? dateTime(k.lastUsedAt)
                            : t("쓴 적 없음")}
                        </td>
                        <td>
                          <Show
                            when={!k.revokedAt}
                            fallback={
                              <span class="badge">
                                {t("폐기됨")} {formatDate(k.revokedAt!)}
                              </span>
                            }
                          >
                            <button
                              type="button"
                              class="link small"
                              onClick={() => revoke(k)}
                            >
                              {t("폐기")}
                            </button>
                          </Show>
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
    </>
  );
}
