import type { Message } from "./index";

export const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ]!,
  );

export function layout(
  title: string,
  paragraphs: string[],
  action: { label: string; url: string },
  footnote: string,
): { html: string; text: string } {
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">골목 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${escape(title)}</h1>
${paragraphs.map((p) => `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${escape(p)}</p>`).join("\n")}
<p style="margin:24px 0"><a href="${escape(action.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${escape(action.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">버튼이 열리지 않으면 이 주소를 브라우저에 붙여 넣으세요:<br>${escape(action.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${escape(footnote)}</p></td></tr></table></body></html>`;
  const text = `${title}\n\n${paragraphs.join("\n\n")}\n\n${action.label}: ${action.url}\n\n${footnote}\n`;
  return { html, text };
}

export function verifyEmail(
  to: string,
  businessName: string,
  url: string,
): Message {
  return {
    to: [to],
    kind: "verify",
    subject: "[골목] 이메일 주소를 인증해 주세요",
    ...layout(
      "이메일 주소 인증",
      [
        `${businessName}님, 골목에 가입해 주셔서 감사합니다.`,
        "아래 버튼을 눌러 이메일 주소를 인증하면 바로 로그인할 수 있습니다.",
      ],
      { label: "이메일 인증하기", url },
      "이 링크는 24시간 동안 한 번만 쓸 수 있습니다. 가입한 적이 없다면 이 메일을 무시하세요.",
    ),
  };
}

export function passwordReset(to: string, url: string): Message {
  return {
    to: [to],
    kind: "reset",
    subject: "[골목] 비밀번호 재설정 안내",
    ...layout(
      "비밀번호 재설정",
      [
        "비밀번호 재설정을 요청하셨습니다.",
        "아래 버튼을 눌러 새 비밀번호를 정해 주세요.",
      ],
      { label: "새 비밀번호 정하기", url },
      "이 링크는 1시간 동안 한 번만 쓸 수 있습니다. 요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.",
    ),
  };
}

export function invite(
  to: string,
  businessName: string,
  roleLabel: string,
  url: string,
): Message {
  return {
    to: [to],
    kind: "invite",
    subject: `[골목] ${businessName}에서 초대했습니다`,
    ...layout(
      `${businessName} 초대`,
      [
        `${businessName}에서 골목에 ${roleLabel}(으)로 초대했습니다.`,
        "아래 버튼을 눌러 이름과 비밀번호를 정하면 참여할 수 있습니다.",
      ],
      { label: "초대 수락하기", url },
      "이 링크는 7일 동안 한 번만 쓸 수 있습니다.",
    ),
  };
}
