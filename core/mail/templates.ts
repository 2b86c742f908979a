import type { Message } from "./index";
import { METRIC_LABEL, type Metric } from "../plan";
import { formatWon } from "../kr/money";

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

export interface QuotaAlertInput {
  businessName: string;
  planName: string;
  month: string;
  metric: Metric;
  threshold: 80 | 100;
  used: number;
  quota: number;
  overage: { per: number; priceKrw: number };
  blockAt: number | null;
  url: string;
}

/** 80% / 100% of an included quota (core/billing/alerts.ts), to the owner. */
export function quotaAlert(to: string, a: QuotaAlertInput): Message {
  const { label, unit } = METRIC_LABEL[a.metric];
  const n = (x: number) => x.toLocaleString("ko-KR");
  const [y, m] = a.month.split("-").map(Number);
  const per =
    a.overage.per === 1 ? `${unit}당` : `${n(a.overage.per)}${unit}당`;
  const price = `${per} ${formatWon(a.overage.priceKrw)}(부가세 포함)`;
  const full = a.threshold === 100;
  const goesOn = a.blockAt === null ? " 서비스는 끊기지 않습니다." : "";
  return {
    to: [to],
    kind: "quota",
    subject: full
      ? `[골목] 이번 달 ${label} 포함량을 모두 사용했습니다`
      : `[골목] 이번 달 ${label} 포함량의 80%를 사용했습니다`,
    ...layout(
      full ? `${label} 포함량 100% 사용` : `${label} 포함량 80% 사용`,
      [
        `${a.businessName}님, ${y}년 ${m}월 ${label} 사용량이 ${n(Math.floor(a.used))}${unit}(${a.planName} 요금제 포함량 ${n(a.quota)}${unit}의 ${full ? "100%" : "80%"})에 이르렀습니다.`,
        full
          ? `이후 사용분은 ${price}의 추가 요금으로 이번 달 요금 명세에 더해집니다.${goesOn}`
          : `포함량을 넘으면 ${price}의 추가 요금이 붙습니다.${goesOn}`,
        ...(a.blockAt !== null
          ? [
              `월 ${n(a.blockAt)}${unit} 초과 시에는 안전을 위해 다음 달 1일 0시까지 이용이 제한됩니다.`,
            ]
          : []),
      ],
      { label: "사용량과 요금 보기", url: a.url },
      "이 알림은 항목마다 달마다 80%와 100%에 한 번씩 보내 드립니다.",
    ),
  };
}

/** A shop provisioned by a reseller (core/reseller): the owner sets a first password. */
export function resellerWelcome(
  to: string,
  businessName: string,
  resellerName: string,
  url: string,
): Message {
  return {
    to: [to],
    kind: "welcome",
    subject: `[골목] ${resellerName}에서 ${businessName}의 골목을 준비했습니다`,
    ...layout(
      `${businessName}, 골목에 오신 것을 환영합니다`,
      [
        `${resellerName}을(를) 통해 ${businessName}의 골목 계정이 만들어졌습니다.`,
        "아래 버튼을 눌러 비밀번호를 정하면 홈페이지, 간편장부, 급여, 전자세금계산서를 바로 쓸 수 있습니다.",
      ],
      { label: "비밀번호 정하기", url },
      "이 링크는 7일 동안 한 번만 쓸 수 있습니다. 기한이 지나면 로그인 화면의 '비밀번호 찾기'를 이용해 주세요.",
    ),
  };
}

/** A reseller's console admin: set a first password (or a new one) from this link. */
export function resellerAdminSetup(
  to: string,
  resellerName: string,
  url: string,
  hours: number,
): Message {
  return {
    to: [to],
    kind: "reseller-admin",
    subject: `[골목] ${resellerName} 판매사 콘솔 비밀번호를 정해 주세요`,
    ...layout(
      `${resellerName} 판매사 콘솔`,
      [
        `${resellerName}의 골목 판매사 콘솔 관리자로 등록되었습니다.`,
        "아래 버튼을 눌러 비밀번호를 정하면 가맹 사업장, API 키, 일괄 개설, 월별 명세를 관리할 수 있습니다.",
      ],
      { label: "비밀번호 정하기", url },
      `이 링크는 ${hours >= 24 ? `${hours / 24}일` : `${hours}시간`} 동안 한 번만 쓸 수 있습니다.`,
    ),
  };
}
