package ir.vafa.rewards;

import java.util.UUID;

/** A till redeemed a member's voucher (with the purchase it was used in, when given). */
public record VoucherRedeemed(UUID tenantId, UUID memberId, UUID rewardId, String rewardCode, String voucherCode,
		String purchaseExternalId) {
}
