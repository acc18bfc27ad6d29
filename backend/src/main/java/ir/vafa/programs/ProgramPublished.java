package ir.vafa.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * A version of a tenant's program was published: it serves from {@code activatesAt} (the publish itself when
 * made current at once).
 */
public record ProgramPublished(UUID tenantId, int version, Instant activatesAt, String actor) {
}
