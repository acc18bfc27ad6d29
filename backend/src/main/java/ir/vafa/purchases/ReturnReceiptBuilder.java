package ir.vafa.purchases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Collects what each participant took back for a return. */
public final class ReturnReceiptBuilder {

	private final List<ReturnReceipt.Taken> taken = new ArrayList<>();
	private final List<ReturnReceipt.LotTaken> lots = new ArrayList<>();
	private final List<UUID> rewardsRevoked = new ArrayList<>();
	private final List<UUID> rewardsKept = new ArrayList<>();
	private final List<String> vouchersRestored = new ArrayList<>();
	private final List<ReturnReceipt.RewardRecovered> rewardsRecovered = new ArrayList<>();
	private long pointsTaken;
	private long notRecovered;
	private long debt;
	private String policy;
	private int stamps;
	private Long balance;
	private long pointsRefunded;
	private ReturnReceipt.TierChange tier;

	public ReturnReceiptBuilder taken(int lineNo, int quantity, String ruleId, long points, int stamps) {
		taken.add(new ReturnReceipt.Taken(lineNo, quantity, ruleId, points, stamps));
		this.stamps += stamps;
		return this;
	}

	public ReturnReceiptBuilder points(long taken, long notRecovered, long debtAfter, String policy) {
		this.pointsTaken += taken;
		this.notRecovered += notRecovered;
		this.debt = debtAfter;
		this.policy = policy;
		return this;
	}

	public ReturnReceiptBuilder lot(long lotId, long points, boolean pending, boolean ofThisPurchase) {
		lots.add(new ReturnReceipt.LotTaken(lotId, points, pending, ofThisPurchase));
		return this;
	}

	public ReturnReceiptBuilder rewardRevoked(UUID reward) {
		rewardsRevoked.add(reward);
		return this;
	}

	/** The stamp's card had issued this reward, already used: it stays used, the card is left short of the stamp. */
	public ReturnReceiptBuilder rewardKept(UUID reward) {
		rewardsKept.add(reward);
		return this;
	}

	/** The stamp's card had issued this reward, already used: the member pays its cost in points instead. */
	public ReturnReceiptBuilder rewardRecovered(UUID reward, String code, long points, long notRecovered) {
		rewardsRecovered.add(new ReturnReceipt.RewardRecovered(reward, code, points, notRecovered));
		return this;
	}

	/** A voucher used in the purchase, which came back whole: the code can be used again. */
	public ReturnReceiptBuilder voucherRestored(String code) {
		vouchersRestored.add(code);
		return this;
	}

	/** Points that had paid for the returned part, given back. */
	public ReturnReceiptBuilder pointsRefunded(long points) {
		this.pointsRefunded += points;
		return this;
	}

	public ReturnReceiptBuilder balance(long balance) {
		this.balance = balance;
		return this;
	}

	public ReturnReceiptBuilder tier(String from, String to) {
		this.tier = new ReturnReceipt.TierChange(from, to);
		return this;
	}

	public ReturnReceipt build(ReturnContext context, String externalReturnId) {
		return new ReturnReceipt(context.returnId(), externalReturnId, context.purchase().externalId(),
				context.purchase().memberId(), context.amount(), pointsTaken, notRecovered, debt, policy, stamps,
				balance, List.copyOf(taken), List.copyOf(lots), List.copyOf(rewardsRevoked), tier, rewardsKept,
				vouchersRestored, pointsRefunded, rewardsRecovered);
	}
}
