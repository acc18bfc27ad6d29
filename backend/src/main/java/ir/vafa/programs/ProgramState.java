package ir.vafa.programs;

import java.time.Instant;

/**
 * Which version serves a tenant's purchases: {@code currentVersion} now (null before the first activation), and
 * {@code scheduledVersion} from {@code scheduledAt} on, when one is scheduled. {@code revision} grows with every
 * change of these, so nodes recognise any change, a move back to an older version too.
 */
public record ProgramState(Integer currentVersion, Integer scheduledVersion, Instant scheduledAt, long revision) {

	public static final ProgramState NONE = new ProgramState(null, null, null, 0);

	/** The version serving purchases at {@code at}. */
	public Integer versionAt(Instant at) {
		return scheduledVersion != null && !at.isBefore(scheduledAt) ? scheduledVersion : currentVersion;
	}
}
