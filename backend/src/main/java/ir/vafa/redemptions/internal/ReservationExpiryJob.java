package ir.vafa.redemptions.internal;

import java.time.Duration;
import java.time.Instant;

import ir.vafa.jobs.BatchedTenantJob;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ends the reservations whose time is up: gives their stock back and announces them. Their points are spendable
 * again from {@code expiresAt} whether or not this has run (the hold runs out by itself). Each batch locks its
 * reservations and skips those a till holds, so two runs at once end nothing twice.
 */
@Component
class ReservationExpiryJob extends BatchedTenantJob {

	private final ReservationService reservations;

	ReservationExpiryJob(ReservationService reservations, TenantDirectory tenants,
			@Value("${vafa.jobs.reservation-expiry.every:PT1M}") Duration every) {
		super("reservation-expiry", "Releases the stock of rewards reserved at the till whose time is up", every,
				tenants, "reservationsExpired", 500);
		this.reservations = reservations;
	}

	@Override
	protected int batch(Instant now, int size) {
		return reservations.expireDue(now, size);
	}
}
