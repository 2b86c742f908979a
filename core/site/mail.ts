// The booking e-mails (Korean): to the shop on every new booking/inquiry, to the visitor on
// receipt and whenever the shop confirms, reschedules or cancels.
import type { Message } from "../mail";
import { layout } from "../mail/templates";

export interface BookingFacts {
  kind: "booking" | "inquiry";
  shop: string;
  name: string;
  phone: string;
  email: string;
  service?: string;
  date?: string;
  time?: string;
  message?: string;
  car?: string;
  party?: number;
  takeout?: boolean;
}

const when = (b: BookingFacts) => {
  if (!b.date) return "";
  const [y, m, d] = b.date.split("-");
  return `${y}년 ${Number(m)}월 ${Number(d)}일 ${b.time ?? ""}`.trim();
};

const details = (b: BookingFacts) =>
  [
    b.service ? `서비스: ${b.service}` : "",
    b.date ? `일시: ${when(b)}` : "",
    `이름: ${b.name}`,
    `연락처: ${b.phone}`,
    `이메일: ${b.email}`,
    b.car ? `차종·차량번호: ${b.car}` : "",
    b.party ? `인원: ${b.party}명` : "",
    b.takeout ? "포장 주문" : "",
    b.message ? `내용: ${b.message}` : "",
  ].filter(Boolean);

export function toShop(to: string, b: BookingFacts, inboxUrl: string): Message {
  const what = b.kind === "booking" ? "새 예약" : "새 문의";
  return {
    to: [to],
    kind: `site-${b.kind}-shop`,
    subject: `[골목] ${what}: ${b.name}님${b.date ? ` · ${when(b)}` : ""}`,
    replyTo: b.email,
    ...layout(
      `${what}이 들어왔습니다`,
      [`${b.shop} 홈페이지에서 ${what}이 접수되었습니다.`, ...details(b)],
      { label: "예약·문의함 열기", url: inboxUrl },
      "이 메일에 답장하면 방문자에게 바로 전달됩니다.",
    ),
  };
}

export function toVisitor(
  b: BookingFacts,
  action: { label: string; url: string },
  status: "received" | "confirmed" | "rescheduled" | "cancelled",
): Message {
  const head = {
    received:
      b.kind === "booking"
        ? "예약 신청이 접수되었습니다"
        : "문의가 접수되었습니다",
    confirmed: "예약이 확정되었습니다",
    rescheduled: "예약 시간이 바뀌었습니다",
    cancelled: "예약이 취소되었습니다",
  }[status];
  const lead = {
    received:
      b.kind === "booking"
        ? `${b.shop}에서 확인한 뒤 다시 알려 드립니다.`
        : `${b.shop}에서 확인한 뒤 연락드립니다.`,
    confirmed: `${b.shop}에서 예약을 확정했습니다. 시간 맞춰 방문해 주세요.`,
    rescheduled: `${b.shop}에서 예약 시간을 바꿨습니다. 새 시간을 확인해 주세요.`,
    cancelled: `${b.shop} 예약이 취소되었습니다.`,
  }[status];
  const body = layout(
    head,
    [`${b.name}님, ${lead}`, ...details(b)],
    action,
    "이 메일은 홈페이지 예약·문의 양식에 적어 주신 주소로 보냈습니다.",
  );
  return {
    to: [b.email],
    kind: `site-${b.kind}-${status}`,
    subject: `[${b.shop}] ${head}`,
    ...body,
  };
}
