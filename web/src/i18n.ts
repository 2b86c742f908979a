import { createSignal } from "solid-js";

export type Locale = "ko" | "en";

// Korean is the source language; English is the second locale.
const en: Record<string, string> = {
  "내 데이터 내려받기": "Download my data",
  "사업장 정보, 구성원, 거래처, 세금계산서(XML·PDF), 장부(엑셀), 급여, 예약·고객, 홈페이지 파일, 사용량과 감사 기록을 zip 파일 하나로 받습니다. 파일은 7일 동안 다시 받을 수 있습니다.":
    "One zip with the profile, members, clients, tax invoices (XML and PDF), the books (Excel), payroll, bookings and customers, the homepage files, usage and the audit log. It can be downloaded again for 7 days.",
  "직원 주민등록번호·계좌번호를 가리지 않고 포함 (세무 신고용)":
    "Include employees' full resident and account numbers (for tax filings)",
  "만드는 중…": "Preparing…",
  "zip 파일 만들기": "Create zip file",
  파일: "files",
  개: "",
  까지: " (available until)",
  "감사 기록 보기": "View audit log",
  "계정 삭제": "Delete account",
  "삭제를 요청하면 30일 동안 조회와 내려받기만 할 수 있고, 그 안에는 언제든 취소할 수 있습니다. 30일이 지나면 장부, 세금계산서, 급여, 홈페이지, 고객 정보를 포함한 모든 자료가 지워지며 되돌릴 수 없습니다. 세금계산서와 장부는 법에 따라 5년간 보관해야 할 수 있으니 먼저 내려받아 두세요.":
    "After you request deletion the account is read-only for 30 days and you can cancel at any time. After 30 days everything — books, tax invoices, payroll, homepage, customers — is deleted for good. Tax invoices and books may have to be kept for 5 years by law: download them first.",
  "확인을 위해 상호를 그대로 입력": "Type the business name to confirm",
  "계정 삭제 요청": "Request deletion",
  "에 모든 자료가 지워집니다. 그때까지 취소할 수 있습니다.":
    ": everything will be deleted then. You can cancel until then.",
  "삭제 취소": "Cancel deletion",
  "계정 삭제 예정": "Account deletion scheduled",
  "에 모든 자료가 지워집니다. 지금은 조회와 내려받기만 할 수 있습니다.":
    ": everything will be deleted. Until then you can only view and download.",
  "감사 기록": "Audit log",
  "로그인, 구성원 초대, 내려받기, 계정 삭제 요청, 세금계산서 발급, 급여 확정을 최근 순으로 보여 줍니다. 장부 변경 내역은 장부 화면에 있습니다.":
    "Sign-ins, invitations, downloads, deletion requests, issued tax invoices and confirmed payroll, newest first. Changes to the books are on the ledger page.",
  시스템: "System",
  "로그인 실패": "Failed sign-in",
  "구성원 초대": "Member invited",
  "역할 변경": "Role changed",
  "구성원 삭제": "Member removed",
  "데이터 내려받기": "Data downloaded",
  "계정 삭제 취소": "Account deletion cancelled",
  "세금계산서 발급": "Tax invoice issued",
  "급여 확정": "Payroll confirmed",
  골목: "Golmok",
  로그인: "Log in",
  "로그인하는 중…": "Logging you in…",
  "로그인 화면으로": "Go to the login page",
  로그아웃: "Log out",
  회원가입: "Sign up",
  이메일: "E-mail",
  비밀번호: "Password",
  "비밀번호 찾기": "Forgot password",
  상호: "Business name",
  사업자등록번호: "Business registration no.",
  "아직 사업자등록 전": "Not registered yet",
  대표자명: "Owner name",
  업종: "Industry",
  휴대전화: "Mobile phone",
  "개인정보 수집·이용 동의": "Consent to collection and use of personal data",
  "(필수)": "(required)",
  자세히: "Details",
  가입하기: "Create account",
  "처리 중…": "Working…",
  대시보드: "Dashboard",
  사용량: "Usage",
  "사업장 정보": "Business profile",
  구성원: "Members",
  "준비 중": "Coming soon",
  "사용 가능": "Available",
  홈페이지: "Homepage",
  장부: "Ledger",
  급여: "Payroll",
  전자세금계산서: "E-tax invoices",
  요금제: "Plan",
  "이번 달 사용량": "Usage this month",
  초기화: "Resets",
  저장: "Save",
  "저장했습니다.": "Saved.",
  초대: "Invite",
  초대하기: "Send invitation",
  역할: "Role",
  이름: "Name",
  상태: "Status",
  활성: "Active",
  초대됨: "Invited",
  월: "Month",
  항목: "Metric",
  사용: "Used",
  한도: "Quota",
  무제한: "Unlimited",
  "인증 메일을 보냈습니다": "We sent you a verification e-mail",
  "이메일 인증": "E-mail verification",
  "인증이 완료되었습니다. 로그인해 주세요.":
    "Your e-mail is verified. Please log in.",
  "인증하는 중…": "Verifying…",
  "새 비밀번호": "New password",
  "재설정 메일 보내기": "Send reset e-mail",
  "비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요.":
    "Password changed. Log in with the new password.",
  "입력한 주소로 가입된 계정이 있으면 재설정 메일을 보냈습니다.":
    "If an account exists for that address, we sent a reset e-mail.",
  "초대 수락": "Accept invitation",
  대표자: "Representative",
  종사업장번호: "Branch no.",
  주소: "Address",
  업태: "Business type",
  종목: "Business item",
  과세유형: "Tax type",
  "담당자 이메일": "Contact e-mail",
  "담당자 전화": "Contact phone",
  "대표만 수정할 수 있습니다.": "Only the owner can edit this.",
  "계정이 없으신가요?": "No account yet?",
  "이미 계정이 있으신가요?": "Already have an account?",
  메뉴: "Menu",
  "월 요금": "per month",
  "보고서·부가세": "Reports & VAT",
  "카드·통장 내역 가져오기": "Import card/bank statement",
  "엑셀 내려받기": "Download Excel",
  "항목 고치기": "Edit entry",
  기록하기: "Record",
  "고친 내용 저장": "Save changes",
  고치기: "Edit",
  정정: "Reverse",
  거르기: "Filter",
  전체: "All",
  "변경 기록 (누가, 언제, 무엇을)": "Change history (who, when, what)",
  "장부 보고서": "Ledger reports",
  예약: "Bookings",
  "예약·문의함": "Bookings & inquiries",
  고객: "Customers",
  "최근 12개월": "Last 12 months",
  "부가가치세 예상": "VAT estimate",
  "예상 납부세액": "Estimated VAT payable",
  "예상 환급세액": "Estimated VAT refund",
  매출세액: "Output VAT",
  매입세액: "Input VAT",
  총수입금액: "Gross revenue",
  매출원가: "Cost of goods sold",
  "필요경비 합계": "Total expenses",
  소득금액: "Income",
  기초재고: "Opening stock",
  기말재고: "Closing stock",
  "재고 저장": "Save stock",
  "요금 명세": "Statements",
  "예상 요금": "projected charge",
  "지난 명세": "Past statements",
  "아직 마감된 달이 없습니다.": "No month has been closed yet.",
  "지금까지의 사용량으로 계산한 금액입니다. 다음 달 1일 0시 30분에 확정됩니다.":
    "Computed from the usage so far. It is finalised at 00:30 on the 1st of next month.",
  "합계 (부가세 포함)": "Total (VAT included)",
  공급가액: "Supply value",
  부가세: "VAT",
  초과: "over",
  "포함량 초과": "Over the included quota by",
  "추가 요금이 붙습니다": "billed as overage",
  // 판매사 콘솔 (reseller console)
  "판매사 콘솔": "Reseller console",
  "판매사 콘솔 로그인": "Reseller console log in",
  "판매사 콘솔 비밀번호 정하기": "Set your reseller console password",
  "비밀번호 정하기": "Set password",
  "비밀번호를 정했습니다. 로그인해 주세요.": "Password set. Please log in.",
  "골목 로그인": "Golmok shop log in",
  사업장: "Shops",
  "일괄 개설": "Bulk provisioning",
  "API 키": "API keys",
  "월별 명세": "Monthly statements",
  관리: "Manage",
  정지: "Suspend",
  재개: "Resume",
  해지: "Cancel",
  "이용 중": "Active",
  기본: "Basic",
  플러스: "Plus",
  "더 보기": "More",
  "자료 보관": "Export until",
  "키 만들기": "Create key",
  "키 이름": "Key name",
  "키 목록": "Keys",
  권한: "Scopes",
  "마지막 사용": "Last used",
  "쓴 적 없음": "Never used",
  폐기: "Revoke",
  폐기됨: "Revoked",
  "새 API 키": "New API key",
  복사: "Copy",
  복사했습니다: "Copied",
  "다 적었습니다 (닫기)": "I have saved it (close)",
  "이 키는 지금 한 번만 보여 드립니다. 복사해서 안전한 곳에 보관하세요. 잃어버리면 폐기하고 새로 만드세요.":
    "This key is shown only now. Copy it somewhere safe; if it is lost, revoke it and create a new one.",
  "파일 고르기": "Choose file",
  "양식 내려받기": "Download template",
  "미리 보기": "Preview",
  "개설 가능": "Ready",
  오류: "Errors",
  줄: "Line",
  이유: "Reason",
  가입자번호: "Subscriber ID",
  "곳 개설하기": " shops: provision",
  "개설하는 중": "Provisioning",
  "개설하는 중…": "Provisioning…",
  결과: "Result",
  "새로 개설": "Created",
  "이미 있음": "Already existed",
  "오류 보고서 내려받기 (CSV)": "Download error report (CSV)",
  "오류가 있는 줄 (개설하지 않음)": "Rows with errors (not provisioned)",
  "찾은 열": "Columns found",
  "판매사 몫": "Reseller share",
  "CSV 내려받기": "Download CSV",
  보기: "Show",
  기본료: "Plan fee",
  합계: "Total",
  // 판매사 콘솔 · 브랜드
  브랜드: "Brand",
  "가맹 사업장의 화면 머리글, 로그인 화면, 세금계산서 수신 화면과 메일에 이 브랜드가 보입니다.":
    "Your shops see this brand in their app header, on the login page, on the tax-invoice recipient page and in their e-mails.",
  "표시 이름": "Display name",
  "예: 골목통신 비즈": "e.g. Golmok Telecom Biz",
  로고: "Logo",
  "로고 미리 보기": "Logo preview",
  "로고 지우기": "Remove logo",
  "PNG·JPEG·WebP, 32KB 이하. 가로로 긴 로고가 잘 보입니다.":
    "PNG, JPEG or WebP, up to 32 KB. A wide logo works best.",
  "로고는 PNG, JPEG, WebP 이미지만 올릴 수 있습니다.":
    "The logo must be a PNG, JPEG or WebP image.",
  "로고는 32KB 이하여야 합니다.": "The logo must be 32 KB or smaller.",
  "고른 파일": "chosen file",
  "파일을 읽을 수 없습니다. 다시 골라 주세요.":
    "The file could not be read. Please choose it again.",
  "기본 색상": "Primary colour",
  "강조 색상": "Accent colour",
  고르기: "picker",
  "기본 색상이 밝아서 버튼의 흰 글자가 잘 보이지 않을 수 있습니다. 더 진한 색을 권합니다.":
    "The primary colour is light: white text on buttons may be hard to read. A darker colour is recommended.",
  "고객센터 전화": "Support phone",
  "고객센터 이메일": "Support e-mail",
  고객센터: "support",
  "보내는 사람 이름": "Sender name",
  "비워 두면 표시 이름으로 보냅니다.": "Empty: the display name is used.",
  "보내는 주소": "Sender address",
  "가맹 사업장의 메일이 이 주소로 나갑니다. 이 주소(또는 도메인)는 골목 운영팀이 메일 발송(SES)에 인증해야 쓸 수 있습니다. 비워 두면 골목 기본 주소로 보냅니다.":
    "Your shops' e-mails are sent from this address. Golmok's operators must verify it (or its domain) for sending (SES) first. Empty: Golmok's own address is used.",
  "저장했습니다. 가맹 사업장 화면과 메일에는 1분 안에 반영됩니다.":
    "Saved. Your shops' pages and e-mails show it within a minute.",
  "가맹 사업장 화면의 머리글과 로그인 화면이 이렇게 보입니다 (저장 전).":
    "How your shops' header and login page will look (before saving).",
  골목헤어: "Golmok Hair",
  "저장한 브랜드의 로그인 화면 새 창에서 열기":
    "Open the login page with the saved brand in a new tab",
};

const saved =
  typeof localStorage !== "undefined"
    ? (localStorage.getItem("golmok.locale") as Locale | null)
    : null;
const [locale, setLocaleSignal] = createSignal<Locale>(
  saved === "en" ? "en" : "ko",
);
export { locale };

export function setLocale(l: Locale): void {
  setLocaleSignal(l);
  localStorage.setItem("golmok.locale", l);
  document.documentElement.lang = l;
}

/** Translates a Korean source string; falls back to Korean where no translation exists. */
export function t(ko: string): string {
  return locale() === "en" ? (en[ko] ?? ko) : ko;
}

const won = new Intl.NumberFormat("ko-KR");
export const formatWon = (n: number) => `₩${won.format(n)}`;
export const formatNumber = (n: number) => won.format(n);
/** 2026. 12. 1. (Korean date format, in Korea time). */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(locale() === "en" ? "en-CA" : "ko-KR", {
    timeZone: "Asia/Seoul",
    dateStyle: "medium",
  }).format(new Date(iso));
}
