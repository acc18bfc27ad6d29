package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LinePoints;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.Posting;
import ir.vafa.members.MemberRef;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.platform.WriteBatch;
import ir.vafa.platform.WriteBatches;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.purchases.ReturnReceipt;
import ir.vafa.purchases.ReturnRequest;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampEvent;
import ir.vafa.rules.Effect;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.LineFacts;
import ir.vafa.rules.MemberFacts;
import ir.vafa.rules.PointsAwarded;
import ir.vafa.rules.PurchaseFacts;
import ir.vafa.rules.RewardIssued;
import ir.vafa.rules.RuleRef;
import ir.vafa.rules.StampAdded;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The core loop: purchase → facts → rules → effects → ledger, in one transaction. The member's account is locked,
 * the rules decide, then everything the purchase writes goes to the database in one batch that starts by claiming
 * the external id: of N identical submissions racing, one posts, and the others find the id taken, roll back and
 * answer its receipt. The round trips are few on purpose (the member's id is remembered, the lock, the batch, the
 * commit): each costs both sides a sleep and a wake-up on every purchase. The receipt is not stored: what the
 * purchase wrote (ledger lines, stamps, rewards, the balance after it) says all of it, and a retry rebuilds it.
 */
@Service
class PurchaseService implements Purchases {

	/** POS clocks drift; a purchase further ahead than this is refused as a mistake. */
	static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	private final PurchaseStore store;
	private final Programs programs;
	private final Members members;
	private final Ledger ledger;
	private final Rewards rewards;
	private final WriteBatches batches;
	private final Clock clock;
	private final ReturnService returns;
	private final TransactionTemplate writing;
	private final TransactionTemplate reading;

