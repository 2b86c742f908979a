import { render } from "solid-js/web";
import { Navigate, Route, Router, useParams } from "@solidjs/router";
import { lazy, Show, type JSX } from "solid-js";
import { SessionProvider, useSession } from "./session";
import { AppShell } from "./ui/shell";
import { locale } from "./i18n";
import { Invite, Login, Reset, SignupDone, Verify } from "./pages/auth";
import "./style.css";

const Signup = lazy(() => import("./pages/signup"));
const Dashboard = lazy(() => import("./pages/dashboard"));
const Usage = lazy(() => import("./pages/usage"));
const Profile = lazy(() =>
  import("./pages/settings").then((m) => ({ default: m.Profile })),
);
const Payroll = lazy(() => import("./pages/payroll"));
const Ledger = lazy(() => import("./pages/ledger"));
const SiteEditor = lazy(() => import("./pages/site"));
const Bookings = lazy(() => import("./pages/bookings"));
const LedgerImport = lazy(() => import("./pages/ledger-import"));
const LedgerReports = lazy(() => import("./pages/ledger-reports"));
const page = (name: keyof typeof import("./pages/invoices")) =>
  lazy(() => import("./pages/invoices").then((m) => ({ default: m[name] })));
const InvoiceList = page("InvoiceList");
const InvoiceNew = page("InvoiceNew");
const InvoiceDetail = page("InvoiceDetail");
const Clients = page("Clients");
const Received = page("Received");
const Certificate = page("Certificate");
const Recipient = lazy(() => import("./pages/recipient"));
// 판매사 콘솔 (reseller console): its own session and shell (pages/reseller-*.tsx).
const ConsoleLogin = lazy(() =>
  import("./pages/reseller-auth").then((m) => ({ default: m.ConsoleLogin })),
);
const ConsolePassword = lazy(() =>
  import("./pages/reseller-auth").then((m) => ({
    default: m.ConsolePassword,
  })),
);
const consolePage = (load: () => Promise<{ default: () => JSX.Element }>) =>
  lazy(async () => {
    const [{ inConsole }, page] = await Promise.all([
      import("./pages/reseller-auth"),
      load(),
    ]);
    return { default: inConsole(page.default) };
  });
const ResellerLogin = lazy(() =>
  import("./pages/reseller-entry").then((m) => ({ default: m.ResellerLogin })),
);
const SsoLanding = lazy(() =>
  import("./pages/reseller-entry").then((m) => ({ default: m.SsoLanding })),
);

/** /r/<x>: a reseller's login page when x is a slug (3–30 chars), else an invoice link (43 chars). */
function RecipientOrReseller() {
  const params = useParams();
  return (
    <Show when={(params.token ?? "").length > 30} fallback={<ResellerLogin />}>
      <Recipient />
    </Show>
  );
}
const Members = lazy(() =>
  import("./pages/settings").then((m) => ({ default: m.Members })),
);
const AuditLog = lazy(() =>
  import("./pages/account").then((m) => ({ default: m.AuditLog })),
);

function Home() {
  const session = useSession();
  return (
    <Show when={!session.me.loading} fallback={<p class="loading">…</p>}>
      <Navigate href={session.me() ? "/dashboard" : "/login"} />
    </Show>
  );
}

const inApp = (Page: () => JSX.Element) => () => (
  <AppShell>
    <Page />
  </AppShell>
);

document.documentElement.lang = locale();

render(
  () => (
    <SessionProvider>
      <Router>
        <Route path="/" component={Home} />
        <Route path="/signup" component={Signup} />
        <Route path="/signup/done" component={SignupDone} />
        <Route path="/verify" component={Verify} />
        <Route path="/login" component={Login} />
        <Route path="/reset" component={Reset} />
        <Route path="/invite" component={Invite} />
        <Route path="/dashboard" component={inApp(Dashboard)} />
        <Route path="/usage" component={inApp(Usage)} />
        <Route path="/settings/profile" component={inApp(Profile)} />
        <Route path="/settings/members" component={inApp(Members)} />
        <Route path="/settings/audit" component={inApp(AuditLog)} />
        <Route path="/payroll" component={inApp(Payroll)} />
        <Route path="/ledger" component={inApp(Ledger)} />
        <Route path="/site" component={inApp(SiteEditor)} />
        <Route path="/bookings" component={inApp(Bookings)} />
        <Route path="/ledger/import" component={inApp(LedgerImport)} />
        <Route path="/ledger/reports" component={inApp(LedgerReports)} />
        <Route path="/invoices" component={inApp(InvoiceList)} />
        <Route path="/invoices/new" component={inApp(InvoiceNew)} />
        <Route path="/invoices/received" component={inApp(Received)} />
        <Route path="/invoices/:id" component={inApp(InvoiceDetail)} />
        <Route path="/clients" component={inApp(Clients)} />
        <Route path="/settings/certificate" component={inApp(Certificate)} />
        <Route path="/r/:token" component={RecipientOrReseller} />
        <Route path="/r/:slug/sso" component={SsoLanding} />
        <Route path="/console/login" component={ConsoleLogin} />
        <Route path="/console/password" component={ConsolePassword} />
        <Route
          path="/console"
          component={consolePage(() => import("./pages/reseller-tenants"))}
        />
        <Route
          path="/console/bulk"
          component={consolePage(() => import("./pages/reseller-bulk"))}
        />
        <Route
          path="/console/keys"
          component={consolePage(() => import("./pages/reseller-keys"))}
        />
        <Route
          path="/console/webhooks"
          component={consolePage(() => import("./pages/reseller-webhooks"))}
        />
        <Route
          path="/console/statements"
          component={consolePage(() => import("./pages/reseller-statements"))}
        />
        <Route
          path="/console/brand"
          component={consolePage(() => import("./pages/reseller-brand"))}
        />
        <Route path="*" component={() => <Navigate href="/" />} />
      </Router>
    </SessionProvider>
  ),
  document.getElementById("root")!,
);
