package ir.vafa.programs.internal;

import java.time.Duration;
import java.time.Instant;

import ir.vafa.jobs.Job;
import ir.vafa.jobs.JobRun;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records scheduled activations that came due: the scheduled version becomes the current one in the program row
 * and the audit log. Purchases do not wait for it: every node holds the scheduled version compiled and serves it
 * from its time on.
 */
@Component
class ActivationJob implements Job {

	private final ProgramStore store;
	private final ProgramService programs;
	private final Duration every;

	ActivationJob(ProgramStore store, ProgramService programs,
			@Value("${vafa.jobs.program-activation.every:PT30S}") Duration every) {
		this.store = store;
		this.programs = programs;
		this.every = every;
	}

	@Override
	public String name() {
		return "program-activation";
	}

	@Override
	public String description() {
		return "Makes scheduled program versions current once their time has come (they serve from it regardless)";
	}

	@Override
	public Duration every() {
		return every;
	}

	@Override
	public JobRun run(Instant now) {
		long activated = 0;
		for (ProgramStore.Revision revision : store.revisions()) {
			if (revision.scheduledAt() != null && !revision.scheduledAt().isAfter(now)
					&& CurrentTenant.callAs(revision.tenant(), () -> programs.activateDue(revision.tenant()))) {
				activated++;
			}
		}
		return JobRun.of("activated", activated);
	}
}
