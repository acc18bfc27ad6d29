package ir.vafa.programs;

import java.time.Instant;
import java.util.List;

/**
 * One change to a tenant's program: who did what and when. {@code version} is the version it is about;
 * {@code fromVersion} the one serving before it (for activations and rollbacks); {@code changes} what a publish
 * changed against the version current then.
 */
public record ProgramAudit(long id, Instant at, String actor, Action action, Integer version, Integer fromVersion,
		Instant activateAt, List<ProgramChange> changes) {

	public enum Action {
		DRAFT_SAVED, DRAFT_DISCARDED, PUBLISHED, SCHEDULED, ACTIVATED, ROLLED_BACK, SCHEDULE_CANCELLED
	}
}
