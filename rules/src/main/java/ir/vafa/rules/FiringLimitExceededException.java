package ir.vafa.rules;

/**
 * An evaluation needed more rule firings than {@link EngineLimits#maxFirings()}. Its effects would be partial, so
 * none are returned: the purchase should be recorded without earning and looked at.
 */
public final class FiringLimitExceededException extends RuntimeException {

    private final int limit;

    public FiringLimitExceededException(String tenantKey, int version, int limit) {
        super("program " + tenantKey + " v" + version + " needed more than " + limit + " rule firings");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
