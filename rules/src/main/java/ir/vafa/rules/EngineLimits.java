package ir.vafa.rules;

/**
 * Bounds that keep one tenant from hurting the others on a shared node.
 *
 * @param maxRules   rules in one program
 * @param maxLines   lines in one purchase
 * @param maxFirings rule firings in one evaluation. The standard kinds need at most about
 *                   {@code rules * (lines + 2)}, so the default is well above what valid input can reach; it is
 *                   there for runaway (future custom) rules.
 */
public record EngineLimits(int maxRules, int maxLines, int maxFirings) {

    public EngineLimits {
        if (maxRules < 1 || maxLines < 1 || maxFirings < 1) {
            throw new IllegalArgumentException("engine limits must be positive: " + maxRules + ", " + maxLines + ", "
                    + maxFirings);
        }
    }

    public static EngineLimits defaults() {
        return new EngineLimits(200, 500, 250_000);
    }

    public EngineLimits withMaxFirings(int maxFirings) {
        return new EngineLimits(maxRules, maxLines, maxFirings);
    }
}
