package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.platform.Ids;
import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatches;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.DryRun;
import ir.vafa.purchases.MemberFactsBuilder;
import ir.vafa.purchases.PurchaseContext;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.rules.Effect;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.LineFacts;
import ir.vafa.rules.MemberFacts;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.PointsAwarded;
import ir.vafa.rules.PurchaseFacts;
import ir.vafa.rules.RewardIssued;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampAdded;
import ir.vafa.rules.StampRule;
import ir.vafa.rules.Tier;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a purchase through the draft or a published version and says what each rule would do and why, writing
 * nothing: a real member's state is read as a purchase would read it (in a transaction that is rolled back), the
 * rules are evaluated, and no write batch is ever sent.
 */
@Service
class DryRunService {

	private final Programs programs;
	private final Members members;
	private final List<PurchaseParticipant> participants;
	private final WriteBatches batches;
	private final Validator validator;
	private final Clock clock;
	private final TransactionTemplate rolledBack;

	DryRunService(Programs programs, Members members, List<PurchaseParticipant> participants, WriteBatches batches,
			Validator validator, Clock clock, PlatformTransactionManager transactions) {
		this.programs = programs;
		this.members = members;
		this.participants = List.copyOf(participants);
		this.batches = batches;
		this.validator = validator;
		this.clock = clock;
		this.rolledBack = new TransactionTemplate(transactions);
	}

