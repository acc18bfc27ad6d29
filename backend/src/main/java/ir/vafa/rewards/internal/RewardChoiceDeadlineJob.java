package ir.vafa.rewards.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.vafa.jobs.TenantJob;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the members who did not choose in time the reward their card names first. A run that dies halfway has
 * committed the batches before; the next run finds only the rest.
 */
@Component
class RewardChoiceDeadlineJob extends TenantJob {

	static final int BATCH = 500;

	private final RewardService rewards;

	RewardChoiceDeadlineJob(RewardService rewards, TenantDirectory tenants,
			@Value("${vafa.jobs.reward-choice-deadline.every:PT1M}") Duration every) {
		super("reward-choice-deadline", "Gives the first reward of a full card's choice to members who did not choose in time",
				every, tenants);
		this.rewards = rewards;
	}

	@Override
	protected String[] countNames() {
		return new String[] { "choicesSettled" };
	}

	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		inBatches(BATCH, () -> rewards.settleDue(now, BATCH), counts, "choicesSettled");
	}
}
