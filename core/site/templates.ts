// A starting page per 업종: the blocks that trade needs, prefilled with the shop's profile.
import type { Industry } from "../auth/schema";
import type { Block, Day, MenuItem, SiteInput, Theme } from "./schema";

export interface TemplateProfile {
  businessName: string;
  address: string;
  contactPhone: string;
  contactEmail: string;
}

const day = (open: string, close: string, brk?: [string, string]): Day => ({
  closed: false,
  open,
  close,
  breakStart: brk?.[0] ?? "",
  breakEnd: brk?.[1] ?? "",
});
const closed: Day = {
  closed: true,
  open: "10:00",
  close: "19:00",
  breakStart: "",
  breakEnd: "",
};
const week = (d: Day, sunday: Day = closed, monday: Day = d): Day[] => [
  sunday,
  monday,
  d,
  d,
  d,
  d,
  d,
];
const item = (
  name: string,
  price: number,
  minutes = 0,
  description = "",
  from = false,
  staff = "",
): MenuItem => ({ name, price, minutes, description, from, staff });

interface Trade {
  theme: Theme;
  tagline: string;
  about: string;
  hours: Day[];
  hoursNote: string;
  menuTitle: string;
  menu: MenuItem[];
  booking: Extract<Block, { type: "booking" }>;
}

const TRADES: Record<Industry, Trade> = {
  salon: {
    theme: "rose",
    tagline: "동네에서 편하게 찾는 미용실",
    about:
      "커트부터 펌, 염색까지 디자이너가 상담 후 시술합니다. 예약하시면 기다리지 않으셔도 됩니다.",
    hours: week(
      day("10:00", "20:00", ["13:00", "14:00"]),
      day("11:00", "18:00"),
      closed,
    ),
    hoursNote: "매주 월요일 정기휴무",
    menuTitle: "시술 가격표",
    menu: [
      item("커트", 20000, 30, "샴푸·드라이 포함"),
      item("펌", 70000, 120, "기장 추가 있음", true),
      item("염색", 60000, 90, "뿌리 염색 ₩40,000", true),
      item("클리닉", 30000, 30),
      // A second chair: the stylist's own prices and booking schedule.
      item("커트", 18000, 30, "디자이너 커트", false, "디자이너"),
    ],
    booking: {
      id: "booking",
      type: "booking",
      hidden: false,
      title: "예약하기",
      mode: "booking",
      note: "시술과 시간을 고르시면 확인 후 연락드립니다.",
      askFor: [],
      daysAhead: 30,
    },
  },
  optician: {
    theme: "indigo",
    tagline: "정확한 검안, 편안한 안경",
    about:
      "안경사가 직접 검안하고 생활에 맞는 렌즈를 추천해 드립니다. 취급 브랜드: 룩옵티컬, 젠틀몬스터, 카린, 에실로, 호야.",
    hours: week(
      day("10:00", "21:00"),
      day("11:00", "19:00"),
      day("10:00", "21:00"),
    ),
    hoursNote: "설·추석 당일 휴무",
    menuTitle: "렌즈 가격대",
    menu: [
      item("시력 검사", 0, 30, "예약 시 대기 없이"),
      item("단초점 렌즈", 50000, 0, "굴절률에 따라", true),
      item("누진다초점 렌즈", 250000, 0, "맞춤 상담", true),
      item("콘택트렌즈 상담", 0, 30),
    ],
    booking: {
      id: "booking",
      type: "booking",
      hidden: false,
      title: "검안 예약",
      mode: "booking",
      note: "검안은 약 30분 걸립니다.",
      askFor: [],
      daysAhead: 30,
    },
  },
  carRepair: {
    theme: "slate",
    tagline: "정직한 견적, 꼼꼼한 정비",
    about:
      "엔진오일부터 타이어, 브레이크, 판금까지. 차종과 차량번호를 남기시면 견적을 먼저 알려 드립니다.",
    hours: week(
      day("09:00", "19:00", ["12:00", "13:00"]),
      closed,
      day("09:00", "19:00", ["12:00", "13:00"]),
    ),
    hoursNote: "일요일·공휴일 휴무",
    menuTitle: "정비 항목",
    menu: [
      item("엔진오일 교환", 50000, 0, "합성유 기준", true),
      item("타이어 교체", 80000, 0, "1본, 규격에 따라", true),
      item("브레이크 패드", 60000, 0, "앞바퀴 기준", true),
      item("점검", 0, 0, "무료 기본 점검"),
    ],
    booking: {
      id: "booking",
      type: "booking",
      hidden: false,
      title: "견적 문의",
      mode: "inquiry",
      note: "차종·차량번호와 증상을 적어 주시면 견적을 알려 드립니다.",
      askFor: ["car"],
      daysAhead: 30,
    },
  },
  restaurant: {
    theme: "amber",
    tagline: "정성으로 차린 한 끼",
    about:
      "매일 아침 시장에서 장을 봐서 만듭니다. 단체 예약과 포장 주문도 받습니다.",
    hours: week(
      day("11:00", "21:00", ["15:00", "17:00"]),
      day("11:00", "20:00", ["15:00", "17:00"]),
    ),
    hoursNote: "브레이크 타임 15:00~17:00, 명절 당일 휴무",
    menuTitle: "메뉴",
    menu: [
      item("김치찌개", 9000),
      item("제육볶음", 10000),
      item("된장찌개", 9000),
      item("공깃밥", 1000),
    ],
    booking: {
      id: "booking",
      type: "booking",
      hidden: false,
      title: "예약·포장 문의",
      mode: "inquiry",
      note: "인원과 시간을 적어 주시면 확인 후 연락드립니다.",
      askFor: ["party", "takeout"],
      daysAhead: 30,
    },
  },
  retail: {
    theme: "teal",
    tagline: "필요한 것을 가까이에서",
    about:
      "동네 주민을 위한 가게입니다. 찾는 물건이 없으면 말씀해 주세요. 주문해 드립니다.",
    hours: week(
      day("09:00", "22:00"),
      day("10:00", "20:00"),
      day("09:00", "22:00"),
    ),
    hoursNote: "연중무휴",
    menuTitle: "추천 상품",
    menu: [item("이번 주 추천", 5000, 0, "", true)],
    booking: {
      id: "booking",
      type: "booking",
      hidden: false,
      title: "문의하기",
      mode: "inquiry",
      note: "재고 문의, 주문 요청을 남겨 주세요.",
      askFor: [],
      daysAhead: 30,
    },
  },
  other: {
    theme: "teal",
    tagline: "우리 동네 가게",
    about: "가게 소개를 적어 주세요.",
    hours: week(day("09:00", "18:00"), closed),
    hoursNote: "",
    menuTitle: "가격표",
    menu: [item("대표 상품", 10000)],
    booking: {
      id: "booking",
      type: "booking",
      hidden: false,
      title: "문의하기",
      mode: "inquiry",
      note: "",
      askFor: [],
      daysAhead: 30,
    },
  },
};

