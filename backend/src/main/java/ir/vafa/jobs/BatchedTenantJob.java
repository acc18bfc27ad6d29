package ir.vafa.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.vafa.tenancy.TenantDirectory;

/**
 * A tenant job that works through what is due in batches of {@code size} rows, each batch its own transaction,
 * counting the rows as {@code countName}: a run that dies keeps the batches it committed, and the next finds only
 * the rest.
 */
public abstract class BatchedTenantJob extends TenantJob {

	private final String countName;
	private final int size;

	protected BatchedTenantJob(String name, String description, Duration every, TenantDirectory tenants,
			String countName, int size) {
		super(name, description, every, tenants);
		this.countName = countName;
		this.size = size;
	}

	/** One batch of the bound tenant's due rows, at most {@code size}, in a transaction of its own: how many it did. */
	protected abstract int batch(Instant now, int size);

	@Override
	protected final String[] countNames() {
		return new String[] { countName };
	}

	@Override
	protected final void run(UUID tenant, Instant now, Counts counts) {
		inBatches(size, () -> batch(now, size), counts, countName);
	}
}
