package ir.vafa.rules.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Splits whole points over weights so that the shares always add up to the total: everyone gets the floor of
 * their exact share, and the points left over go one each to the largest remainders (ties to the earlier weight).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** @param weights positive; order matters only for ties */
    public static long[] allocate(long total, BigDecimal[] weights) {
        long[] shares = new long[weights.length];
        BigDecimal sum = Arrays.stream(weights).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total == 0 || weights.length == 0 || sum.signum() <= 0) {
            return shares;
        }
        BigDecimal whole = BigDecimal.valueOf(total);
        // Remainders of total*w/sum all share the denominator sum, so comparing the numerators is exact.
        BigDecimal[] remainders = new BigDecimal[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] qr = whole.multiply(weights[i]).divideAndRemainder(sum);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(i -> i));
        for (int k = 0; given < total; k++, given++) {
            shares[order[k]]++;
        }
        return shares;
    }
}
