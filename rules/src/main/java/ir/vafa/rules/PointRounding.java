package ir.vafa.rules;

import java.math.RoundingMode;

/** How fractional points become whole points. Amounts are never negative here, so DOWN is a floor and UP a ceiling. */
public enum PointRounding {
    DOWN(RoundingMode.DOWN),
    HALF_UP(RoundingMode.HALF_UP),
    UP(RoundingMode.UP);

    private final RoundingMode mode;

    PointRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }
}
