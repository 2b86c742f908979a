export type ErrorKind =
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "quota_exceeded"
  | "unavailable";

export const STATUS_OF_KIND: Record<
  ErrorKind,
  400 | 401 | 403 | 404 | 409 | 429 | 503
> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  quota_exceeded: 429,
  unavailable: 503,
};

export interface FieldIssue {
  field: string;
  message: string;
}

/** An error whose code and (Korean) message are safe to show to the user. */
export class VisibleError extends Error {
  constructor(
    public readonly kind: ErrorKind,
    public readonly code: string,
    message: string,
    public readonly extra: {
      fields?: FieldIssue[];
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = "VisibleError";
  }
}
