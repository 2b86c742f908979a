import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { inject } from "vitest";
import { resetDynamoClient } from "../../core/db/client";
import { Mail } from "../../core/mail";

process.env.DYNAMO_ENDPOINT = inject("dynamoEndpoint");
process.env.SES_ENDPOINT = inject("sesEndpoint");
process.env.APP_URL = "http://app.test";
resetDynamoClient();
Mail.resetSesClient();
// Data exports (core/account) are written to a temporary folder, never into the checkout.
process.env.GOLMOK_EXPORTS_DIR ??= mkdtempSync(
  resolve(tmpdir(), "golmok-exports-"),
);
