import {
  call,
  linkToken,
  login,
  mailbox,
  uniqueEmail,
  type Session,
} from "./api";

/** Invites a member with the given role into the owner's tenant and returns their session. */
async function invite(
  owner: Session,
  role: "staff" | "accountant",
): Promise<Session> {
  const email = uniqueEmail(role);
  const res = await call("POST", "/api/tenant/invites", {
    session: owner,
    body: { email, role },
  });
  if (res.status !== 201) throw new Error(`invite failed: ${res.text}`);
  const token = linkToken((await mailbox(email))[0], "/invite");
  await call("POST", "/api/auth/invite/accept", {
    body: { token, name: "구성원", password: "member-pass-1" },
  });
  return login(email, "member-pass-1");
}

export const members = { invite };
