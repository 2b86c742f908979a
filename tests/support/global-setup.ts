import type { TestProject } from "vitest/node";
import { startDynamo } from "../../functions/local/dynamo";
import { startSes } from "../../functions/local/ses";
import { buildWebApp } from "../../functions/local/stack";
import { ensureTable } from "../../core/db/bootstrap";
import { resetDynamoClient } from "../../core/db/client";

// One in-memory DynamoDB Local and one SES local for the whole run; each test makes its own tenants.
export default async function setup(project: TestProject) {
  // The browser tests serve web/dist: build it once, here, rather than racing from each test file.
  await buildWebApp(true);
  const dynamo = await startDynamo();
  const ses = await startSes();
  process.env.DYNAMO_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_NAME = "golmok-test";
  resetDynamoClient();
  await ensureTable();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  return async () => {
    await ses.stop();
    await dynamo.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}
