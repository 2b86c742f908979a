import { createResource, createSignal, For, Show } from "solid-js";
import {
  INDUSTRIES,
  INDUSTRY_LABEL,
  InviteInput,
  ProfileInput,
  ROLE_LABEL,
  TAX_TYPES,
  TAX_TYPE_LABEL,
  type Role,
} from "../../../core/auth/schema";
import { formatBizNo } from "../../../core/kr/bizno";
import { api, type Profile as ProfileData } from "../data/api";
import { t } from "../i18n";
import { useSession } from "../session";
import { createForm, Field, FormError, Select, Submit } from "../ui/form";
import { AccountPanels } from "./account";

export function Profile() {
  const session = useSession();
  const [profile] = createResource(() =>
    api<ProfileData>("GET", "/tenant/profile"),
  );
  const canEdit = () => session.me()?.user.role === "owner";
  return (
    <>
      <h1 class="page-title">{t("사업장 정보")}</h1>
      <Show when={!canEdit()}>
        <p class="muted" data-testid="read-only">
          {t("대표만 수정할 수 있습니다.")}
        </p>
      </Show>
      <Show when={profile()}>
        {(p) => (
          <ProfileForm
            initial={p()}
            canEdit={canEdit()}
            onSaved={() => session.refresh()}
          />
        )}
      </Show>
      <Show when={canEdit()}>
        <AccountPanels />
      </Show>
    </>
  );
}

function ProfileForm(props: {
  initial: ProfileData;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const [saved, setSaved] = createSignal(false);
  const { updatedAt: _u, ...initial } = props.initial;
  const form = createForm(
    { ...initial, bizNo: initial.bizNo ? formatBizNo(initial.bizNo) : "" },
    ProfileInput,
    async (values) => {
      setSaved(false);
      await api<ProfileData>("PUT", "/tenant/profile", values);
      setSaved(true);
      props.onSaved();
    },
  );
  const text = (
    name: keyof typeof initial,
    label: string,
    extra: Record<string, string> = {},
  ) => (
    <Field
      label={t(label)}
      name={name}
      disabled={!props.canEdit}
      value={String(form.values[name] ?? "")}
      onInput={(e) => form.set(name, e.currentTarget.value as never)}
      error={form.errors()[name]}
      {...extra}
    />
  );
  return (
    <form onSubmit={form.submit} novalidate class="panel grid">
      <FormError message={form.formError()} />
      {text("businessName", "상호")}
      {text("ownerName", "대표자")}
      {text("bizNo", "사업자등록번호", {
        inputmode: "numeric",
        placeholder: "123-45-67890",
      })}
      {text("branchNo", "종사업장번호", {
        inputmode: "numeric",
        placeholder: "0001",
      })}
      {text("address", "주소", { autocomplete: "street-address" })}
      {text("businessType", "업태")}
      {text("businessItem", "종목")}
      <Select
        label={t("과세유형")}
        name="taxType"
        disabled={!props.canEdit}
        value={form.values.taxType}
        options={TAX_TYPES.map((x) => ({ value: x, label: TAX_TYPE_LABEL[x] }))}
        onChange={(v) => form.set("taxType", v as ProfileData["taxType"])}
        error={form.errors().taxType}
      />
      <Select
        label={t("업종")}
        name="industry"
        disabled={!props.canEdit}
        value={form.values.industry}
        options={INDUSTRIES.map((x) => ({
          value: x,
          label: INDUSTRY_LABEL[x],
        }))}
        onChange={(v) => form.set("industry", v)}
        error={form.errors().industry}
      />
      {text("contactEmail", "담당자 이메일", {
        type: "email",
        autocomplete: "email",
      })}
      {text("contactPhone", "담당자 전화", { type: "tel", inputmode: "tel" })}
      <Show when={props.canEdit}>
        <div class="actions">
          <Submit busy={form.busy()} label={t("저장")} />
          <Show when={saved()}>
            <span role="status" class="ok" data-testid="saved">
              {t("저장했습니다.")}
            </span>
          </Show>
        </div>
      </Show>
    </form>
  );
}

interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: "active" | "invited";
}

