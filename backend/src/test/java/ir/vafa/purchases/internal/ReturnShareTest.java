package ir.vafa.purchases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import ir.vafa.purchases.ReturnContext;
import org.junit.jupiter.api.Test;

/** Splitting what a line earned over its units, for returns in pieces. */
class ReturnShareTest {

	@Test
	void returningALineInAnyPiecesTakesBackExactlyWhatItEarned() {
		Random random = new Random(42);
		for (int run = 0; run < 10_000; run++) {
			int quantity = 1 + random.nextInt(40);
			long earned = random.nextInt(100_000);
			int returned = 0;
			long takenBack = 0;
			while (returned < quantity) {
				int piece = 1 + random.nextInt(quantity - returned);
				long share = new ReturnContext.ReturnedLine(1, quantity, returned, returned + piece, BigDecimal.ZERO).share(earned);
				assertThat(share).isNotNegative();
				takenBack += share;
				returned += piece;
			}
			assertThat(takenBack).isEqualTo(earned);
		}
	}

	@Test
	void aStampStaysWhileAnyUnitOfItsLineIsKept() {
		assertThat(new ReturnContext.ReturnedLine(1, 3, 0, 1, BigDecimal.ZERO).share(1)).isZero();
		assertThat(new ReturnContext.ReturnedLine(1, 3, 1, 2, BigDecimal.ZERO).share(1)).isZero();
		assertThat(new ReturnContext.ReturnedLine(1, 3, 2, 3, BigDecimal.ZERO).share(1)).isOne();
	}

	@Test
	void returnedAmountsAddUpToTheLinesNetAmount() {
		BigDecimal net = new BigDecimal("100000.0000");
		BigDecimal sum = ReturnService.amountShare(net, 0, 1, 3)
			.add(ReturnService.amountShare(net, 1, 2, 3))
			.add(ReturnService.amountShare(net, 2, 3, 3));
		assertThat(sum).isEqualByComparingTo(net);
	}
}
