import { useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import {
  formatApprovalNo,
  type InvoiceDoc,
} from "../../../core/invoice/schema";
import { api, type Brand } from "../data/api";
import { formatDate, formatWon, t } from "../i18n";
import { AuthShell } from "../ui/shell";

interface PublicView {
  doc: InvoiceDoc;
  confirmedAt?: string;
  brand: Brand | null;
}

/** What the client opens from the e-mail: no login, the link's token is the key. */
export default function Recipient() {
  const params = useParams();
  const [view, { mutate }] = createResource(
    () => params.token,
    (token) => api<PublicView>("GET", `/invoices/link/${token}`),
  );
  const [busy, setBusy] = createSignal(false);
  const confirm = async () => {
    setBusy(true);
    try {
      mutate(
        await api<PublicView>("POST", `/invoices/link/${params.token}/confirm`),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <AuthShell title={t("전자세금계산서")} brand={view()?.brand}>
      <Show
        when={view()}
        fallback={
          <p class="form-error">
            {(view.error as Error | undefined)?.message ?? "…"}
          </p>
        }
      >
        {(v) => (
          <>
            <dl class="facts" data-testid="recipient-invoice">
              <dt>{t("승인번호")}</dt>
              <dd>{formatApprovalNo(v().doc.approvalNo ?? "")}</dd>
              <dt>{t("공급자")}</dt>
              <dd>{v().doc.supplier.name}</dd>
              <dt>{t("공급받는자")}</dt>
              <dd>{v().doc.buyer.name}</dd>
              <dt>{t("작성일자")}</dt>
              <dd>{formatDate(v().doc.writeDate)}</dd>
              <dt>{t("공급가액")}</dt>
              <dd>{formatWon(v().doc.supplyTotal)}</dd>
              <dt>{t("세액")}</dt>
              <dd>{formatWon(v().doc.taxTotal)}</dd>
              <dt>{t("합계금액")}</dt>
              <dd>
                <strong>{formatWon(v().doc.grandTotal)}</strong>
              </dd>
            </dl>
            <ul class="plain">
              <For each={v().doc.lines}>
                {(l) => (
                  <li>
                    {l.item} · {formatWon(l.supply)}
                  </li>
                )}
              </For>
            </ul>
            <p class="actions">
              <a
                href={`/api/invoices/link/${params.token}/invoice.pdf`}
                target="_blank"
                rel="noopener"
              >
                PDF
              </a>{" "}
              ·{" "}
              <a
                href={`/api/invoices/link/${params.token}/invoice.xml`}
                download=""
              >
                XML
              </a>
            </p>
            <Show
              when={v().confirmedAt}
              fallback={
                <button
                  type="button"
                  disabled={busy()}
                  onClick={confirm}
                  data-testid="confirm-receipt"
                >
                  {t("수신확인")}
                </button>
              }
            >
              <p class="notice" role="status" data-testid="confirmed">
                {t("수신확인했습니다.")} (
                {new Date(v().confirmedAt!).toLocaleString("ko-KR", {
                  timeZone: "Asia/Seoul",
                })}
                )
              </p>
            </Show>
          </>
        )}
      </Show>
    </AuthShell>
  );
}
