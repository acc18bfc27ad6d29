package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.vafa.programs.RewardChoice;

/** The rewards a stamp card or a tier offers besides its reward code, and the days to choose, being edited. */
public final class ChoiceDraft implements Serializable {

	private Set<String> rewards = Set.of();
	private Integer days;

	static ChoiceDraft of(RewardChoice choice) {
		ChoiceDraft draft = new ChoiceDraft();
		if (choice != null) {
			draft.rewards = Collections.unmodifiableSet(new LinkedHashSet<>(choice.rewards()));
			draft.days = choice.days();
		}
		return draft;
	}

	/** Null when no reward is offered: no choice, whatever the days say. */
	RewardChoice toChoice() {
		return rewards == null || rewards.isEmpty() ? null : new RewardChoice(List.copyOf(rewards), days);
	}

	public Set<String> getRewards() {
		return rewards;
	}

	public void setRewards(Set<String> rewards) {
		this.rewards = Unchanged.unlessSame(this.rewards, rewards);
	}

	public Integer getDays() {
		return days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}
}
