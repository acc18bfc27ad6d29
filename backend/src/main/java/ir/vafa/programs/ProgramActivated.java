package ir.vafa.programs;

import java.util.UUID;

/**
 * Another version of a tenant's program now serves its purchases: {@code how} says whether it was published so,
 * a scheduled activation came due, or an admin rolled back.
 */
public record ProgramActivated(UUID tenantId, int version, Integer previousVersion, How how, String actor) {

	public enum How {
		PUBLISHED, SCHEDULED, ROLLED_BACK
	}
}
