import { handle } from "hono/aws-lambda";
import { consoleApp } from "./routes";

export const handler = handle(consoleApp);
