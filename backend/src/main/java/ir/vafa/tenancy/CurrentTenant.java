package ir.vafa.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import ir.vafa.platform.ApiProblem;

/**
 * The tenant the current thread acts for. Set from the caller's token for each request, or explicitly with
 * {@link #callAs} for work that is not a request (demo data, jobs). Every database connection handed out while
 * it is set is bound to this tenant by row-level security.
 */
public final class CurrentTenant {

	private static final ThreadLocal<UUID> TENANT = new ThreadLocal<>();

	private CurrentTenant() {
	}

	/** The tenant of this request; refuses with 403 when the caller acts for none. */
	public static UUID id() {
		UUID id = TENANT.get();
		if (id == null) {
			throw ApiProblem.forbidden("This operation needs a tenant, and the caller's token names none");
		}
		return id;
	}

	public static Optional<UUID> find() {
		return Optional.ofNullable(TENANT.get());
	}

	public static <T> T callAs(UUID tenant, Supplier<T> work) {
		UUID previous = TENANT.get();
		TENANT.set(tenant);
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	public static void runAs(UUID tenant, Runnable work) {
		callAs(tenant, () -> {
			work.run();
			return null;
		});
	}

	private static void restore(UUID previous) {
		if (previous == null) {
			TENANT.remove();
		}
		else {
			TENANT.set(previous);
		}
	}
}
