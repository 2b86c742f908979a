import { createSignal, type JSX } from "solid-js";
import { t } from "../i18n";

/**
 * A secret the server shows this once (an API key, a webhook's signing secret): the value, a
 * warning, a copy button and a close button. The page keeps the secret; closing hands it back.
 */
export function SecretOnce(props: {
  title: JSX.Element;
  warning: string;
  secret: string;
  onClose: () => void;
  testid: string;
  secretTestid: string;
  closeTestid: string;
}) {
  const [copied, setCopied] = createSignal(false);
  return (
    <section class="panel" data-testid={props.testid}>
      <h2>{props.title}</h2>
      <p class="warn-text">{props.warning}</p>
      <code class="break" data-testid={props.secretTestid}>
        {props.secret}
      </code>
      <div class="actions wrap">
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await navigator.clipboard
              ?.writeText(props.secret)
              .then(() => setCopied(true))
              .catch(() => undefined);
          }}
        >
          {copied() ? t("복사했습니다") : t("복사")}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => props.onClose()}
          data-testid={props.closeTestid}
        >
          {t("다 적었습니다 (닫기)")}
        </button>
      </div>
    </section>
  );
}
