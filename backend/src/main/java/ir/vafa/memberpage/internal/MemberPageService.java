package ir.vafa.memberpage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.memberpage.MemberPageAccess;
import ir.vafa.memberpage.MemberPageView;
import ir.vafa.memberpage.MemberPages;
import ir.vafa.memberpage.PageLink;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.Programs;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.redemptions.Redemptions;
import ir.vafa.redemptions.Reservation;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.TenantContextFilter;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.Tiers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Makes, revokes and opens member page links. Opening checks, in this order: the signature (nothing of a token is
 * believed before it), the expiry, the tenant (active), the member's link generation, the member; only then does
 * it read the page, bound to the token's tenant so row-level security applies as for a staff request.
 */
@Service
class MemberPageService implements MemberPages {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MemberPageService.class);

	/** Where the console serves the page; the link is this with the token appended. */
	static final String PAGE_PATH = "/card/";
	static final int HISTORY_LINES = 20;
	static final int MY_REWARDS = 20;
	/** Who chose, in a reward's {@code chosenBy}, when the member did on their page. */
	static final String MEMBER = "member";

	private final LinkTokens tokens;
	private final LinkGenerations generations;
	private final TenantContextFilter.TenantGate tenantGate;
	private final Members members;
	private final Ledger ledger;
	private final Tiers tiers;
	private final Rewards rewards;
	private final Catalog catalog;
	private final Programs programs;
	private final Redemptions redemptions;
	private final Clock clock;
	private final int defaultValidDays;
	private final int maxValidDays;
	private final String baseUrl;
	private final Duration expiringWithin;

	MemberPageService(LinkGenerations generations, TenantContextFilter.TenantGate tenantGate, Members members,
			Ledger ledger, Tiers tiers, Rewards rewards, Catalog catalog, Programs programs, Redemptions redemptions, Clock clock,
			@Value("${vafa.member-page.secret:}") String secret,
			@Value("${vafa.member-page.valid-days:30}") int defaultValidDays,
			@Value("${vafa.member-page.max-valid-days:90}") int maxValidDays,
			@Value("${vafa.member-page.base-url:}") String baseUrl,
			@Value("${vafa.member-page.expiring-within:P30D}") Duration expiringWithin) {
		// No secret, or a short one, stops the application here: links signed with a guessable key are forgeable.
		this.tokens = new LinkTokens(secret);
		if (maxValidDays < 1 || maxValidDays > 3650 || defaultValidDays < 1 || defaultValidDays > maxValidDays) {
			throw new IllegalArgumentException("vafa.member-page.valid-days must be from 1 to "
					+ "vafa.member-page.max-valid-days, which must be from 1 to 3650");
		}
		this.generations = generations;
		this.tenantGate = tenantGate;
		this.members = members;
		this.ledger = ledger;
		this.tiers = tiers;
		this.rewards = rewards;
		this.catalog = catalog;
		this.programs = programs;
		this.redemptions = redemptions;
		this.clock = clock;
		this.defaultValidDays = defaultValidDays;
		this.maxValidDays = maxValidDays;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.expiringWithin = expiringWithin;
	}

	@Override
	public PageLink createLink(UUID member, Integer validDays, String actor) {
		int days = validDays == null ? defaultValidDays : validDays;
		if (days < 1 || days > maxValidDays) {
			throw ApiProblem.malformed(List.of(new ApiProblem.FieldError("validDays",
					"must be from 1 to " + maxValidDays)));
		}
		UUID tenant = CurrentTenant.id();
		knownMember(member);
		// Whole seconds: the token keeps the expiry in seconds, so the answer says exactly what the token does.
		Instant expiresAt = clock.instant().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		String token = tokens.sign(new LinkTokens.Claims(tenant, member, expiresAt,
				generations.current(tenant, member)));
		// Links are not stored; the log says who made which member's link, until when (never the token).
		log.info("Member page link for member {} made by {}, until {}", member, actor, expiresAt);
		return new PageLink(base() + PAGE_PATH + token, token, expiresAt);
	}

	@Override
	public void revokeLinks(UUID member, String actor) {
		knownMember(member);
		generations.revoke(CurrentTenant.id(), member, clock.instant(), actor);
		log.info("Member page links of member {} revoked by {}", member, actor);
	}

	@Override
	public MemberPageAccess open(String token) {
		return access(token, (claims, member) -> { });
	}

	@Override
	public MemberPageAccess choose(String token, UUID reward, String rewardCode) {
		return access(token, (claims, member) -> {
			List<ApiProblem.FieldError> missing = new java.util.ArrayList<>();
			if (reward == null) {
				missing.add(new ApiProblem.FieldError("rewardId", "is required"));
			}
			if (rewardCode == null) {
				missing.add(new ApiProblem.FieldError("reward", "is required"));
			}
			if (!missing.isEmpty()) {
				throw ApiProblem.malformed(missing);
			}
			rewards.choose(member.id(), reward, rewardCode, MEMBER);
		});
	}

	/** The token checked in full before {@code act} does anything for its member, then the page as it is after. */
	private MemberPageAccess access(String token, java.util.function.BiConsumer<LinkTokens.Claims, MemberView> act) {
		Optional<LinkTokens.Claims> verified = tokens.verify(token);
		if (verified.isEmpty()) {
			return new MemberPageAccess.Invalid();
		}
		LinkTokens.Claims claims = verified.get();
		if (!clock.instant().isBefore(claims.expiresAt()) || tenantGate.refusal(claims.tenant()) != null) {
			return new MemberPageAccess.Expired();
		}
		return CurrentTenant.callAs(claims.tenant(), () -> {
			if (generations.current(claims.tenant(), claims.member()) != claims.generation()) {
				return new MemberPageAccess.Expired();
			}
			Optional<MemberView> member = members.get(claims.member());
			if (member.isEmpty()) {
				return new MemberPageAccess.Expired();
			}
			act.accept(claims, member.get());
			return new MemberPageAccess.Granted(page(member.get(), claims.expiresAt()));
		});
	}

	private MemberPageView page(MemberView member, Instant linkExpiresAt) {
		UUID id = member.id();
		Optional<PublishedProgram> program = programs.current();
		PointsBalance balance = ledger.balance(id);
		Optional<MemberTier> tier = tiers.of(id);
		// archived rewards too, for the names of those the member was given before they left the catalog
		List<CatalogReward> all = catalog.list(true);
		List<CatalogReward> offered = all.stream().filter(r -> !r.archived()).toList();
		Map<String, CatalogReward> byCode = all.stream()
			.collect(Collectors.toMap(CatalogReward::code, Function.identity()));
		return new MemberPageView(id, member.cardNumber(), member.displayName(),
				program.map(PublishedProgram::name).orElse(null), program.map(PublishedProgram::currency).orElse(null),
				program.map(PublishedProgram::timezone).orElse(null), linkExpiresAt, points(balance),
				history(id, byCode),
				tier.map(t -> new MemberPageView.Tier(t.tierId(), t.name(), t.metric(), t.value(), t.next())).orElse(null),
				rewards.cards(id).stream().map(c -> card(c, program, byCode)).toList(),
				affordable(offered, balance.pointsAvailable(), tier.map(MemberTier::tierId).orElse(null)),
				rewards.rewardsFor(id).stream().limit(MY_REWARDS).map(r -> mine(r, byCode, clock.instant())).toList());
	}

	private static MemberPageView.MyReward mine(IssuedReward reward, Map<String, CatalogReward> catalog, Instant now) {
		CatalogReward entry = catalog.get(reward.rewardCode());
		IssuedReward.Status status = reward.statusAt(now);
		boolean usable = status == IssuedReward.Status.ISSUED && reward.voucherCode() != null;
		List<MemberPageView.Option> choices = reward.status() != IssuedReward.Status.CHOOSING ? List.of()
				: reward.choices().stream().map(code -> new MemberPageView.Option(code,
						catalog.containsKey(code) ? catalog.get(code).definition().name() : null)).toList();
		return new MemberPageView.MyReward(reward.id(), reward.rewardCode(),
				entry == null ? null : entry.definition().name(), status,
				usable ? new VoucherCode(reward.voucherCode()).grouped() : null, reward.issuedAt(), reward.redeemedAt(),
				choices, status == IssuedReward.Status.CHOOSING ? reward.chooseBy() : null,
				status == IssuedReward.Status.ISSUED || status == IssuedReward.Status.EXPIRED ? reward.expiresAt() : null);
	}

	private MemberPageView.Points points(PointsBalance balance) {
		Instant soon = clock.instant().plus(expiringWithin);
		long expiringSoon = balance.expiries().stream().filter(e -> e.expiresAt().isBefore(soon))
			.mapToLong(PointsBalance.Expiry::points).sum();
		return new MemberPageView.Points(balance.pointsBalance(), balance.pointsAvailable(), balance.pointsHeld(),
				balance.pointsPending(), expiringSoon, balance.pending(), balance.expiries());
	}

	/** The last lines, each spent by a reservation named by the reward it bought. */
	private List<MemberPageView.HistoryLine> history(UUID member, Map<String, CatalogReward> catalog) {
		Map<Long, String> bought = redemptions.forMember(member, HISTORY_LINES).stream()
			.filter(r -> r.ledgerLineId() != null)
			.collect(Collectors.toMap(Reservation::ledgerLineId, Reservation::rewardCode, (a, b) -> a));
		return ledger.history(member, HISTORY_LINES, null).stream().map(entry -> {
			CatalogReward reward = entry.kind() == EntryKind.REDEEM && bought.containsKey(entry.id())
					? catalog.get(bought.get(entry.id())) : null;
			return new MemberPageView.HistoryLine(entry.id(), entry.kind(), entry.points(), entry.createdAt(),
					entry.ruleName(), entry.reason(), reward == null ? null : reward.definition().name());
		}).toList();
	}

	/** The card with the name of the rule that stamps it and the reward a full card gives, as the program says. */
	private static MemberPageView.Card card(StampCard card, Optional<PublishedProgram> program,
			Map<String, CatalogReward> catalog) {
		Optional<RuleDefinition.Stamp> rule = program.stream().flatMap(p -> p.rules().stream())
			.filter(RuleDefinition.Stamp.class::isInstance).map(RuleDefinition.Stamp.class::cast)
			.filter(s -> card.cardId().equals(s.cardId())).findFirst();
		String rewardCode = rule.map(RuleDefinition.Stamp::rewardCode).orElse(null);
		Texts rewardName = rewardCode == null || !catalog.containsKey(rewardCode) ? null
				: catalog.get(rewardCode).definition().name();
		return new MemberPageView.Card(card.cardId(), rule.map(RuleDefinition.Stamp::name).orElse(card.cardId()),
				card.stamps(), card.stampsPerReward(), card.cycle(), rewardCode, rewardName);
	}

	/** What the till would let the member reserve now: offered, for their tier, no more than their available points. */
	private static List<MemberPageView.AffordableReward> affordable(List<CatalogReward> offered, long available,
			String tier) {
		return offered.stream()
			.filter(CatalogReward::available)
			.filter(r -> r.definition().kind() != RewardKind.DONATION)
			.filter(r -> r.definition().tiers().isEmpty() || r.definition().tiers().contains(tier))
			.filter(r -> r.definition().costPoints() <= available)
			.map(r -> new MemberPageView.AffordableReward(r.code(), r.definition().kind(), r.definition().name(),
					r.definition().description(), r.definition().costPoints(), r.definition().imageUrl()))
			.toList();
	}

	private void knownMember(UUID member) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member " + member);
		}
	}

	/** The configured public address, else the address the request came to (the API's or the console's). */
	private String base() {
		if (!baseUrl.isEmpty()) {
			return baseUrl;
		}
		return RequestContextHolder.getRequestAttributes() == null ? ""
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
