// One fetch wrapper: JSON in and out, the session cookie, the CSRF header on writes, typed errors.
export interface FieldIssue {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly fields: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** A chosen file's bytes as base64, for the JSON upload routes (client import, certificate). */
export async function fileBase64(file: File): Promise<string> {
  let bin = "";
  for (const b of new Uint8Array(await file.arrayBuffer()))
    bin += String.fromCharCode(b);
  return btoa(bin);
}

let csrfToken = "";
export const setCsrf = (token: string) => (csrfToken = token);

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      "network",
      "서버에 연결할 수 없습니다. 인터넷 연결을 확인해 주세요.",
    );
  }
  const data = await res.json().catch(() => undefined);
  if (!res.ok)
    throw new ApiError(
      res.status,
      data?.code ?? "unknown",
      data?.message ?? "일시적인 오류가 발생했습니다.",
      data?.fields ?? [],
    );
  return data as T;
}

export interface Me {
  user: {
    id: string;
    email: string;
    name: string;
    role: "owner" | "staff" | "accountant";
  };
  tenant: {
    id: string;
    businessName: string;
    industry: string;
    taxType: "general" | "simplified" | "exempt";
    plan: { id: string; name: string; priceKrw: number };
    deletion?: { requestedAt: string; purgeAfter: string };
  };
  /** The reseller's white-label brand (a shop it provisioned), else null. */
  brand: Brand | null;
  csrfToken: string;
}

export interface Brand {
  slug: string;
  displayName: string;
  logo: string | null;
  primaryColor: string;
  accentColor: string;
  supportPhone: string;
  supportEmail: string;
}

export interface Usage {
  month: string;
  plan: { id: string; name: string; priceKrw: number };
  resetsAt: string;
  metrics: {
    id: string;
    label: string;
    used: number;
    quota: number | null;
    unit: string;
  }[];
}

export interface Profile {
  businessName: string;
  ownerName: string;
  bizNo: string;
  branchNo: string;
  address: string;
  businessType: string;
  businessItem: string;
  taxType: "general" | "simplified" | "exempt";
  contactEmail: string;
  contactPhone: string;
  industry: string;
  updatedAt: string;
}
