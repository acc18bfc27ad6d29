package ir.vafa.purchases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ir.vafa.programs.TierLadder;

/** Collects what each participant says of a purchase, in the order they say it. */
public final class ReceiptBuilder {

	private final List<PurchaseReceipt.Award> awards = new ArrayList<>();
	private final List<PurchaseReceipt.Stamp> stamps = new ArrayList<>();
	private final List<PurchaseReceipt.Reward> rewards = new ArrayList<>();
	private long earned;
	private Long balance;
	private long pending;
	private Instant availableAt;
	private Instant expiresAt;
	private PurchaseReceipt.TierOnReceipt tier;

	public ReceiptBuilder award(int lineNo, String ruleId, String ruleName, long points) {
		awards.add(new PurchaseReceipt.Award(lineNo, ruleId, ruleName, points));
		earned += points;
		return this;
	}

	public ReceiptBuilder stamp(int lineNo, String cardId, String ruleId) {
		stamps.add(new PurchaseReceipt.Stamp(lineNo, cardId, ruleId));
		return this;
	}

	public ReceiptBuilder reward(UUID rewardId, String rewardCode, String voucherCode, String cardId, String ruleId,
			java.util.List<String> choices, java.time.Instant chooseBy) {
		rewards.add(new PurchaseReceipt.Reward(rewardId, rewardCode, voucherCode, cardId, ruleId, choices, chooseBy));
		return this;
	}

	public ReceiptBuilder balance(long balance) {
		this.balance = balance;
		return this;
	}

	public ReceiptBuilder lots(long pending, Instant availableAt, Instant expiresAt) {
		this.pending = pending;
		this.availableAt = availableAt;
		this.expiresAt = expiresAt;
		return this;
	}

	public ReceiptBuilder tier(String id, TierLadder.Names name, String upgradedFrom) {
		this.tier = new PurchaseReceipt.TierOnReceipt(id, name, upgradedFrom);
		return this;
	}

	public long earned() {
		return earned;
	}

	public Long balance() {
		return balance;
	}

	public String tierId() {
		return tier == null ? null : tier.id();
	}

	public PurchaseReceipt build(UUID purchaseId, String externalId, UUID memberId, Integer version) {
		return new PurchaseReceipt(purchaseId, externalId, memberId, version, earned, balance, pending, availableAt,
				expiresAt, List.copyOf(awards), List.copyOf(stamps), List.copyOf(rewards), tier);
	}
}
