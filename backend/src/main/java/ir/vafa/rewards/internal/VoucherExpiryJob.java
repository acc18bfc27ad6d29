package ir.vafa.rewards.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.vafa.jobs.TenantJob;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Marks vouchers not used by their {@code expiresAt} as expired. The till refuses them from that instant already;
 * the mark is what lists and the member's page read. A run that dies halfway keeps the batches it committed.
 */
@Component
class VoucherExpiryJob extends TenantJob {

	static final int BATCH = 1000;

	private final RewardService rewards;

	VoucherExpiryJob(RewardService rewards, TenantDirectory tenants,
			@Value("${vafa.jobs.voucher-expiry.every:PT1M}") Duration every) {
		super("voucher-expiry", "Marks the vouchers that were not used by their expiry as expired", every, tenants);
		this.rewards = rewards;
	}

	@Override
	protected String[] countNames() {
		return new String[] { "vouchersExpired" };
	}

	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		inBatches(BATCH, () -> rewards.expireDue(now, BATCH), counts, "vouchersExpired");
	}
}
