import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { documentedOperations } from "../support/routes";

describe("OpenAPI document", () => {
  it("is generated from the route schemas and lists the platform contract", async () => {
    const ops = (await documentedOperations()).map(
      (o) => `${o.method} ${o.path}`,
    );
    expect(ops).toEqual(
      expect.arrayContaining([
        "GET /api/health",
        "POST /api/auth/signup",
        "POST /api/auth/login",
        "POST /api/auth/logout",
        "POST /api/auth/verify",
        "POST /api/auth/password-reset",
        "GET /api/me",
        "GET /api/tenant/profile",
        "PUT /api/tenant/profile",
        "GET /api/usage",
      ]),
    );
    const doc = (await call("GET", "/api/openapi.json")).json;
    const signup =
      doc.paths["/api/auth/signup"].post.requestBody.content["application/json"]
        .schema;
    // The same valibot schema that validates the request: limits and enums appear in the document.
    expect(signup.properties.businessName.maxLength).toBe(50);
    expect(signup.properties.industry.enum).toContain("salon");
    expect(signup.required).toContain("privacyConsent");
    expect(
      doc.paths["/api/usage"].get.parameters.map(
        (p: { name: string }) => p.name,
      ),
    ).toContain("month");
  });

  it("has a browsable reference page", async () => {
    const res = await call("GET", "/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.text).toContain("/api/openapi.json");
  });

  it("health answers ok", async () => {
    expect((await call("GET", "/api/health")).json).toEqual({ ok: true });
  });
});
