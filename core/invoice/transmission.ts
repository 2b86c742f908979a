// Filing with the NTS (국세청) needs a certified sending system or an accredited ASP relay, which
// these machines cannot reach. Transmission is therefore one port: the invoice module signs the
// XML and hands it here; an adapter files it. The local adapter files nothing and says so.
// A production adapter (README "NTS transmission") wraps the signed XML for the relay's API.
import { createHash } from "node:crypto";

export interface Submission {
  invoiceId: string;
  approvalNo: string;
  /** The KEC TaxInvoice XML with the issuer's enveloped XML-DSig signature. */
  signedXml: string;
}

export type SubmitResult =
  { ok: true; ref: string } | { ok: false; reason: string };

export interface TransmissionPort {
  name: string;
  /** True when nothing reaches the NTS: the UI says so ("로컬 모드 — 국세청 전송 안 됨"). */
  local: boolean;
  submit(s: Submission): Promise<SubmitResult>;
}

/**
 * Files nothing: reports the document as done. The invoice module records every transmission
 * (status, the signed document's SHA-256 and size) whatever the adapter.
 */
export const localAdapter: TransmissionPort = {
  name: "local",
  local: true,
  async submit(s) {
    const digest = createHash("sha256").update(s.signedXml).digest("hex");
    return { ok: true, ref: `local:${digest.slice(0, 16)}` };
  },
};

let port: TransmissionPort = localAdapter;

export function transmissionPort(): TransmissionPort {
  return port;
}

/** For a production relay adapter, and for tests that need a failing one. */
export function useTransmissionPort(p: TransmissionPort): void {
  port = p;
}
