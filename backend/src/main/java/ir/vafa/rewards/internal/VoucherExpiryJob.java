package ir.vafa.rewards.internal;

import java.time.Duration;
import java.time.Instant;

import ir.vafa.jobs.BatchedTenantJob;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Marks vouchers not used by their {@code expiresAt} as expired. The till refuses them from that instant already;
 * the mark is what lists and the member's page read.
 */
@Component
class VoucherExpiryJob extends BatchedTenantJob {

	private final RewardService rewards;

	VoucherExpiryJob(RewardService rewards, TenantDirectory tenants,
			@Value("${vafa.jobs.voucher-expiry.every:PT1M}") Duration every) {
		super("voucher-expiry", "Marks the vouchers that were not used by their expiry as expired", every, tenants,
				"vouchersExpired", 1000);
		this.rewards = rewards;
	}

	@Override
	protected int batch(Instant now, int size) {
		return rewards.expireDue(now, size);
	}
}
