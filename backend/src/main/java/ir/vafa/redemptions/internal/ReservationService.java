package ir.vafa.redemptions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LotMove;
import ir.vafa.ledger.MemberLock;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.Purchases;
import ir.vafa.redemptions.Confirmation;
import ir.vafa.redemptions.NewReservation;
import ir.vafa.redemptions.Redemptions;
import ir.vafa.redemptions.Reservation;
import ir.vafa.redemptions.Reservation.Status;
import ir.vafa.redemptions.ReservationExpired;
import ir.vafa.redemptions.RewardRedeemed;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.Vouchers;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.Tiers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reservations in plain SQL. Everything about one member's reservations happens under the member's account lock
 * (taken first, by {@link MemberLock}), so concurrent reservations of one balance are decided one after the other.
 * Every path takes its locks in one order: the reservation's row (confirm, cancel, the expiry job), the member's
 * account, then the reward's catalog row (taking or giving back stock).
 */
@Service
class ReservationService implements Redemptions {

	private static final TypeReference<List<LotMove>> MOVES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Ledger ledger;
	private final MemberLock lock;
	private final Catalog catalog;
	private final Members members;
	private final Tiers tiers;
	private final Purchases purchases;
	private final Vouchers vouchers;
	private final Programs programs;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration ttl;

	ReservationService(JdbcClient jdbc, JsonMapper json, Ledger ledger, MemberLock lock, Catalog catalog, Members members, Tiers tiers,
			Purchases purchases, Vouchers vouchers, Programs programs, ApplicationEventPublisher events, Clock clock,
			@Value("${vafa.redemptions.reservation-ttl:PT15M}") Duration ttl) {
		this.jdbc = jdbc;
		this.json = json;
		this.ledger = ledger;
		this.lock = lock;
		this.catalog = catalog;
		this.members = members;
		this.tiers = tiers;
		this.purchases = purchases;
		this.vouchers = vouchers;
		this.programs = programs;
		this.events = events;
		this.clock = clock;
		this.ttl = ttl;
	}

