import { getItem } from "../db/client";
import { Keys } from "../db/keys";
import { VisibleError } from "../error";
import type { TenantRecord } from "./index";

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
