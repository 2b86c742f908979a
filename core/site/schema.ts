// The homepage draft: blocks, theme, slug. Pure valibot (no node imports): the web editor
// validates with the same schemas and renders the same preview (render.ts).
import * as v from "valibot";
import { optionalText, requiredText } from "../validation";

export const THEMES = {
  teal: { label: "청록", accent: "#0f766e", soft: "#ccfbf1" },
  rose: { label: "장미", accent: "#be123c", soft: "#ffe4e6" },
  indigo: { label: "남색", accent: "#3730a3", soft: "#e0e7ff" },
  amber: { label: "호박", accent: "#b45309", soft: "#fef3c7" },
  slate: { label: "먹색", accent: "#334155", soft: "#e2e8f0" },
} as const;
export type Theme = keyof typeof THEMES;
const THEME_IDS = Object.keys(THEMES) as [Theme, ...Theme[]];

export const BLOCK_TYPES = [
  "hero",
  "about",
  "hours",
  "menu",
  "gallery",
  "news",
  "location",
  "contact",
  "booking",
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
export const BLOCK_LABEL: Record<BlockType, string> = {
  hero: "대표 소개",
  about: "소개",
  hours: "영업시간",
  menu: "메뉴/가격표",
  gallery: "사진 갤러리",
  news: "새소식",
  location: "오시는 길",
  contact: "연락처",
  booking: "예약/문의",
};

export const DAYS = ["일", "월", "화", "수", "목", "금", "토"] as const;

// Links a shop may put on its page: web, phone and mail only (no javascript:, data: …).
export const SAFE_URL =
  /^(https?:\/\/[^\s<>"']+|tel:[+0-9-]+|mailto:[^\s<>"']+)$/i;
export const isSafeUrl = (u: string) => SAFE_URL.test(u.trim());

const Time = (label: string) =>
  v.pipe(
    v.string(`${label}을(를) 입력해 주세요.`),
    v.regex(
      /^([01]\d|2[0-3]):[0-5]\d$/,
      `${label}은(는) 24시간 HH:MM 형식이어야 합니다.`,
    ),
  );
const OptionalTime = (label: string) =>
  v.optional(
    v.union(
      [v.literal(""), Time(label)],
      `${label}은(는) 24시간 HH:MM 형식이어야 합니다.`,
    ),
    "",
  );
const Url = (label: string) =>
  v.optional(
    v.pipe(
      v.string(`${label}은(는) 문자열이어야 합니다.`),
      v.trim(),
      v.maxLength(500, `${label}은(는) 500자 이하로 입력해 주세요.`),
      v.check(
        (s) => s === "" || /^https?:\/\/[^\s<>"']+$/i.test(s),
        `${label}은(는) http:// 또는 https://로 시작하는 주소여야 합니다.`,
      ),
    ),
    "",
  );
const Won = (label: string) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.integer(`${label}은(는) 원 단위 정수여야 합니다.`),
    v.minValue(0, `${label}은(는) 0원 이상이어야 합니다.`),
    v.maxValue(100_000_000, `${label}이(가) 너무 큽니다.`),
  );

export const Image = v.object({
  url: v.pipe(
    v.string("사진 주소를 입력해 주세요."),
    v.trim(),
    v.maxLength(500, "사진 주소는 500자 이하로 입력해 주세요."),
    v.check(
      (s) => /^(https:\/\/|\/)[^\s<>"']+$/i.test(s),
      "사진 주소는 https:// 또는 /로 시작해야 합니다.",
    ),
  ),
  width: v.pipe(
    v.number("사진 너비는 숫자여야 합니다."),
    v.integer("사진 너비는 정수여야 합니다."),
    v.minValue(1, "사진 너비가 올바르지 않습니다."),
    v.maxValue(4000, "사진 너비가 올바르지 않습니다."),
  ),
  height: v.pipe(
    v.number("사진 높이는 숫자여야 합니다."),
    v.integer("사진 높이는 정수여야 합니다."),
    v.minValue(1, "사진 높이가 올바르지 않습니다."),
    v.maxValue(4000, "사진 높이가 올바르지 않습니다."),
  ),
  alt: optionalText("사진 설명", 120),
});
export type Image = v.InferOutput<typeof Image>;

const base = {
  id: v.pipe(
    v.string("블록 ID가 필요합니다."),
    v.regex(/^[a-z0-9-]{1,24}$/, "블록 ID 형식이 올바르지 않습니다."),
  ),
  hidden: v.optional(v.boolean("숨김 여부는 참/거짓이어야 합니다."), false),
};

export const Day = v.object({
  closed: v.boolean("휴무 여부는 참/거짓이어야 합니다."),
  open: Time("여는 시간"),
  close: Time("닫는 시간"),
  breakStart: OptionalTime("쉬는 시간 시작"),
  breakEnd: OptionalTime("쉬는 시간 끝"),
});
export type Day = v.InferOutput<typeof Day>;

export const MenuItem = v.object({
  name: requiredText("항목 이름", 60),
  price: Won("가격"),
  /** "부터" prices (₩30,000~) for services that vary. */
  from: v.optional(v.boolean("'부터' 여부는 참/거짓이어야 합니다."), false),
  description: optionalText("항목 설명", 200),
  /** A dish's or product's photo (a restaurant's menu). */
  image: v.optional(Image),
  /** 담당 (a salon's stylist): each one keeps their own booking schedule. */
  staff: v.optional(
    v.pipe(
      v.string("담당은 문자열이어야 합니다."),
      v.trim(),
      v.maxLength(20, "담당은 20자 이하로 입력해 주세요."),
      v.regex(/^[^#]*$/, "담당 이름에 #은 쓸 수 없습니다."),
    ),
    "",
  ),
  /** Minutes a booking for this item takes; 0 = not bookable. */
  minutes: v.optional(
    v.pipe(
      v.number("소요 시간은 숫자여야 합니다."),
      v.integer("소요 시간은 분 단위 정수여야 합니다."),
      v.minValue(0, "소요 시간은 0분 이상이어야 합니다."),
      v.maxValue(480, "소요 시간은 8시간 이하여야 합니다."),
    ),
    0,
  ),
});
export type MenuItem = v.InferOutput<typeof MenuItem>;

const minutesOf = (t: string) =>
  Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

export const Block = v.variant(
  "type",
  [
    v.object({
      ...base,
      type: v.literal("hero"),
      title: requiredText("상호(제목)", 60),
      tagline: optionalText("한 줄 소개", 120),
      image: v.optional(Image),
    }),
    v.object({
      ...base,
      type: v.literal("about"),
      title: optionalText("제목", 40),
      text: optionalText("소개 글", 2000),
    }),
    v.object({
      ...base,
      type: v.literal("hours"),
      title: optionalText("제목", 40),
      week: v.pipe(
        v.array(Day, "요일별 영업시간이 필요합니다."),
        v.length(7, "요일별 영업시간은 일~토 7개여야 합니다."),
        v.check(
          (w) =>
            w.every(
              (d) =>
                d.closed ||
                (minutesOf(d.open) < minutesOf(d.close) &&
                  (d.breakStart === "") === (d.breakEnd === "") &&
                  (d.breakStart === "" ||
                    (minutesOf(d.open) <= minutesOf(d.breakStart) &&
                      minutesOf(d.breakStart) < minutesOf(d.breakEnd) &&
                      minutesOf(d.breakEnd) <= minutesOf(d.close)))),
            ),
          "여는 시간은 닫는 시간보다 빨라야 하고, 쉬는 시간은 영업시간 안에 시작과 끝을 모두 적어야 합니다.",
        ),
      ),
      /** 정기휴무·공휴일 안내 (free text) */
      note: optionalText("휴무 안내", 200),
      /** 임시휴무 dates: no booking on these days. */
      closedDates: v.optional(
        v.pipe(
          v.array(
            v.pipe(
              v.string("휴무일은 YYYY-MM-DD 형식이어야 합니다."),
              v.regex(
                /^\d{4}-\d{2}-\d{2}$/,
                "휴무일은 YYYY-MM-DD 형식이어야 합니다.",
              ),
            ),
          ),
          v.maxLength(60, "휴무일은 60개까지 적을 수 있습니다."),
        ),
        [],
      ),
    }),
    v.object({
      ...base,
      type: v.literal("menu"),
      title: optionalText("제목", 40),
      items: v.pipe(
        v.array(MenuItem, "항목 목록이 필요합니다."),
        v.maxLength(80, "항목은 80개까지 넣을 수 있습니다."),
      ),
    }),
    v.object({
      ...base,
      type: v.literal("gallery"),
      title: optionalText("제목", 40),
      images: v.pipe(
        v.array(Image, "사진 목록이 필요합니다."),
        v.maxLength(24, "사진은 24장까지 넣을 수 있습니다."),
      ),
    }),
    v.object({
      ...base,
      type: v.literal("news"),
      title: optionalText("제목", 40),
      posts: v.pipe(
        v.array(
          v.object({
            date: v.pipe(
              v.string("날짜를 입력해 주세요."),
              v.regex(
                /^\d{4}-\d{2}-\d{2}$/,
                "날짜는 YYYY-MM-DD 형식이어야 합니다.",
              ),
            ),
            title: requiredText("소식 제목", 80),
            body: optionalText("소식 내용", 1000),
          }),
          "소식 목록이 필요합니다.",
        ),
        v.maxLength(20, "새소식은 20개까지 넣을 수 있습니다."),
      ),
    }),
    v.object({
      ...base,
      type: v.literal("location"),
      title: optionalText("제목", 40),
      address: optionalText("주소", 200),
      directions: optionalText("찾아오는 방법", 300),
      naverMapUrl: Url("네이버 지도 주소"),
      kakaoMapUrl: Url("카카오맵 주소"),
    }),
    v.object({
      ...base,
      type: v.literal("contact"),
      title: optionalText("제목", 40),
      phone: v.optional(
        v.pipe(
          v.string("전화번호는 문자열이어야 합니다."),
          v.trim(),
          v.check(
            (s) =>
              s === "" ||
              /^(0\d{8,10}|1[5-9]\d{6})$/.test(s.replace(/[\s-]/g, "")),
            "전화번호 형식이 올바르지 않습니다. (예: 02-123-4567)",
          ),
        ),
        "",
      ),
      /** 카카오톡 채널 ID (_abcd) or its pf.kakao.com link */
      kakaoChannel: v.optional(
        v.pipe(
          v.string("카카오톡 채널은 문자열이어야 합니다."),
          v.trim(),
          v.check(
            (s) =>
              s === "" ||
              /^(https?:\/\/pf\.kakao\.com\/)?_[A-Za-z0-9]{2,30}$/.test(s),
            "카카오톡 채널은 _로 시작하는 채널 ID(예: _xAbcd) 또는 pf.kakao.com 주소여야 합니다.",
          ),
        ),
        "",
      ),
      email: v.optional(
        v.pipe(
          v.string("이메일은 문자열이어야 합니다."),
          v.trim(),
          v.check(
            (s) => s === "" || /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(s),
            "이메일 형식이 올바르지 않습니다.",
          ),
        ),
        "",
      ),
      instagram: Url("인스타그램 주소"),
    }),
    v.object({
      ...base,
      type: v.literal("booking"),
      title: optionalText("제목", 40),
      /** booking: time slots from hours and menu durations; inquiry: a message form only. */
      mode: v.picklist(["booking", "inquiry"], "예약 또는 문의를 골라 주세요."),
      note: optionalText("안내 문구", 300),
      /** Extra fields shops of a trade need (car model and plate, party size …). */
      askFor: v.optional(
        v.array(
          v.picklist(
            ["car", "party", "takeout"],
            "추가 항목이 올바르지 않습니다.",
          ),
        ),
        [],
      ),
      /** How far ahead visitors may book. */
      daysAhead: v.optional(
        v.pipe(
          v.number("예약 가능 기간은 숫자여야 합니다."),
          v.integer("예약 가능 기간은 일 단위 정수여야 합니다."),
          v.minValue(1, "예약 가능 기간은 1일 이상이어야 합니다."),
          v.maxValue(90, "예약 가능 기간은 90일 이하여야 합니다."),
        ),
        30,
      ),
    }),
  ],
  "블록 종류가 올바르지 않습니다.",
);
export type Block = v.InferOutput<typeof Block>;
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

// Slugs: lowercase latin, digits, Hangul syllables and single hyphens; 2–40 characters.
export const RESERVED_SLUGS = new Set([
  "admin",
  "api",
  "app",
  "assets",
  "blog",
  "dashboard",
  "docs",
  "golmok",
  "help",
  "login",
  "logout",
  "mail",
  "new",
  "null",
  "public",
  "r",
  "root",
  "s",
  "settings",
  "signup",
  "site",
  "sites",
  "sitemap",
  "static",
  "support",
  "undefined",
  "www",
  "골목",
  "관리자",
  "운영자",
  "고객센터",
]);
export const normalizeSlug = (s: string) =>
  s.normalize("NFC").trim().toLowerCase();
export const Slug = v.pipe(
  v.string("주소(슬러그)를 입력해 주세요."),
  v.transform(normalizeSlug),
  v.regex(
    /^[a-z0-9가-힣](?:[a-z0-9가-힣]|-(?!-)){0,38}[a-z0-9가-힣]$/,
    "주소는 2~40자의 한글, 영문 소문자, 숫자, 하이픈(-)으로 쓰고 하이픈으로 시작하거나 끝날 수 없습니다.",
  ),
  v.check(
    (s) => !RESERVED_SLUGS.has(s),
    "이 주소는 쓸 수 없습니다. 다른 주소를 골라 주세요.",
  ),
);

export const SiteInput = v.object({
  slug: Slug,
  theme: v.picklist(THEME_IDS, "색상 테마를 골라 주세요."),
  /** meta title / description (검색 결과와 공유 미리보기) */
  title: requiredText("페이지 제목", 60),
  description: optionalText("페이지 설명", 160),
  blocks: v.pipe(
    v.array(Block, "블록 목록이 필요합니다."),
    v.maxLength(30, "블록은 30개까지 넣을 수 있습니다."),
    v.check(
      (bs) => new Set(bs.map((b) => b.id)).size === bs.length,
      "블록 ID가 겹칩니다.",
    ),
    v.check(
      (bs) => bs.filter((b) => b.type === "booking").length <= 1,
      "예약/문의 블록은 하나만 둘 수 있습니다.",
    ),
  ),
});
export type SiteInput = v.InferOutput<typeof SiteInput>;

/** What the owner sees: the draft and where it stands. */
export interface SiteView extends SiteInput {
  industry: string;
  updatedAt: string;
  publishedAt?: string;
  /** The published page's address (only while published). */
  url?: string;
  /** The draft differs from what is published. */
  unpublishedChanges: boolean;
}

// Bookings and inquiries (public form).
const Phone = v.pipe(
  v.string("연락처를 입력해 주세요."),
  v.trim(),
  v.transform((s) => s.replace(/[\s-]/g, "")),
  v.regex(
    /^(0\d{8,10}|1[5-9]\d{6})$/,
    "연락처 형식이 올바르지 않습니다. (예: 010-1234-5678)",
  ),
);
const VisitorEmail = v.pipe(
  v.string("이메일을 입력해 주세요."),
  v.trim(),
  v.maxLength(254, "이메일은 254자 이하로 입력해 주세요."),
  v.regex(
    /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/,
    "이메일 형식이 올바르지 않습니다.",
  ),
);
const visitor = {
  name: requiredText("이름", 40),
  phone: Phone,
  email: VisitorEmail,
  consent: v.literal(true, "개인정보 수집·이용에 동의해 주세요."),
  /** Honeypot: invisible to people; anything here means a bot. */
  website: v.optional(v.string("입력 형식이 올바르지 않습니다."), ""),
  car: optionalText("차종·차량번호", 60),
  party: v.optional(
    v.pipe(
      v.number("인원은 숫자여야 합니다."),
      v.integer("인원은 정수여야 합니다."),
      v.minValue(1, "인원은 1명 이상이어야 합니다."),
      v.maxValue(50, "인원은 50명 이하여야 합니다."),
    ),
  ),
  /** 포장 주문 (a restaurant's takeout inquiry) */
  takeout: v.optional(v.boolean("포장 여부는 참/거짓이어야 합니다."), false),
};

export const BookingInput = v.object({
  ...visitor,
  service: requiredText("서비스", 60),
  date: v.pipe(
    v.string("날짜를 입력해 주세요."),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식이어야 합니다."),
  ),
  time: Time("시간"),
  message: optionalText("요청 사항", 500),
});
export type BookingInput = v.InferOutput<typeof BookingInput>;

export const InquiryInput = v.object({
  ...visitor,
  message: requiredText("문의 내용", 1000),
});
export type InquiryInput = v.InferOutput<typeof InquiryInput>;

export const BookingStatus = ["pending", "confirmed", "cancelled"] as const;
export const STATUS_LABEL: Record<(typeof BookingStatus)[number], string> = {
  pending: "확인 대기",
  confirmed: "확정",
  cancelled: "취소",
};

export const BookingPatch = v.variant(
  "action",
  [
    v.object({ action: v.literal("confirm") }),
    v.object({
      action: v.literal("cancel"),
      reason: optionalText("취소 사유", 200),
    }),
    v.object({
      action: v.literal("reschedule"),
      date: v.pipe(
        v.string("날짜를 입력해 주세요."),
        v.regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식이어야 합니다."),
      ),
      time: Time("시간"),
    }),
  ],
  "처리 방법(confirm, cancel, reschedule)을 골라 주세요.",
);
export type BookingPatch = v.InferOutput<typeof BookingPatch>;

export const CustomerInput = v.object({
  name: requiredText("이름", 40),
  phone: Phone,
  email: v.optional(
    v.union([v.literal(""), VisitorEmail], "이메일 형식이 올바르지 않습니다."),
    "",
  ),
  notes: optionalText("메모", 2000),
});
export type CustomerInput = v.InferOutput<typeof CustomerInput>;