	@Override
	@Transactional
	public Reservation reserve(UUID member, NewReservation request, String idempotencyKey, String actor) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member " + member);
		}
		lock.lock(member);
		if (idempotencyKey != null) {
			Optional<Reservation> earlier = byKey(idempotencyKey);
			if (earlier.isPresent()) {
				if (!earlier.get().memberId().equals(member) || !earlier.get().rewardCode().equals(request.reward())) {
					throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different reservation");
				}
				return earlier.get();
			}
		}
		// as PostgreSQL keeps it, so the answer is the row as it reads back
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		CatalogReward reward = catalog.get(request.reward())
			.orElseThrow(() -> ApiProblem.invalid("reward", "the tenant has no reward " + request.reward()));
		RewardDefinition definition = reward.definition();
		if (reward.archived()) {
			throw ApiProblem.invalid("reward", "the reward is archived");
		}
		if (reward.remaining() != null && reward.remaining() == 0) {
			throw ApiProblem.conflict("reward", "The reward is out of stock");
		}
		if (!reward.available()) {
			throw ApiProblem.invalid("reward", "the reward is not valid now (" + definition.validFrom() + " to "
					+ definition.validUntil() + ")");
		}
		if (definition.kind() == RewardKind.DONATION) {
			throw ApiProblem.invalid("reward", "a donation is not reserved at the till");
		}
		if (definition.experience() != null && !now.isBefore(definition.experience().startsAt())) {
			throw ApiProblem.invalid("reward", "the event began at " + definition.experience().startsAt());
		}
		if (!definition.tiers().isEmpty()) {
			String tier = tiers.of(member).map(MemberTier::tierId).orElse(null);
			if (!definition.tiers().contains(tier)) {
				throw ApiProblem.invalid("reward", "the reward is only for members of " + String.join(", ", definition.tiers())
						+ (tier == null ? "" : "; the member is " + tier));
			}
		}
		RewardDefinition.Stock stock = definition.stockOrUnlimited();
		if (stock.perMember() != null) {
			int taken = takenBy(member, definition.code(), stock.perMemberPeriod().since(now));
			if (taken >= stock.perMember()) {
				throw ApiProblem.conflict("reward", "The member has had this reward " + taken + " times "
						+ window(stock.perMemberPeriod()) + "; it allows " + stock.perMember());
			}
		}
		UUID id = Ids.timeOrdered();
		Instant expiresAt = now.plus(ttl());
		ledger.hold(member, id, definition.costPoints(), expiresAt, "reward " + definition.code() + " reserved");
		if (!catalog.take(definition.code(), definition.costPoints(), now)) {
			// the hold goes with the transaction
			throw ApiProblem.conflict("reward", "The reward ran out of stock, or was changed or archived just now");
		}
		try {
			jdbc.sql("""
					INSERT INTO reward_reservation (tenant_id, id, member_id, reward_code, points, status,
					  idempotency_key, reserved_at, expires_at, reserved_by)
					VALUES (?, ?, ?, ?, ?, 'HELD', ?, ?, ?, ?)""")
				.params(CurrentTenant.id(), id, member, definition.code(), definition.costPoints(), idempotencyKey,
						Timestamp.from(now), Timestamp.from(expiresAt), actor)
				.update();
		}
		catch (DuplicateKeyException taken) {
			// the same key at the same moment for another member (one member's requests are serialised)
			throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different reservation");
		}
		// as written: no need to read it back
		return new Reservation(id, member, definition.code(), definition.costPoints(), Status.HELD, now, expiresAt,
				actor, null, null, null, null, List.of(), null);
	}

	/** The program's reservation time, else the node's default. */
	private Duration ttl() {
		return programs.active().map(p -> p.redemption().reservationMinutes()).map(Duration::ofMinutes).orElse(ttl);
	}

	@Override
	@Transactional
	public Reservation confirm(UUID id, Confirmation confirmation, String actor) {
		Reservation reservation = locked(id);
		String purchase = confirmation == null ? null : confirmation.purchaseExternalId();
		switch (reservation.status()) {
			case CONFIRMED -> {
				return reservation;
			}
			case CANCELLED -> throw ApiProblem.conflict("status", "The reservation was cancelled");
			case EXPIRED -> throw expired(reservation);
			case HELD -> {
				if (!clock.instant().isBefore(reservation.expiresAt())) {
					throw expired(reservation);
				}
			}
		}
		if (purchase != null) {
			PurchaseReceipt receipt = purchases.receipt(purchase).orElseThrow(
					() -> ApiProblem.invalid("purchaseExternalId", "the tenant has no purchase " + purchase));
			if (receipt.memberId() != null && !receipt.memberId().equals(reservation.memberId())) {
				throw ApiProblem.invalid("purchaseExternalId", "the purchase is another member's");
			}
		}
		LedgerEntry line = ledger.spendHold(reservation.memberId(), id, "reward " + reservation.rewardCode(), actor);
		IssuedReward issued = vouchers.issueForReservation(reservation.memberId(), reservation.rewardCode(), id,
				purchase, actor);
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		jdbc.sql("""
				UPDATE reward_reservation SET status = 'CONFIRMED', ended_at = ?, ended_by = ?, purchase_external_id = ?,
				  ledger_line_id = ?, lots = CAST(? AS jsonb), voucher_code = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(Timestamp.from(now), actor, purchase, line.id(), json.writeValueAsString(line.lots()),
					issued.voucherCode(), CurrentTenant.id(), id)
			.update();
		events.publishEvent(new RewardRedeemed(CurrentTenant.id(), reservation.memberId(), id, reservation.rewardCode(),
				reservation.points(), purchase, issued.voucherCode()));
		return new Reservation(id, reservation.memberId(), reservation.rewardCode(), reservation.points(),
				Status.CONFIRMED, reservation.reservedAt(), reservation.expiresAt(), reservation.reservedBy(), now, actor,
				purchase, line.id(), line.lots(), issued.voucherCode());
	}

	@Override
	@Transactional
	public Reservation cancel(UUID id, String actor) {
		Reservation reservation = locked(id);
		return switch (reservation.status()) {
			case CONFIRMED -> throw ApiProblem.conflict("status", "The reservation was confirmed: its points are spent");
			case CANCELLED, EXPIRED -> reservation;
			case HELD -> {
				end(reservation, Status.CANCELLED, actor);
				yield get(id);
			}
		};
	}

	/**
	 * Ends reservations whose time is up, a batch at a time, skipping those a till is confirming or cancelling right
	 * now: answers how many it ended. Locks in the order every other path does (reservations, then the members'
	 * accounts, in member order, then the catalog's rows, in code order), so that it never deadlocks with a till.
	 */
	@Transactional
	int expireDue(Instant now, int batch) {
		List<Reservation> due = jdbc.sql("""
				SELECT * FROM reward_reservation WHERE tenant_id = ? AND status = 'HELD' AND expires_at <= ?
				ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(CurrentTenant.id(), Timestamp.from(now), batch)
			.query(this::reservation)
			.list();
		due.stream().sorted(java.util.Comparator.comparing(Reservation::memberId))
			.forEach(r -> ledger.releaseHold(r.memberId(), r.id()));
		java.util.Map<String, Integer> byReward = new java.util.TreeMap<>();
		due.forEach(r -> byReward.merge(r.rewardCode(), 1, Integer::sum));
		byReward.forEach(catalog::giveBack);
		for (Reservation reservation : due) {
			mark(reservation.id(), Status.EXPIRED, "reservation-expiry");
			events.publishEvent(new ReservationExpired(CurrentTenant.id(), reservation.memberId(), reservation.id(),
					reservation.rewardCode(), reservation.points()));
		}
		return due.size();
	}

	@Override
	@Transactional(readOnly = true)
	public Reservation get(UUID id) {
		return jdbc.sql("SELECT * FROM reward_reservation WHERE tenant_id = ? AND id = ?")
			.params(CurrentTenant.id(), id)
			.query(this::reservation)
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("No reservation " + id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reservation> forMember(UUID member, int limit) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member " + member);
		}
		return jdbc.sql("SELECT * FROM reward_reservation WHERE tenant_id = ? AND member_id = ? ORDER BY reserved_at DESC, id DESC LIMIT ?")
			.params(CurrentTenant.id(), member, limit)
			.query(this::reservation)
			.list();
	}

	private void end(Reservation reservation, Status status, String actor) {
		ledger.releaseHold(reservation.memberId(), reservation.id());
		catalog.giveBack(reservation.rewardCode(), 1);
		mark(reservation.id(), status, actor);
	}

	private void mark(UUID id, Status status, String actor) {
		jdbc.sql("UPDATE reward_reservation SET status = ?, ended_at = ?, ended_by = ? WHERE tenant_id = ? AND id = ?")
			.params(status.name(), Timestamp.from(clock.instant()), actor, CurrentTenant.id(), id)
			.update();
	}

	private Reservation locked(UUID id) {
		return jdbc.sql("SELECT * FROM reward_reservation WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(CurrentTenant.id(), id)
			.query(this::reservation)
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("No reservation " + id));
	}

	private Optional<Reservation> byKey(String key) {
		return jdbc.sql("SELECT * FROM reward_reservation WHERE tenant_id = ? AND idempotency_key = ?")
			.params(CurrentTenant.id(), key)
			.query(this::reservation)
			.optional();
	}

	/** Reservations of the reward by the member since then that spent its points or hold them still. */
	private int takenBy(UUID member, String code, Instant since) {
		return jdbc.sql("""
				SELECT count(*) FROM reward_reservation
				WHERE tenant_id = ? AND member_id = ? AND reward_code = ? AND reserved_at > ?
				  AND (status = 'CONFIRMED' OR status = 'HELD' AND expires_at > ?)""")
			.params(CurrentTenant.id(), member, code, Timestamp.from(since), Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single();
	}

	private static String window(RewardDefinition.Stock.Period period) {
		return switch (period) {
			case DAY -> "in the last 24 hours";
			case WEEK -> "in the last 7 days";
			case MONTH -> "in the last 30 days";
			case YEAR -> "in the last 365 days";
			case EVER -> "already";
		};
	}

	private static ApiProblem expired(Reservation reservation) {
		return ApiProblem.conflict("expiresAt", "The reservation expired at " + reservation.expiresAt()
				+ (reservation.status() == Status.EXPIRED ? "; its points and stock were given back"
						: "; its points are free again and its stock comes back within a minute"));
	}

	private Reservation reservation(ResultSet rs, int row) throws SQLException {
		String lots = rs.getString("lots");
		Timestamp ended = rs.getTimestamp("ended_at");
		return new Reservation(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("reward_code"), rs.getInt("points"), Status.valueOf(rs.getString("status")),
				rs.getTimestamp("reserved_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				rs.getString("reserved_by"), ended == null ? null : ended.toInstant(), rs.getString("ended_by"),
				rs.getString("purchase_external_id"), (Long) rs.getObject("ledger_line_id"),
				lots == null ? List.of() : json.readValue(lots, MOVES), rs.getString("voucher_code"));
	}
}
