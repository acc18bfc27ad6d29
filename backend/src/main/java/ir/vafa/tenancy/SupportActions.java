package ir.vafa.tenancy;

import java.util.UUID;

/** The append-only trail of what support staff did: every module's support action writes a line here. */
public interface SupportActions {

	/** {@code tenant} is null for actions on the platform as a whole. */
	void record(String actor, String action, UUID tenant, String detail);
}
