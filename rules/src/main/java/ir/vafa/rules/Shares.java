package ir.vafa.rules;

import ir.vafa.rules.internal.LargestRemainder;

import java.math.BigDecimal;

/**
 * Whole points split over weights so that the shares always add up to the total, by the largest remainder (ties to
 * the earlier weight): the rule the engine attributes points to purchase lines by, for callers that split points
 * the same way (a return that recovers part of what it was owed).
 */
public final class Shares {

    private Shares() {
    }

    /** @param weights positive */
    public static long[] split(long total, BigDecimal[] weights) {
        return LargestRemainder.allocate(total, weights);
    }
}
