package ir.vafa.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantView;

/**
 * A job that does its work tenant by tenant: each tenant's part runs bound to that tenant (row-level security sees
 * only its rows), and what each part counts adds up to the run's counts.
 */
public abstract class TenantJob implements Job {

	private final String name;
	private final String description;
	private final Duration every;
	private final TenantDirectory tenants;

	protected TenantJob(String name, String description, Duration every, TenantDirectory tenants) {
		this.name = name;
		this.description = description;
		this.every = every;
		this.tenants = tenants;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public Duration every() {
		return every;
	}

	@Override
	public JobRun run(Instant now) {
		Counts counts = new Counts(countNames());
		for (TenantView tenant : tenants.list()) {
			CurrentTenant.runAs(tenant.id(), () -> run(tenant.id(), now, counts));
		}
		return new JobRun(counts.values);
	}

	/** The names of what the job counts, in the order the answer lists them. */
	protected abstract String[] countNames();

	/** The tenant's part of a run, bound to the tenant. */
	protected abstract void run(UUID tenant, Instant now, Counts counts);

	/**
	 * Runs {@code batch} (each call its own transaction, answering how many rows it did, at most {@code size}) until
	 * one does less than a full batch, counting them as {@code name}: a run that dies keeps the batches before.
	 */
	protected static void inBatches(int size, java.util.function.IntSupplier batch, Counts counts, String name) {
		int done;
		do {
			done = batch.getAsInt();
			counts.add(name, done);
		}
		while (done == size);
	}

	/** What a run counted so far. */
	public static final class Counts {

		private final Map<String, Long> values = new LinkedHashMap<>();

		Counts(String... names) {
			for (String name : names) {
				values.put(name, 0L);
			}
		}

		public void add(String name, long by) {
			values.merge(name, by, Long::sum);
		}
	}
}
