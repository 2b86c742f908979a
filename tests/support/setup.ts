import { inject } from "vitest";
import { resetDynamoClient } from "../../core/db/client";
import { Mail } from "../../core/mail";

process.env.DYNAMO_ENDPOINT = inject("dynamoEndpoint");
process.env.SES_ENDPOINT = inject("sesEndpoint");
process.env.APP_URL = "http://app.test";
resetDynamoClient();
Mail.resetSesClient();
