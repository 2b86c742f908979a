import { createSignal, For, Show, splitProps, type JSX } from "solid-js";
import { createStore } from "solid-js/store";
import * as v from "valibot";
import { ApiError } from "../data/api";
import { t } from "../i18n";

export interface FormState<T extends Record<string, unknown>> {
  values: T;
  /** Sets a field and clears its error, so a corrected field stops showing the old message. */
  set<K extends keyof T & string>(key: K, value: T[K]): void;
  errors: () => Record<string, string>;
  formError: () => string;
  busy: () => boolean;
  submit: (e: Event) => Promise<void>;
}

/** Client-side checks with the same valibot schema the API uses; server field errors land beside fields too. */
export function createForm<T extends Record<string, unknown>>(
  initial: T,
  schema: v.GenericSchema | null,
  onSubmit: (values: T) => Promise<void>,
): FormState<T> {
  const [values, setValues] = createStore<T>(structuredClone(initial));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFormError("");
    if (schema) {
      const parsed = v.safeParse(schema, values);
      if (!parsed.success) {
        const next: Record<string, string> = {};
        for (const issue of parsed.issues) {
          const key = v.getDotPath(issue) ?? "";
          if (key && !next[key]) next[key] = issue.message;
        }
        setErrors(next);
        const first = Object.keys(next)[0];
        document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        return;
      }
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (err) {
      if (err instanceof ApiError) {
        setFormError(err.message);
        setErrors(
          Object.fromEntries(err.fields.map((f) => [f.field, f.message])),
        );
      } else
        setFormError(
          "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.",
        );
    } finally {
      setBusy(false);
    }
  };
  const set = <K extends keyof T & string>(key: K, value: T[K]) => {
    (setValues as (k: K, v: T[K]) => void)(key, value);
    if (errors()[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  return { values, set, errors, formError, busy, submit };
}

type InputProps = JSX.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

export function Field(props: InputProps) {
  const [own, rest] = splitProps(props, ["label", "error", "hint", "name"]);
  const id = `f-${own.name}`;
  return (
    <div class="field" classList={{ invalid: !!own.error }}>
      <label for={id}>{own.label}</label>
      <input
        id={id}
        name={own.name}
        aria-invalid={own.error ? "true" : undefined}
        aria-describedby={
          [own.error ? `${id}-err` : "", own.hint ? `${id}-hint` : ""]
            .join(" ")
            .trim() || undefined
        }
        {...rest}
      />
      <Show when={own.hint}>
        <p class="hint" id={`${id}-hint`}>
          {own.hint}
        </p>
      </Show>
      <Show when={own.error}>
        <p class="error" id={`${id}-err`} data-testid={`error-${own.name}`}>
          {own.error}
        </p>
      </Show>
    </div>
  );
}

export function Select(props: {
  label: string;
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (v: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const id = `f-${props.name}`;
  return (
    <div class="field" classList={{ invalid: !!props.error }}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <For each={props.options}>
          {(o) => <option value={o.value}>{o.label}</option>}
        </For>
      </select>
      <Show when={props.error}>
        <p class="error" id={`${id}-err`} data-testid={`error-${props.name}`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

export function FormError(props: { message: string }) {
  return (
    <Show when={props.message}>
      <p class="form-error" role="alert" data-testid="form-error">
        {props.message}
      </p>
    </Show>
  );
}

export function Submit(props: { busy: boolean; label: string }) {
  return (
    <button type="submit" class="primary" disabled={props.busy}>
      {props.busy ? t("처리 중…") : props.label}
    </button>
  );
}
