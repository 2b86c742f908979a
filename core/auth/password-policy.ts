// Pure password rules: shared by the API and the sign-up form (no node:crypto here).
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Returns a Korean reason the password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  email?: string,
): string | null {
  if (password.length < PASSWORD_MIN)
    return `비밀번호는 ${PASSWORD_MIN}자 이상이어야 합니다.`;
  if (password.length > PASSWORD_MAX)
    return `비밀번호는 ${PASSWORD_MAX}자 이하여야 합니다.`;
  const classes = [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) =>
    re.test(password),
  ).length;
  if (classes < 2)
    return "비밀번호는 영문, 숫자, 특수문자 중 두 종류 이상을 섞어 주세요.";
  if (/^(.)\1+$/.test(password))
    return "같은 문자만 반복한 비밀번호는 쓸 수 없습니다.";
  if (
    email &&
    password.toLowerCase().includes(email.toLowerCase().split("@")[0]) &&
    email.split("@")[0].length >= 4
  )
    return "비밀번호에 이메일 아이디를 넣을 수 없습니다.";
  return null;
}
