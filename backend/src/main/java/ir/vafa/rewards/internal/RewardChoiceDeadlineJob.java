package ir.vafa.rewards.internal;

import java.time.Duration;
import java.time.Instant;

import ir.vafa.jobs.BatchedTenantJob;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gives the members who did not choose in time the reward their card names first. */
@Component
class RewardChoiceDeadlineJob extends BatchedTenantJob {

	private final RewardService rewards;

	RewardChoiceDeadlineJob(RewardService rewards, TenantDirectory tenants,
			@Value("${vafa.jobs.reward-choice-deadline.every:PT1M}") Duration every) {
		super("reward-choice-deadline", "Gives the first reward of a full card's choice to members who did not choose in time",
				every, tenants, "choicesSettled", 500);
		this.rewards = rewards;
	}

	@Override
	protected int batch(Instant now, int size) {
		return rewards.settleDue(now, size);
	}
}
