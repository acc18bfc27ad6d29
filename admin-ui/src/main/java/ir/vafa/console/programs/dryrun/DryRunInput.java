package ir.vafa.console.programs.dryrun;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.purchases.DryRun;
import ir.vafa.purchases.PurchaseRequest;

/**
 * What the dry-run form asks: a purchase (lines and when), against the draft ({@code version} null) or a version,
 * as a new member, a member in a given state, or a real member found by card.
 */
public record DryRunInput(Integer version, List<PurchaseRequest.Line> lines, Instant occurredAt, Who who,
		Long purchaseCount, String tier, String card) {

	public enum Who {
		NEW, STATE, CARD
	}

	/** Stands for the console in the purchase; a dry run stores nothing, so these only have to be valid. */
	static final String STORE = "console";
	static final String CHANNEL = "dry-run";

	/** The request for {@code Purchases.dryRun}; {@code memberId} is the member found by card (for {@link Who#CARD}). */
	public DryRun toRequest(String currency, UUID memberId) {
		BigDecimal total = lines.stream().map(PurchaseRequest.Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		PurchaseRequest purchase = new PurchaseRequest(null, null, STORE, CHANNEL, occurredAt, currency, total, lines);
		DryRun.MemberState member = switch (who) {
			case NEW -> null;
			case STATE -> new DryRun.MemberState(null, purchaseCount, tier, null);
			case CARD -> new DryRun.MemberState(memberId, null, null, null);
		};
		return new DryRun(version, purchase, member);
	}
}