/** A Korean-friendly slug from the shop's name: Hangul and latin kept, the rest hyphenated. */
export function suggestSlug(name: string): string {
  const s = name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^a-z0-9가-힣]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return s.length >= 2 ? s : `shop-${s || "new"}`;
}

export function template(industry: Industry, p: TemplateProfile): SiteInput {
  const t = TRADES[industry] ?? TRADES.other;
  const blocks: Block[] = [
    {
      id: "hero",
      type: "hero",
      hidden: false,
      title: p.businessName,
      tagline: t.tagline,
    },
    { id: "about", type: "about", hidden: false, title: "소개", text: t.about },
    {
      id: "hours",
      type: "hours",
      hidden: false,
      title: "영업시간",
      week: t.hours,
      note: t.hoursNote,
      closedDates: [],
    },
    {
      id: "menu",
      type: "menu",
      hidden: false,
      title: t.menuTitle,
      items: t.menu,
    },
    { id: "gallery", type: "gallery", hidden: true, title: "사진", images: [] },
    { id: "news", type: "news", hidden: true, title: "새소식", posts: [] },
    {
      id: "location",
      type: "location",
      hidden: false,
      title: "오시는 길",
      address: p.address,
      directions: "",
      naverMapUrl: "",
      kakaoMapUrl: "",
    },
    {
      id: "contact",
      type: "contact",
      hidden: false,
      title: "연락처",
      phone: p.contactPhone,
      kakaoChannel: "",
      email: p.contactEmail,
      instagram: "",
    },
    t.booking,
  ];
  return {
    slug: suggestSlug(p.businessName),
    theme: t.theme,
    title: p.businessName,
    description: `${p.businessName} — ${t.tagline}`,
    blocks,
  };
}

export const TEMPLATE_INDUSTRIES = Object.keys(TRADES) as Industry[];
