package ir.vafa.rewards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reward a member was issued, and its voucher. It was issued by a full stamp card (the card, the cycle it
 * completed, the rule and program version, the purchase or return) or by a reservation confirmed at the till
 * ({@code reservationId}). {@code redeemed*} say when, by whom and with which purchase the voucher was used; a card
 * that offered a choice keeps its {@code choices}, the deadline {@code chooseBy} and who chose when ({@code chosen*}:
 * {@code system} when the deadline chose); a tier's reward names the {@code tierId} whose reaching gave it.
 * {@code expiresAt} is when the voucher stops being usable (its catalog reward's {@code voucherValidDays} after it was
 * issued or chosen; null: never).
 */
public record IssuedReward(UUID id, UUID memberId, String rewardCode, String voucherCode, Status status,
		String cardId, Integer cardCycle, UUID purchaseId, String ruleId, String ruleName, Integer programVersion,
		UUID reservationId, Instant issuedAt, Instant redeemedAt, String redeemedBy, String redeemedPurchase,
		List<String> choices, Instant chooseBy, Instant chosenAt, String chosenBy, String tierId, Instant expiresAt) {

	public IssuedReward {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	/**
	 * CHOOSING: the card offered {@code choices} and the member has not picked one yet (no voucher until then;
	 * {@code rewardCode} is the one given at {@code chooseBy}); ISSUED: the voucher can be used; REDEEMED: it was;
	 * REVOKED: a return took back the stamp that earned it; EXPIRED: it was not used by {@code expiresAt}.
	 */
	public enum Status {
		CHOOSING, ISSUED, REDEEMED, REVOKED, EXPIRED
	}

	/** The status at {@code now}: an issued voucher past its {@code expiresAt} is expired, whether or not marked yet. */
	public Status statusAt(Instant now) {
		return status == Status.ISSUED && expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
	}
}
