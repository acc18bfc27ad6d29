package ir.vafa.rules.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LargestRemainderTest {

    private static BigDecimal[] weights(String spaced) {
        return Arrays.stream(spaced.split(" ")).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    @ParameterizedTest(name = "{0} over [{1}] -> [{2}]")
    @CsvSource({
            "100, 50 30 20, 50 30 20",
            "10, 1 1 1, 4 3 3",
            "2, 1 1 1, 1 1 0",
            "7, 0.5 0.25 0.25, 3 2 2",
            "1, 1 2, 0 1",
            "0, 5 5, 0 0"})
    void sharesAreFloorsPlusOneForTheLargestRemaindersTiesToTheEarlierWeight(long total, String ws, String shares) {
        assertThat(LargestRemainder.allocate(total, weights(ws)))
                .containsExactly(Arrays.stream(shares.split(" ")).mapToLong(Long::parseLong).toArray());
    }

    @Test
    void sharesAlwaysAddUpToTheTotalAndStayWithinOneOfTheExactShare() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            BigDecimal[] weights = new BigDecimal[1 + random.nextInt(20)];
            Arrays.setAll(weights, i -> BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(3)));
            long total = random.nextInt(100_000);

            long[] shares = LargestRemainder.allocate(total, weights);

            assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
            BigDecimal sum = Arrays.stream(weights).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < shares.length; i++) {
                BigDecimal exact = BigDecimal.valueOf(total).multiply(weights[i])
                        .divide(sum, 6, RoundingMode.HALF_UP);
                assertThat(BigDecimal.valueOf(shares[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
            }
        }
    }
}
