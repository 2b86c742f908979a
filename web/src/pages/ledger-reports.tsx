// 장부 보고서: 수입·비용·소득, 부가세, 연간 총수입금액·필요경비.
export default function LedgerReports() {
  return <h1>보고서</h1>;
}
