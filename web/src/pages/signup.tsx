import { A, useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import {
  INDUSTRIES,
  INDUSTRY_LABEL,
  SignupInput,
} from "../../../core/auth/schema";
import { PASSWORD_MIN } from "../../../core/auth/password-policy";
import { api } from "../data/api";
import { t } from "../i18n";
import { AuthShell } from "../ui/shell";
import { createForm, Field, FormError, Select, Submit } from "../ui/form";

/** 123-45-67890 while typing. */
function formatBizNoInput(raw: string): string {
  const d = raw.replace(/\D/g, "").slice(0, 10);
  if (d.length <= 3) return d;
  if (d.length <= 5) return `${d.slice(0, 3)}-${d.slice(3)}`;
  return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
}

export default function Signup() {
  const navigate = useNavigate();
  const [showTerms, setShowTerms] = createSignal(false);
  const form = createForm(
    {
      businessName: "",
      noBizNo: false,
      bizNo: "",
      ownerName: "",
      industry: "salon",
      email: "",
      phone: "",
      password: "",
      privacyConsent: false,
    },
    SignupInput,
    async (values) => {
      const res = await api<{ email: string }>("POST", "/auth/signup", values);
      navigate(`/signup/done?email=${encodeURIComponent(res.email)}`);
    },
  );
  const err = (k: string) => form.errors()[k];
  return (
    <AuthShell title={t("회원가입")}>
      <form onSubmit={form.submit} novalidate data-testid="signup-form">
        <FormError message={form.formError()} />
        <Field
          label={t("상호")}
          name="businessName"
          autocomplete="organization"
          value={form.values.businessName}
          onInput={(e) => form.set("businessName", e.currentTarget.value)}
          error={err("businessName")}
        />
        <Field
          label={t("사업자등록번호")}
          name="bizNo"
          inputmode="numeric"
          placeholder="123-45-67890"
          disabled={form.values.noBizNo}
          value={form.values.bizNo}
          onInput={(e) => {
            const formatted = formatBizNoInput(e.currentTarget.value);
            e.currentTarget.value = formatted;
            form.set("bizNo", formatted);
          }}
          error={err("bizNo")}
        />
        <label class="check">
          <input
            type="checkbox"
            name="noBizNo"
            checked={form.values.noBizNo}
            onChange={(e) => {
              form.set("noBizNo", e.currentTarget.checked);
              if (e.currentTarget.checked) form.set("bizNo", "");
            }}
          />
          {t("아직 사업자등록 전")}
        </label>
        <Field
          label={t("대표자명")}
          name="ownerName"
          autocomplete="name"
          value={form.values.ownerName}
          onInput={(e) => form.set("ownerName", e.currentTarget.value)}
          error={err("ownerName")}
        />
        <Select
          label={t("업종")}
          name="industry"
          value={form.values.industry}
          options={INDUSTRIES.map((i) => ({
            value: i,
            label: INDUSTRY_LABEL[i],
          }))}
          onChange={(v) => form.set("industry", v)}
          error={err("industry")}
        />
        <Field
          label={t("이메일")}
          name="email"
          type="email"
          autocomplete="email"
          value={form.values.email}
          onInput={(e) => form.set("email", e.currentTarget.value)}
          error={err("email")}
        />
        <Field
          label={t("휴대전화")}
          name="phone"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          placeholder="010-1234-5678"
          value={form.values.phone}
          onInput={(e) => form.set("phone", e.currentTarget.value)}
          error={err("phone")}
        />
        <Field
          label={t("비밀번호")}
          name="password"
          type="password"
          autocomplete="new-password"
          hint={`${PASSWORD_MIN}자 이상, 영문·숫자·특수문자 중 두 종류 이상`}
          value={form.values.password}
          onInput={(e) => form.set("password", e.currentTarget.value)}
          error={err("password")}
        />
        <div class="field" classList={{ invalid: !!err("privacyConsent") }}>
          <label class="check">
            <input
              type="checkbox"
              name="privacyConsent"
              checked={form.values.privacyConsent}
              aria-describedby={
                err("privacyConsent") ? "f-privacyConsent-err" : undefined
              }
              onChange={(e) =>
                form.set("privacyConsent", e.currentTarget.checked)
              }
            />
            {t("개인정보 수집·이용 동의")} {t("(필수)")}
          </label>
          <button
            type="button"
            class="link small"
            aria-expanded={showTerms()}
            onClick={() => setShowTerms(!showTerms())}
          >
            {t("자세히")}
          </button>
          <Show when={showTerms()}>
            <dl class="terms">
              <For
                each={[
                  [
                    "수집 항목",
                    "상호, 사업자등록번호, 대표자명, 업종, 이메일, 휴대전화 번호, 비밀번호(암호화 저장)",
                  ],
                  [
                    "이용 목적",
                    "회원 식별, 서비스 제공, 전자세금계산서 등 사업자 업무 처리, 고지·안내",
                  ],
                  [
                    "보유 기간",
                    "회원 탈퇴 시까지. 다만 세법 등 관계 법령이 정한 기간 동안은 보관합니다.",
                  ],
                  [
                    "거부 권리",
                    "동의를 거부할 수 있으나, 거부하면 가입할 수 없습니다.",
                  ],
                ]}
              >
                {([k, v]) => (
                  <>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </>
                )}
              </For>
            </dl>
          </Show>
          <Show when={err("privacyConsent")}>
            <p
              class="error"
              id="f-privacyConsent-err"
              data-testid="error-privacyConsent"
            >
              {err("privacyConsent")}
            </p>
          </Show>
        </div>
        <Submit busy={form.busy()} label={t("가입하기")} />
      </form>
      <p class="alt">
        {t("이미 계정이 있으신가요?")} <A href="/login">{t("로그인")}</A>
      </p>
    </AuthShell>
  );
}