export function Members() {
  const session = useSession();
  const [members, { refetch }] = createResource(() =>
    api<{ members: Member[] }>("GET", "/tenant/members"),
  );
  const [sent, setSent] = createSignal("");
  const form = createForm(
    { email: "", role: "staff" },
    InviteInput,
    async (values) => {
      await api("POST", "/tenant/invites", values);
      setSent(`${values.email}(으)로 초대 메일을 보냈습니다.`);
      form.set("email", "");
      void refetch();
    },
  );
  const isOwner = () => session.me()?.user.role === "owner";
  // Role changes and removals: the owner's, on anyone but the owner (core enforces both).
  const [notice, setNotice] = createSignal<{ ok: boolean; text: string }>();
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    setNotice(undefined);
    try {
      await fn();
      setNotice({ ok: true, text: ok });
    } catch (err) {
      setNotice({ ok: false, text: (err as Error).message });
    }
    void refetch();
  };
  const who = (m: Member) => m.name || m.email;
  const changeRole = (m: Member, role: string) =>
    act(
      () => api("PATCH", `/tenant/members/${m.id}`, { role }),
      `${who(m)} → ${t(ROLE_LABEL[role as Role])}: ${t("역할을 바꿨습니다. 다시 로그인하면 적용됩니다.")}`,
    );
  const remove = (m: Member) => {
    const invited = m.status === "invited";
    if (
      !confirm(
        invited
          ? `${m.email}: ${t("초대를 취소할까요?")}`
          : `${who(m)}: ${t("구성원에서 삭제할까요? 바로 로그아웃되고 다시 들어올 수 없습니다. 기록한 내용은 남습니다.")}`,
      )
    )
      return;
    void act(
      () => api("DELETE", `/tenant/members/${m.id}`),
      invited
        ? `${m.email}: ${t("초대를 취소했습니다.")}`
        : `${who(m)}: ${t("구성원을 삭제했습니다.")}`,
    );
  };
  return (
    <>
      <h1 class="page-title">{t("구성원")}</h1>
      <section class="panel">
        <Show when={notice()}>
          {(n) => (
            <p
              role={n().ok ? "status" : "alert"}
              class={n().ok ? "ok" : "error"}
              data-testid="member-notice"
            >
              {n().text}
            </p>
          )}
        </Show>
        <table class="list">
          <thead>
            <tr>
              <th scope="col">{t("이름")}</th>
              <th scope="col">{t("역할")}</th>
              <th scope="col">{t("상태")}</th>
              <Show when={isOwner()}>
                <th scope="col">
                  <span class="sr-only">{t("관리")}</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={members()?.members}>
              {(m) => (
                <tr data-testid={`member-${m.email}`}>
                  <td class="break">
                    {m.name || "—"}
                    <br />
                    <small class="muted">{m.email}</small>
                  </td>
                  <td>
                    <Show
                      when={isOwner() && m.role !== "owner"}
                      fallback={t(ROLE_LABEL[m.role])}
                    >
                      <select
                        aria-label={`${who(m)}: ${t("역할")}`}
                        name={`role-${m.id}`}
                        value={m.role}
                        onChange={(e) =>
                          void changeRole(m, e.currentTarget.value)
                        }
                      >
                        <For each={["staff", "accountant"] as const}>
                          {(r) => <option value={r}>{t(ROLE_LABEL[r])}</option>}
                        </For>
                      </select>
                    </Show>
                  </td>
                  <td>{m.status === "active" ? t("활성") : t("초대됨")}</td>
                  <Show when={isOwner()}>
                    <td>
                      <Show when={m.role !== "owner"}>
                        <button
                          type="button"
                          class="link danger"
                          onClick={() => remove(m)}
                        >
                          {m.status === "invited" ? t("초대 취소") : t("삭제")}
                        </button>
                      </Show>
                    </td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <Show when={session.me()?.user.role === "owner"}>
        <section class="panel">
          <h2>{t("초대")}</h2>
          <form onSubmit={form.submit} novalidate class="grid">
            <FormError message={form.formError()} />
            <Field
              label={t("이메일")}
              name="email"
              type="email"
              value={form.values.email}
              onInput={(e) => form.set("email", e.currentTarget.value)}
              error={form.errors().email}
            />
            <Select
              label={t("역할")}
              name="role"
              value={form.values.role}
              options={(["staff", "accountant"] as const).map((r) => ({
                value: r,
                label: t(ROLE_LABEL[r]),
              }))}
              onChange={(v) => form.set("role", v)}
              error={form.errors().role}
            />
            <div class="actions">
              <Submit busy={form.busy()} label={t("초대하기")} />
              <Show when={sent()}>
                <span role="status" class="ok">
                  {sent()}
                </span>
              </Show>
            </div>
          </form>
        </section>
      </Show>
    </>
  );
}