	DryRun.Result run(DryRun request) {
		PurchaseRequest purchase = valid(request.purchase());
		ActiveProgram program = programs.forDryRun(request.version());
		List<FieldError> errors = new ArrayList<>();
		if (!program.currency().getCurrencyCode().equals(purchase.currency())) {
			errors.add(new FieldError("purchase.currency", "the program's currency is " + program.currency()));
		}
		BigDecimal lines = PurchaseService.sumOfLines(purchase);
		if (lines.compareTo(purchase.total()) != 0) {
			errors.add(new FieldError("purchase.total", "is " + purchase.total().toPlainString()
					+ " but the lines add up to " + lines.toPlainString()));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		MemberFacts member = member(request.member(), purchase, program);
		Evaluation evaluation = programs.evaluate(program, facts(purchase, member));
		Explanations why = new Explanations(program, purchase, member);
		List<DryRun.Effect> effects = evaluation.effects().stream().map(why::of).toList();
		return new DryRun.Result(program.version(), request.version() == null, evaluation.totalPoints(), effects,
				new DryRun.MemberState(request.member() == null ? null : request.member().id(), member.purchaseCount(),
						member.tier(), member.stampsOnCard()));
	}

	/** The purchase as a POS would send it; its external id may be left out here. */
	private PurchaseRequest valid(PurchaseRequest given) {
		if (given == null) {
			throw ApiProblem.invalid("purchase", "is required");
		}
		PurchaseRequest purchase = given.externalId() != null ? given
				: new PurchaseRequest("dry-run", given.member(), given.store(), given.channel(), given.occurredAt(),
						given.currency(), given.total(), given.lines());
		Set<ConstraintViolation<PurchaseRequest>> violations = validator.validate(purchase);
		if (!violations.isEmpty()) {
			List<FieldError> errors = violations.stream()
				.map(v -> new FieldError("purchase." + v.getPropertyPath(), v.getMessage()))
				.sorted(java.util.Comparator.comparing(FieldError::field))
				.toList();
			throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid request",
					errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
		}
		return purchase;
	}

	private MemberFacts member(DryRun.MemberState state, PurchaseRequest purchase, ActiveProgram program) {
		if (state != null && state.id() != null) {
			if (members.get(state.id()).isEmpty()) {
				throw ApiProblem.invalid("member.id", "no member of this program has it");
			}
			// Read exactly as a purchase reads, then roll back: the reads may lock the account or create it.
			return rolledBack.execute(tx -> {
				tx.setRollbackOnly();
				PurchaseContext context = new PurchaseContext(Ids.timeOrdered(), purchase, state.id(), program,
						clock.instant());
				ReadBatch reads = batches.startReads();
				List<PurchaseParticipant.Prepared> prepared = participants.stream().map(p -> p.prepare(context, reads))
					.toList();
				reads.send();
				boolean settled = prepared.stream().map(PurchaseParticipant.Prepared::settled).reduce(true,
						Boolean::logicalAnd);
				if (!settled) {
					return new MemberFacts(state.id().toString(), 0, BigDecimal.ZERO, Map.of(), lowestTier(program));
				}
				MemberFactsBuilder facts = new MemberFactsBuilder(state.id().toString());
				prepared.forEach(p -> p.describe(facts));
				return facts.build();
			});
		}
		String tier = state == null || state.tier() == null ? lowestTier(program) : state.tier();
		if (tier != null && program.compiled().spec().tiers().stream().noneMatch(t -> t.id().equals(tier))) {
			throw ApiProblem.invalid("member.tier", "is no tier of the program's ladder");
		}
		long count = state == null || state.purchaseCount() == null ? 0 : state.purchaseCount();
		if (count < 0) {
			throw ApiProblem.invalid("member.purchaseCount", "must not be negative");
		}
		Map<String, Integer> stamps = state == null || state.stamps() == null ? Map.of() : state.stamps();
		return new MemberFacts("dry-run", count, BigDecimal.ZERO, stamps, tier);
	}

	private static String lowestTier(ActiveProgram program) {
		List<Tier> tiers = program.compiled().spec().tiers();
		return tiers.isEmpty() ? null : tiers.getFirst().id();
	}

	private static PurchaseFacts facts(PurchaseRequest request, MemberFacts member) {
		List<LineFacts> lines = new ArrayList<>();
		for (int i = 0; i < request.lines().size(); i++) {
			PurchaseRequest.Line l = request.lines().get(i);
			lines.add(new LineFacts(i + 1, l.sku(), l.category(), l.quantity(), l.unitPrice(), l.discountOrZero()));
		}
		Instant at = request.occurredAt();
		return new PurchaseFacts("dry-run", at, request.store(), request.channel(),
				Currency.getInstance(request.currency()), request.total(), lines, member);
	}

	/** Why each effect happened, from the rule that caused it. */
	private static final class Explanations {

		private final Map<String, RuleSpec> rules;
		private final Map<String, Tier> tiers;
		private final PurchaseRequest purchase;
		private final MemberFacts member;
		private final ActiveProgram program;
		private final Map<String, Integer> stamps;

		Explanations(ActiveProgram program, PurchaseRequest purchase, MemberFacts member) {
			this.program = program;
			this.rules = program.compiled().spec().rules().stream()
				.collect(Collectors.toMap(RuleSpec::id, Function.identity()));
			this.tiers = program.compiled().spec().tiers().stream()
				.collect(Collectors.toMap(Tier::ruleId, Function.identity()));
			this.purchase = purchase;
			this.member = member;
			this.stamps = new HashMap<>(member.stampsOnCard());
		}

		DryRun.Effect of(Effect effect) {
			return switch (effect) {
				case PointsAwarded p -> new DryRun.Effect("POINTS", p.rule().ruleId(), p.rule().ruleName(), p.lineNo(),
						p.points(), null, null, points(p));
				case StampAdded s -> {
					int before = stamps.getOrDefault(s.cardId(), 0);
					stamps.put(s.cardId(), before + 1);
					StampRule rule = (StampRule) rules.get(s.rule().ruleId());
					yield new DryRun.Effect("STAMP", s.rule().ruleId(), s.rule().ruleName(), s.lineNo(), null,
							s.cardId(), null, "line " + s.lineNo() + " (" + item(s.lineNo()) + ") makes the visit a stamp on card "
									+ s.cardId() + ": " + before + " -> " + (before + 1) + " of " + rule.stampsPerReward());
				}
				case RewardIssued r -> new DryRun.Effect("REWARD", r.rule().ruleId(), r.rule().ruleName(), null, null,
						r.cardId(), r.rewardCode(), "the stamp fills card " + r.cardId() + ": reward " + r.rewardCode()
								+ " is issued and the card starts again");
			};
		}

		private String points(PointsAwarded p) {
			String line = "line " + p.lineNo() + " (" + item(p.lineNo()) + ")";
			Tier tier = tiers.get(p.rule().ruleId());
			if (tier != null) {
				return "the member is in tier " + tier.id() + " (x" + tier.pointsMultiplier().stripTrailingZeros()
						.toPlainString() + " on spend points): " + p.points() + " more on " + line;
			}
			return switch (rules.get(p.rule().ruleId())) {
				case SpendRule r -> r.pointsPerUnit() + " point(s) per " + r.spendUnit().toPlainString() + " "
						+ program.currency() + " of the purchase's " + purchase.total().toPlainString()
						+ ", rounded " + program.compiled().spec().rounding() + " once over the purchase: " + p.points()
						+ " of them fall to " + line;
				case MultiplierRule r -> "x" + r.factor().stripTrailingZeros().toPlainString() + " on " + line
						+ ", which is one of " + targets(r.skus(), r.categories()) + ": " + p.points()
						+ " more on its spend points";
				case FirstPurchaseBonus r -> "the member's first purchase (" + member.purchaseCount()
						+ " before it): a bonus of " + r.points() + ", " + p.points() + " of it on " + line;
				case StampRule r -> "stamp rule " + r.id();
			};
		}

		private String item(int lineNo) {
			PurchaseRequest.Line line = purchase.lines().get(lineNo - 1);
			return line.sku() + (line.category() == null ? "" : ", " + line.category());
		}

		private static String targets(Set<String> skus, Set<String> categories) {
			List<String> parts = new ArrayList<>();
			if (!categories.isEmpty()) {
				parts.add("categories " + String.join(", ", categories));
			}
			if (!skus.isEmpty()) {
				parts.add("products " + String.join(", ", skus));
			}
			return String.join(" or ", parts);
		}
	}

}