	PurchaseService(PurchaseStore store, Programs programs, Members members, Ledger ledger, Rewards rewards,
			WriteBatches batches, Clock clock, ReturnService returns, PlatformTransactionManager transactions) {
		this.returns = returns;
		this.store = store;
		this.programs = programs;
		this.members = members;
		this.ledger = ledger;
		this.rewards = rewards;
		this.batches = batches;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@Override
	public PurchaseReceipt record(PurchaseRequest request) {
		ActiveProgram program = programs.active();
		Instant now = clock.instant();
		PurchaseChecks.verify(request, program, now);
		String hash = hash(request);
		try {
			return writing.execute(tx -> post(request, program, hash, now));
		}
		catch (DuplicateKeyException taken) {
			// Rolled back: the external id was recorded first, by a retry's original or a concurrent duplicate.
			return reading.execute(tx -> replay(request.externalId(), hash).orElseThrow(() -> taken));
		}
	}

	private PurchaseReceipt post(PurchaseRequest request, ActiveProgram program, String hash, Instant now) {
		UUID memberId = member(request.member()).orElse(null);
		UUID purchaseId = Ids.timeOrdered();
		WriteBatch batch = batches.start();
		if (memberId == null) {
			store.claim(batch, purchaseId, request, null, hash, now, program.version(), null);
			batch.send();
			return new PurchaseReceipt(purchaseId, request.externalId(), null, program.version(), 0, null, List.of(),
					List.of(), List.of());
		}
		// The member's lock comes first: it serialises this member's purchases, so identical submissions racing
		// each other evaluate one after the other and all but the first find the external id taken.
		MemberAccount account = ledger.lockAccount(memberId);
		Earning earning = earn(purchaseId, request, memberId, program, account);
		// The claim leads the batch: a taken id fails it before anything else is written.
		store.claim(batch, purchaseId, request, memberId, hash, now, program.version(), earning.receipt().balance());
		earning.writes().forEach(write -> write.accept(batch));
		ledger.settlePurchase(batch, memberId, earning.postings(), request.total(), request.occurredAt());
		batch.send();
		return earning.receipt();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PurchaseReceipt> receipt(String externalId) {
		return store.find(externalId, false).map(this::rebuild);
	}

	@Override
	public ReturnReceipt giveBack(String purchaseExternalId, ReturnRequest request) {
		return returns.record(purchaseExternalId, request);
	}

	/**
	 * What a member's purchase earns, decided before anything is written: the receipt, the ledger lines, and the
	 * stamp and reward writes in the order the rules produced them.
	 */
	private record Earning(PurchaseReceipt receipt, List<Posting> postings, List<Consumer<WriteBatch>> writes) {
	}

	private Earning earn(UUID purchaseId, PurchaseRequest request, UUID memberId, ActiveProgram program,
			MemberAccount account) {
		Map<String, Integer> cards = program.hasStampCards() ? rewards.stampsOnCards(memberId) : Map.of();
		Evaluation evaluation = programs.evaluate(program, facts(purchaseId, request, account, cards));

		Map<RuleRef, List<LinePoints>> pointsByRule = new LinkedHashMap<>();
		List<Consumer<WriteBatch>> writes = new ArrayList<>();
		List<PurchaseReceipt.Award> awards = new ArrayList<>();
		List<PurchaseReceipt.Stamp> stamps = new ArrayList<>();
		List<PurchaseReceipt.Reward> issued = new ArrayList<>();
		long earned = 0;
		for (Effect effect : evaluation.effects()) {
			switch (effect) {
				case PointsAwarded p -> {
					pointsByRule.computeIfAbsent(p.rule(), r -> new ArrayList<>())
						.add(new LinePoints(p.lineNo(), p.points()));
					awards.add(new PurchaseReceipt.Award(p.lineNo(), p.rule().ruleId(), p.rule().ruleName(), p.points()));
					earned += p.points();
				}
				case StampAdded s -> {
					StampEvent event = new StampEvent(memberId, s.cardId(), 1, purchaseId, s.lineNo(), null,
							s.rule().ruleId(), s.rule().ruleName(), program.version());
					int perReward = program.stampsPerReward(s.rule().ruleId());
					writes.add(batch -> rewards.stamp(batch, event, perReward));
					stamps.add(new PurchaseReceipt.Stamp(s.lineNo(), s.cardId(), s.rule().ruleId()));
				}
				case RewardIssued r -> {
					UUID rewardId = Ids.timeOrdered();
					writes.add(batch -> rewards.issue(batch, rewardId, memberId, purchaseId, r.cardId(), r.rewardCode(),
							r.rule().ruleId(), r.rule().ruleName(), program.version()));
					issued.add(new PurchaseReceipt.Reward(rewardId, r.rewardCode(), r.cardId(), r.rule().ruleId()));
				}
			}
		}
		// One ledger line per rule, carrying how its points fall to the purchase's lines.
		List<Posting> postings = new ArrayList<>(pointsByRule.size());
		pointsByRule.forEach((rule, lines) -> postings
			.add(Posting.earn(memberId, purchaseId, rule.ruleId(), rule.ruleName(), program.version(), lines)));
		PurchaseReceipt receipt = new PurchaseReceipt(purchaseId, request.externalId(), memberId, program.version(),
				earned, account.pointsBalance() + earned, awards, stamps, issued);
		return new Earning(receipt, postings, writes);
	}

	private static PurchaseFacts facts(UUID purchaseId, PurchaseRequest request, MemberAccount account,
			Map<String, Integer> cards) {
		List<LineFacts> lines = new ArrayList<>(request.lines().size());
		for (int i = 0; i < request.lines().size(); i++) {
			PurchaseRequest.Line l = request.lines().get(i);
			lines.add(new LineFacts(i + 1, l.sku(), l.category(), l.quantity(), l.unitPrice(), l.discountOrZero()));
		}
		MemberFacts member = new MemberFacts(account.memberId().toString(), account.purchaseCount(),
				account.lifetimeSpend(), cards);
		return new PurchaseFacts(purchaseId.toString(), request.occurredAt(), request.store(), request.channel(),
				java.util.Currency.getInstance(request.currency()), request.total(), lines, member);
	}

	private Optional<UUID> member(PurchaseRequest.MemberIdentifier given) {
		if (given == null) {
			return Optional.empty();
		}
		MemberRef ref = new MemberRef(given.id(), given.phone(), given.email(), given.cardNumber());
		if (ref.given() != 1) {
			throw ApiProblem.invalid("member", "give exactly one of id, phone, email and cardNumber");
		}
		return Optional.of(members.idOf(ref)
			.orElseThrow(() -> ApiProblem.invalid("member." + ref.field(), "no member of this program has it")));
	}

	/** The first submission's receipt, when the id was recorded; 409 when that submission said something else. */
	private Optional<PurchaseReceipt> replay(String externalId, String hash) {
		return store.find(externalId, false).map(first -> {
			if (!first.requestHash().equals(hash)) {
				throw ApiProblem.conflict("externalId",
						"Purchase " + externalId + " was recorded already with different content");
			}
			return rebuild(first);
		});
	}

	/**
	 * The receipt of a recorded purchase, equal to the one its first submission answered: the awards from its
	 * earning ledger lines (one per rule, in rule order, with the points of each line), the stamps and rewards it
	 * gave (returns and revocations since leave them on the receipt), the balance right after it.
	 */
	private PurchaseReceipt rebuild(PurchaseStore.StoredPurchase p) {
		if (p.memberId() == null) {
			return new PurchaseReceipt(p.id(), p.externalId(), null, p.programVersion(), 0, null, List.of(), List.of(),
					List.of());
		}
		List<PurchaseReceipt.Award> awards = new ArrayList<>();
		long earned = 0;
		for (LedgerEntry e : ledger.forPurchase(p.id())) {
			if (e.kind() == EntryKind.EARN) {
				for (LinePoints line : e.lines()) {
					awards.add(new PurchaseReceipt.Award(line.lineNo(), e.ruleId(), e.ruleName(), line.points()));
					earned += line.points();
				}
			}
		}
		List<PurchaseReceipt.Stamp> stamps = rewards.stampsFor(p.id()).stream()
			.filter(s -> s.delta() > 0)
			.map(s -> new PurchaseReceipt.Stamp(s.lineNo(), s.cardId(), s.ruleId()))
			.toList();
		// A reward follows the stamp that completed its card, as the rules produced them.
		List<String> cardOrder = stamps.stream().map(PurchaseReceipt.Stamp::cardId).toList();
		List<PurchaseReceipt.Reward> issued = rewards.rewardsForPurchase(p.id()).stream()
			.sorted(java.util.Comparator.comparingInt(r -> cardOrder.indexOf(r.cardId())))
			.map(r -> new PurchaseReceipt.Reward(r.id(), r.rewardCode(), r.cardId(), r.ruleId()))
			.toList();
		return new PurchaseReceipt(p.id(), p.externalId(), p.memberId(), p.programVersion(), earned, p.balanceAfter(),
				awards, stamps, issued);
	}

	static String hash(PurchaseRequest r) {
		RequestHash h = new RequestHash().add(r.externalId()).add(r.store()).add(r.channel()).add(r.occurredAt())
			.add(r.currency()).add(r.total());
		if (r.member() != null) {
			h.add(r.member().id()).add(r.member().phone()).add(r.member().email()).add(r.member().cardNumber());
		}
		for (PurchaseRequest.Line l : r.lines()) {
			h.add(l.sku()).add(l.category()).add(l.quantity()).add(l.unitPrice()).add(l.discountOrZero());
		}
		return h.hex();
	}

	static BigDecimal sumOfLines(PurchaseRequest r) {
		return r.lines().stream().map(PurchaseRequest.Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
