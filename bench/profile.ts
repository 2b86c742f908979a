// The workload of a typical shop's month (issue #8): a hair salon with three staff. Every figure the
// tenant-month benchmark simulates comes from here, so the profile is changed in one place.
export const SALON_MONTH = {
  name: "미용실 (직원 3명) 한 달",
  logins: 40,
  /** ~600 dashboard and API reads, by route: what the pages load as the owner moves around. */
  reads: {
    "/api/me": 150,
    "/api/usage": 30,
    "/api/invoices": 80,
    "/api/invoices/alerts": 90,
    "/api/ledger/entries?month={month}": 150,
    "/api/ledger/reports/summary?from={yearStart}&to={month}": 30,
    "/api/payroll/employees": 40,
    "/api/clients": 30,
  } as Record<string, number>,
  /** Tax invoices issued (with NTS transmission) and e-mailed to the buyer with PDF + XML. */
  invoices: 50,
  /** Entries written by hand (the invoices' and the payroll run's postings come on top). */
  ledgerEntries: 120,
  employees: 3,
  /** One confirmed run a month, one payslip e-mail per employee. */
  payrollRuns: 1,
  publishes: 1,
  bookings: 10,
  homepageViews: 10_000,
  /** Each view is one request: the page carries its stylesheet inline (images are excluded, as in
   *  the size budget; they are lazy-loaded and cached). */
  requestsPerView: 1,
} as const;

export type Profile = typeof SALON_MONTH;
