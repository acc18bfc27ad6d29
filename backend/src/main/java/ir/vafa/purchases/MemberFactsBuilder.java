package ir.vafa.purchases;

import java.math.BigDecimal;
import java.util.Map;

import ir.vafa.rules.MemberFacts;

/** The member as the rules see them, put together from what each participant read. */
public final class MemberFactsBuilder {

	private final String memberRef;
	private long purchaseCount;
	private BigDecimal lifetimeSpend = BigDecimal.ZERO;
	private Map<String, Integer> stampsOnCards = Map.of();
	private String tier;

	public MemberFactsBuilder(String memberRef) {
		this.memberRef = memberRef;
	}

	public MemberFactsBuilder history(long purchaseCount, BigDecimal lifetimeSpend) {
		this.purchaseCount = purchaseCount;
		this.lifetimeSpend = lifetimeSpend;
		return this;
	}

	public MemberFactsBuilder stampsOnCards(Map<String, Integer> stamps) {
		this.stampsOnCards = stamps;
		return this;
	}

	public MemberFactsBuilder tier(String tier) {
		this.tier = tier;
		return this;
	}

	public MemberFacts build() {
		return new MemberFacts(memberRef, purchaseCount, lifetimeSpend, stampsOnCards, tier);
	}
}
