import { getItem } from "../db/client";
import { Keys } from "../db/keys";
import { VisibleError } from "../error";
import { kstDate, nowMs } from "../time";
import { formatDateKo } from "../kr/money";
import type { TenantRecord } from "./index";

/**
 * A cancelled shop keeps read access (to export its data) until exportUntil, 30 days after the
 * cancel; after that nobody of it signs in or uses the API: 403 tenant_closed.
 */
export function closedError(
  t: Pick<TenantRecord, "status" | "exportUntil"> | undefined,
  now = nowMs(),
): VisibleError | undefined {
  if (t?.status !== "cancelled" || !t.exportUntil) return undefined;
  const until = Date.parse(t.exportUntil);
  if (until > now) return undefined;
  return new VisibleError(
    "forbidden",
    "tenant_closed",
    `해지된 사업장입니다. 자료를 내려받을 수 있는 기간(${formatDateKo(kstDate(until - 1))}까지)이 끝나 더 이상 이용할 수 없습니다. 가입하신 통신사·조합에 문의해 주세요.`,
  );
}

/** The actor's tenant item (consistent read); a small module so invoice and ledger need not load auth. */
export async function tenantRecord(): Promise<TenantRecord> {
  const t = await getItem<TenantRecord>(Keys.tenant(), true);
  if (!t)
    throw new VisibleError(
      "not_found",
      "not_found",
      "사업장을 찾을 수 없습니다.",
    );
  return t;
}
