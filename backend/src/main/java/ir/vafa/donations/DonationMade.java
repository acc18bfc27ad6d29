package ir.vafa.donations;

import java.math.BigDecimal;
import java.util.UUID;

/** A member gave points to a charity. */
public record DonationMade(UUID tenantId, UUID memberId, UUID donationId, String rewardCode, long points,
		BigDecimal amount, String currency) {
}
