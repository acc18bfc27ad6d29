#!/usr/bin/env bash
# Checks a running demo (./vafa run) the way a POS would, with tokens from Keycloak:
#   deploy/smoke.sh <pos-demo-cafe secret> <pos-demo-retail secret> [api base] [issuer]
# Five coffee visits give a free coffee, whose voucher takes a latte off the next bill once; 1,234,567 IRR at the retailer gives 123 points; returning one of two
# lines takes back exactly what that line earned. Each run uses fresh member cards and purchase ids.
set -euo pipefail
cafe_secret=${1:?pos-demo-cafe secret}; retail_secret=${2:?pos-demo-retail secret}
api=${3:-http://localhost:8080}; issuer=${4:-http://127.0.0.1:8180/realms/vafa}
run=$(date +%s)
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)

token() {
  curl -sf -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$2" \
    "$issuer/protocol/openid-connect/token" | jq -r .access_token
}
post() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "$api$2" -d "$3"; }
purchase() { # token id card lines-json total
  post "$1" /api/purchases "{\"externalId\":\"$2\",\"member\":{\"cardNumber\":\"$3\"},\"store\":\"tehran-1\",
    \"channel\":\"pos\",\"occurredAt\":\"$now\",\"currency\":\"IRR\",\"total\":$5,\"lines\":$4}"
}
fail() { echo "FAILED: $*" >&2; exit 1; }

cafe=$(token pos-demo-cafe "$cafe_secret"); retail=$(token pos-demo-retail "$retail_secret")

post "$cafe" /api/members "{\"cardNumber\":\"SMOKE-C-$run\"}" >/dev/null
for visit in 1 2 3 4 5; do
  receipt=$(purchase "$cafe" "smoke-$run-c$visit" "SMOKE-C-$run" \
    '[{"sku":"LATTE","category":"coffee","quantity":1,"unitPrice":120000}]' 120000)
  rewards=$(jq -r '[.rewards[].rewardCode] | join(",")' <<<"$receipt")
  echo "café visit $visit: $(jq .pointsEarned <<<"$receipt") points, $(jq '.stamps | length' <<<"$receipt") stamp, rewards: ${rewards:-none}"
done
[ "$rewards" = "free-coffee" ] || fail "the fifth coffee visit gave no free coffee"
voucher=$(jq -r '.rewards[0].voucherCode' <<<"$receipt")
get() { curl -sf -H "Authorization: Bearer $1" "$api$2"; }
[ "$(get "$cafe" "/api/vouchers/$voucher" | jq -r .status)" = ISSUED ] || fail "the voucher is not usable"
order='[{"sku":"LATTE","category":"coffee","quantity":2,"unitPrice":120000}]'
off=$(post "$cafe" /api/catalog/rewards/free-coffee/quote "{\"currency\":\"IRR\",\"lines\":$order}" | jq .amountOff)
[ "$off" = 120000 ] || fail "the free coffee should take 120000 off two lattes, not $off (a demo opened before
  2026-12-03 names SKU COFFEE: set the free coffee's sku to LATTE on the catalog screen)"
receipt=$(purchase "$cafe" "smoke-$run-c6" "SMOKE-C-$run" \
  "[{\"sku\":\"LATTE\",\"category\":\"coffee\",\"quantity\":2,\"unitPrice\":120000,\"discount\":$off}]" 120000)
post "$cafe" "/api/vouchers/$voucher/redemption" "{\"purchaseExternalId\":\"smoke-$run-c6\"}" >/dev/null \
  || fail "the voucher was not redeemed"
again=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $cafe" -H 'Content-Type: application/json' \
  "$api/api/vouchers/$voucher/redemption" -d '{}')
echo "voucher $voucher: ${off} IRR off two lattes, redeemed once; again: $again"
[ "$again" = 409 ] || fail "a second redemption of the voucher answered $again, not 409"

post "$retail" /api/members "{\"cardNumber\":\"SMOKE-R-$run\"}" >/dev/null
receipt=$(purchase "$retail" "smoke-$run-r" "SMOKE-R-$run" '[{"sku":"SHIRT","category":"apparel","quantity":1,"unitPrice":1000000},
  {"sku":"SOCKS","category":"apparel","quantity":1,"unitPrice":234567}]' 1234567)
points=$(jq .pointsEarned <<<"$receipt"); line2=$(jq '[.awards[] | select(.lineNo == 2) | .points] | add' <<<"$receipt")
echo "retail purchase of 1,234,567 IRR: $points points ($line2 on line 2)"
[ "$points" = 123 ] || fail "expected 123 points"
back=$(post "$retail" "/api/purchases/smoke-$run-r/returns" "{\"returnId\":\"smoke-$run-ret\",\"lines\":[{\"lineNo\":2,\"quantity\":1}]}")
echo "returning line 2 took back $(jq .pointsTakenBack <<<"$back"); balance now $(jq .balance <<<"$back")"
[ "$(jq .pointsTakenBack <<<"$back")" = "$line2" ] || fail "the return did not take back what line 2 earned"
echo "smoke test passed"
