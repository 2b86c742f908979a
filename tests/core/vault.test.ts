import { describe, expect, it } from "vitest";
import { withActor } from "../../core/actor";
import { decrypt, encrypt } from "../../core/crypto/vault";

const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId }, fn);

describe("personal-data vault (AES-256-GCM)", () => {
  it("round-trips, never stores the plain value, and uses a fresh IV each time", async () => {
    await asTenant("ten_a", async () => {
      const a = await encrypt("9001011234567", "ten_a|emp_1|rrn");
      const b = await encrypt("9001011234567", "ten_a|emp_1|rrn");
      expect(a).not.toContain("9001011234567");
      expect(a).not.toBe(b);
      expect(await decrypt(a, "ten_a|emp_1|rrn")).toBe("9001011234567");
    });
  });

  it("refuses a ciphertext moved to another employee, field or tenant, and a tampered one", async () => {
    const sealed = await asTenant("ten_a", () =>
      encrypt("9001011234567", "ten_a|emp_1|rrn"),
    );
    await asTenant("ten_a", async () => {
      await expect(decrypt(sealed, "ten_a|emp_2|rrn")).rejects.toThrow();
      await expect(decrypt(sealed, "ten_a|emp_1|bank")).rejects.toThrow();
      const parts = sealed.split(".");
      parts[4] = Buffer.from("0000000000000", "utf8").toString("base64url");
      await expect(
        decrypt(parts.join("."), "ten_a|emp_1|rrn"),
      ).rejects.toThrow();
    });
    await asTenant("ten_b", () =>
      expect(decrypt(sealed, "ten_b|emp_1|rrn")).rejects.toThrow(),
    );
  });

  it("seals for a reseller acting for itself (its webhooks' secrets), bound to the context", async () => {
    const asReseller = <T>(fn: () => Promise<T>) =>
      withActor(
        { type: "reseller", resellerId: "rsl_a", scopes: ["tenants:write"] },
        fn,
      );
    const sealed = await asReseller(() =>
      encrypt("whsec_abc", "webhook-secret:rsl_a:whk_1"),
    );
    expect(sealed).not.toContain("whsec_abc");
    // The worker opens it as the system actor of that reseller.
    expect(
      await withActor({ type: "system", resellerId: "rsl_a" }, () =>
        decrypt(sealed, "webhook-secret:rsl_a:whk_1"),
      ),
    ).toBe("whsec_abc");
    await asReseller(() =>
      expect(decrypt(sealed, "webhook-secret:rsl_a:whk_2")).rejects.toThrow(),
    );
  });
});
