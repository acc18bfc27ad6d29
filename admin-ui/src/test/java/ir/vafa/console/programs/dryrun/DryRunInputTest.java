package ir.vafa.console.programs.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.purchases.DryRun;
import ir.vafa.purchases.PurchaseRequest;
import org.junit.jupiter.api.Test;

/** A dry run asks what the POS would send: lines adding up to the total, in the program's currency. */
class DryRunInputTest {

	private static final List<PurchaseRequest.Line> LINES = List.of(
			new PurchaseRequest.Line("TV", "electronics", 2, new BigDecimal("1000000"), null),
			new PurchaseRequest.Line("PEN", null, 1, new BigDecimal("500000"), null));
	private static final Instant AT = Instant.parse("2026-12-01T06:00:00Z");

	@Test
	void theTotalIsTheLinesSumAndANewMemberIsNoState() {
		DryRun request = new DryRunInput(null, LINES, AT, DryRunInput.Who.NEW, null, null, null).toRequest("IRR", null);

		assertThat(request.version()).isNull();
		assertThat(request.purchase().total()).isEqualByComparingTo("2500000");
		assertThat(request.purchase().currency()).isEqualTo("IRR");
		assertThat(request.purchase().occurredAt()).isEqualTo(AT);
		assertThat(request.member()).isNull();
	}

	@Test
	void aMemberIsAStateOrTheMemberFoundByCard() {
		UUID sara = UUID.randomUUID();

		assertThat(new DryRunInput(2, LINES, AT, DryRunInput.Who.STATE, 4L, "gold", null).toRequest("IRR", null).member())
			.isEqualTo(new DryRun.MemberState(null, 4L, "gold", null));
		assertThat(new DryRunInput(2, LINES, AT, DryRunInput.Who.CARD, null, null, "C-1").toRequest("IRR", sara).member())
			.isEqualTo(new DryRun.MemberState(sara, null, null, null));
	}
}
