package ir.vafa.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * Work that runs by itself every {@link #every()} on one node of the cluster at a time (db-scheduler picks each due
 * execution for one node), and at once when support staff ask for it. A job must be safe to run twice at once and to
 * resume after dying halfway: it works in short transactions, each on rows it locks and marks as done, so a second
 * run finds nothing left of what the first did.
 */
public interface Job {

	/** A stable name, used in the API and in the scheduler's table: {@code points-expiry}. */
	String name();

	/** What it does, for the job list. */
	String description();

	Duration every();

	/** Runs once, as of {@code now}, over every tenant; answers what it did. */
	JobRun run(Instant now);
}
