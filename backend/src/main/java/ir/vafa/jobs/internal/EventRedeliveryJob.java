package ir.vafa.jobs.internal;

import java.time.Duration;
import java.time.Instant;

import ir.vafa.jobs.Job;
import ir.vafa.jobs.JobRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers domain events again whose listener has not completed (it failed, or the node died after the commit that
 * published them): the outbox's at-least-once. Listeners are idempotent, so a redelivery does nothing twice.
 */
@Component
class EventRedeliveryJob implements Job {

	private final IncompleteEventPublications incomplete;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
	private final Duration every;
	private final Duration olderThan;

	EventRedeliveryJob(IncompleteEventPublications incomplete, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			@Value("${vafa.jobs.event-redelivery.every:PT1M}") Duration every,
			@Value("${vafa.jobs.event-redelivery.older-than:PT1M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.every = every;
		this.olderThan = olderThan;
	}

	@Override
	public String name() {
		return "event-redelivery";
	}

	@Override
	public String description() {
		return "Delivers again domain events whose listener has not completed after " + olderThan;
	}

	@Override
	public Duration every() {
		return every;
	}

	@Override
	public JobRun run(Instant now) {
		long due = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date <= ?")
			.param(java.sql.Timestamp.from(now.minus(olderThan)))
			.query(Long.class)
			.single();
		incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
		return JobRun.of("resubmitted", due);
	}
}
