import { api } from "../../functions/app";

export interface Operation {
  method: string;
  path: string;
}

/** Every operation in the OpenAPI document: the list the isolation test must cover. */
export async function documentedOperations(): Promise<Operation[]> {
  const doc = (await (await api.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
}
