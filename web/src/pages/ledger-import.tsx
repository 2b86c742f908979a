// 카드·통장 내역 가져오기 (bank/card statement import).
export default function LedgerImport() {
  return <h1>카드·통장 내역 가져오기</h1>;
}
