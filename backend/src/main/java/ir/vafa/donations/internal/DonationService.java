package ir.vafa.donations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.donations.CharityTotal;
import ir.vafa.donations.PointsDonation;
import ir.vafa.donations.DonationMade;
import ir.vafa.donations.Donations;
import ir.vafa.donations.NewDonation;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LotMove;
import ir.vafa.ledger.MemberLock;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.platform.PersianCalendar;
import ir.vafa.programs.Programs;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.Tiers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donations under the member's account lock, taken first (as a reservation's): a retry with the same key finds the
 * first donation rather than giving twice. Totals are grouped in Java, from one row per charity, member and day, so
 * that weeks, months and years can be Jalali ones.
 */
@Service
class DonationService implements Donations {

	/** Digits before the point that `donation.amount` (numeric(20,4)) holds. */
	static final int MAX_AMOUNT_DIGITS = 16;

	private final JdbcClient jdbc;
	private final Ledger ledger;
	private final MemberLock lock;
	private final Catalog catalog;
	private final Members members;
	private final Tiers tiers;
	private final Programs programs;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DonationService(JdbcClient jdbc, Ledger ledger, MemberLock lock, Catalog catalog, Members members,
			Tiers tiers, Programs programs, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.lock = lock;
		this.catalog = catalog;
		this.members = members;
		this.tiers = tiers;
		this.programs = programs;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PointsDonation donate(UUID member, NewDonation request, String idempotencyKey, String actor) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member " + member);
		}
		lock.lock(member);
		if (idempotencyKey != null) {
			Optional<PointsDonation> earlier = byKey(idempotencyKey);
			if (earlier.isPresent()) {
				PointsDonation first = earlier.get();
				if (!first.memberId().equals(member) || !first.rewardCode().equals(request.reward())
						|| first.points() != request.points()) {
					throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different donation");
				}
				return first;
			}
		}
		RewardDefinition reward = donationReward(member, request.reward());
		RewardDefinition.Donation charity = reward.donation();
		Money amount = worth(request.points(), charity.perPoint());
		if (amount.amount().precision() - amount.amount().scale() > MAX_AMOUNT_DIGITS) {
			throw ApiProblem.invalid("points", "worth " + amount.amount().toPlainString() + " " + amount.currency()
					+ ": more than a donation can be (at most " + MAX_AMOUNT_DIGITS + " digits)");
		}
		LedgerEntry line = ledger.donate(member, request.points(), "to " + charity.charity().en(), null, actor);
		UUID id = Ids.timeOrdered();
		Instant now = clock.instant();
		try {
			insert(id, member, reward, charity, request, amount, line, idempotencyKey, now, actor);
		}
		catch (org.springframework.dao.DuplicateKeyException taken) {
			// the same key at the same moment for another member (one member's donations are serialised)
			throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different donation");
		}
		events.publishEvent(new DonationMade(CurrentTenant.id(), member, id, reward.code(), request.points(),
				amount.amount(), amount.currency()));
		return new PointsDonation(id, member, reward.code(), charity.charity(), request.points(), amount, line.id(),
				line.lots(), now, actor);
	}

	private void insert(UUID id, UUID member, RewardDefinition reward, RewardDefinition.Donation charity,
			NewDonation request, Money amount, LedgerEntry line, String idempotencyKey, Instant now, String actor) {
		jdbc.sql("""
				INSERT INTO donation (tenant_id, id, member_id, reward_code, charity_en, charity_fa, points, amount,
				  currency, ledger_line_id, idempotency_key, donated_at, donated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(CurrentTenant.id(), id, member, reward.code(), charity.charity().en(), charity.charity().fa(),
					request.points(), amount.amount(), amount.currency(), line.id(), idempotencyKey,
					Timestamp.from(now), actor)
			.update();
	}

	/** The reward, if the member may give to it now: a DONATION of the catalog, offered, open to their tier. */
	private RewardDefinition donationReward(UUID member, String code) {
		CatalogReward reward = catalog.get(code)
			.orElseThrow(() -> ApiProblem.invalid("reward", "the tenant has no reward " + code));
		RewardDefinition definition = reward.definition();
		if (definition.kind() != RewardKind.DONATION) {
			throw ApiProblem.invalid("reward", "the reward is a " + definition.kind() + ", not a DONATION");
		}
		if (reward.archived()) {
			throw ApiProblem.invalid("reward", "the reward is archived");
		}
		if (!reward.available()) {
			throw ApiProblem.invalid("reward", "the reward is not offered now (" + definition.validFrom() + " to "
					+ definition.validUntil() + ")");
		}
		if (!definition.tiers().isEmpty()) {
			String tier = tiers.of(member).map(MemberTier::tierId).orElse(null);
			if (!definition.tiers().contains(tier)) {
				throw ApiProblem.invalid("reward", "the reward is only for members of "
						+ String.join(", ", definition.tiers()));
			}
		}
		return definition;
	}

	/** Points × the amount per point, rounded down to the currency's smallest unit (a rial for IRR). */
	static Money worth(long points, Money perPoint) {
		int scale = smallestUnit(perPoint.currency());
		return new Money(perPoint.amount().multiply(BigDecimal.valueOf(points)).setScale(scale, RoundingMode.DOWN),
				perPoint.currency());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PointsDonation> forMember(UUID member, int limit) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member " + member);
		}
		List<PointsDonation> donations = jdbc.sql("""
				SELECT * FROM donation WHERE tenant_id = ? AND member_id = ? ORDER BY donated_at DESC, id DESC LIMIT ?""")
			.params(CurrentTenant.id(), member, limit)
			.query(this::donation)
			.list();
		return withLots(member, donations);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CharityTotal> totals(LocalDate from, LocalDate to, Period period, Calendar calendar) {
		ZoneId zone = zone();
		record Day(String reward, String en, String fa, String currency, UUID member, LocalDate day, long points,
				BigDecimal amount, long donations) {
		}
		List<Day> days = jdbc.sql("""
				SELECT reward_code, (array_agg(charity_en ORDER BY donated_at DESC))[1] AS en,
				  (array_agg(charity_fa ORDER BY donated_at DESC))[1] AS fa, currency, member_id,
				  CAST(donated_at AT TIME ZONE ? AS date) AS day, sum(points) AS points, sum(amount) AS amount,
				  count(*) AS donations
				FROM donation
				WHERE tenant_id = ? AND donated_at >= ? AND donated_at < ?
				GROUP BY reward_code, currency, member_id, day
				ORDER BY day""")
			.params(zone.getId(), CurrentTenant.id(), Timestamp.from(start(from, zone)), Timestamp.from(end(to, zone)))
			.query((rs, n) -> new Day(rs.getString("reward_code"), rs.getString("en"), rs.getString("fa"),
					rs.getString("currency"), rs.getObject("member_id", UUID.class),
					rs.getObject("day", LocalDate.class), rs.getLong("points"), rs.getBigDecimal("amount"),
					rs.getLong("donations")))
			.list();
		final class Sum {
			Texts charity;
			long points;
			BigDecimal amount = BigDecimal.ZERO;
			final Set<UUID> donors = new HashSet<>();
			long donations;
		}
		// by charity and currency, then period: the days come oldest first, so the last name seen is the newest
		Map<String, Map<LocalDate, Sum>> sums = new TreeMap<>();
		Map<String, Day> keys = new java.util.HashMap<>();
		LocalDate all = LocalDate.MIN;
		for (Day d : days) {
			String key = d.reward() + "\u0000" + d.currency();
			keys.put(key, d);
			LocalDate start = period == Period.ALL ? all : periodStart(d.day(), period, calendar);
			Sum sum = sums.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(start, s -> new Sum());
			sum.charity = new Texts(d.en(), d.fa());
			sum.points += d.points();
			sum.amount = sum.amount.add(d.amount());
			sum.donors.add(d.member());
			sum.donations += d.donations();
		}
		List<CharityTotal> totals = new ArrayList<>();
		sums.forEach((key, byPeriod) -> byPeriod.forEach((start, sum) -> {
			Day d = keys.get(key);
			int scale = smallestUnit(d.currency());
			boolean whole = start.equals(all);
			totals.add(new CharityTotal(d.reward(), sum.charity, whole ? null : start,
					whole ? null : PersianCalendar.of(start).toString(), sum.points,
					new Money(sum.amount.setScale(scale, RoundingMode.DOWN), d.currency()), sum.donors.size(),
					sum.donations));
		}));
		return totals;
	}

	/**
	 * Digits after the point of the currency's smallest unit: ISO 4217's, but for the rial, whose dinar (ISO's two
	 * digits) no one has paid in for decades.
	 */
	static int smallestUnit(String currency) {
		return "IRR".equals(currency) ? 0 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
	}

	static LocalDate periodStart(LocalDate day, Period period, Calendar calendar) {
		boolean jalali = calendar == Calendar.JALALI;
		return switch (period) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(jalali ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY));
			case MONTH -> jalali ? PersianCalendar.toLocalDate(PersianCalendar.of(day).year(),
					PersianCalendar.of(day).month(), 1) : day.withDayOfMonth(1);
			case YEAR -> jalali ? PersianCalendar.startOfYear(day) : day.withDayOfYear(1);
			case ALL -> throw new IllegalArgumentException("ALL has no start");
		};
	}

	@Override
	@Transactional(readOnly = true)
	public void export(LocalDate from, LocalDate to, String reward, Writer out) {
		ZoneId zone = zone();
		try {
			// a byte-order mark: spreadsheet programs then read the Persian names as UTF-8
			out.write('\uFEFF');
			out.write("donationId,donatedAt,localDate,jalaliDate,rewardCode,charityEn,charityFa,memberId,points,amount,"
					+ "currency,ledgerLineId\r\n");
			jdbc.sql("""
					SELECT * FROM donation WHERE tenant_id = ? AND donated_at >= ? AND donated_at < ?
					  AND (CAST(? AS varchar) IS NULL OR reward_code = ?)
					ORDER BY donated_at, id""")
				.params(CurrentTenant.id(), Timestamp.from(start(from, zone)), Timestamp.from(end(to, zone)), reward,
						reward)
				.query((ResultSet rs) -> {
					Instant at = rs.getTimestamp("donated_at").toInstant();
					LocalDate local = at.atZone(zone).toLocalDate();
					row(out, rs.getObject("id"), at, local, PersianCalendar.of(local), rs.getString("reward_code"),
							rs.getString("charity_en"), rs.getString("charity_fa"), rs.getObject("member_id"),
							rs.getLong("points"), rs.getBigDecimal("amount").stripTrailingZeros().toPlainString(),
							rs.getString("currency"), rs.getLong("ledger_line_id"));
				});
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One CSV line (RFC 4180): a field with a comma, quote or line break is quoted, its quotes doubled. */
	private static void row(Writer out, Object... fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				String field = String.valueOf(fields[i]);
				if (field.matches("(?s).*[,\"\r\n].*")) {
					field = '"' + field.replace("\"", "\"\"") + '"';
				}
				out.write(i == 0 ? field : "," + field);
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ZoneId zone() {
		return programs.current().map(p -> ZoneId.of(p.timezone())).orElse(ZoneId.of("Asia/Tehran"));
	}

	private static Instant start(LocalDate from, ZoneId zone) {
		return from == null ? Instant.parse("2000-01-01T00:00:00Z") : from.atStartOfDay(zone).toInstant();
	}

	private static Instant end(LocalDate to, ZoneId zone) {
		return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	private Optional<PointsDonation> byKey(String key) {
		return jdbc.sql("SELECT * FROM donation WHERE tenant_id = ? AND idempotency_key = ?")
			.params(CurrentTenant.id(), key)
			.query(this::donation)
			.optional()
			.map(d -> withLots(d.memberId(), List.of(d)).getFirst());
	}

	/** The lots each donation's ledger line took from, as the ledger keeps them. */
	private List<PointsDonation> withLots(UUID member, List<PointsDonation> donations) {
		if (donations.isEmpty()) {
			return donations;
		}
		Map<Long, List<LotMove>> moves = ledger.lotMoves(member,
				donations.stream().map(PointsDonation::ledgerLineId).toList());
		return donations.stream().map(d -> new PointsDonation(d.id(), d.memberId(), d.rewardCode(), d.charity(),
				d.points(), d.amount(), d.ledgerLineId(), moves.getOrDefault(d.ledgerLineId(), List.of()),
				d.donatedAt(), d.donatedBy())).toList();
	}

	private PointsDonation donation(ResultSet rs, int row) throws SQLException {
		return new PointsDonation(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("reward_code"), new Texts(rs.getString("charity_en"), rs.getString("charity_fa")),
				rs.getLong("points"), new Money(rs.getBigDecimal("amount").stripTrailingZeros(), rs.getString("currency")),
				rs.getLong("ledger_line_id"), List.of(), rs.getTimestamp("donated_at").toInstant(),
				rs.getString("donated_by"));
	}
}
