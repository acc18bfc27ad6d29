package ir.vafa.catalog;

import java.time.Instant;

/** One change of a reward: who, when, and its definition before and after (null before a creation). */
public record CatalogChange(long id, String code, Action action, int revision, String actor, Instant at,
		RewardDefinition before, RewardDefinition after) {

	public enum Action {
		CREATED, UPDATED, ARCHIVED, RESTORED
	}
}
