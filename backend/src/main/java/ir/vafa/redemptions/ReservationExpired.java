package ir.vafa.redemptions;

import java.util.UUID;

/** A reservation was left alone until its time was up: its points and stock are back. */
public record ReservationExpired(UUID tenantId, UUID memberId, UUID reservationId, String rewardCode, int points) {
}
