import { handle } from "hono/aws-lambda";
import { resellerApp } from "./routes";

export const handler = handle(resellerApp);
