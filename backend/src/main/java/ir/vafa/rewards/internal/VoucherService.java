package ir.vafa.rewards.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.Purchases;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.IssuedReward.Status;
import ir.vafa.rewards.Voucher;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.rewards.VoucherRedeemed;
import ir.vafa.rewards.VoucherRedemption;
import ir.vafa.rewards.Vouchers;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vouchers are the issued rewards' rows. A redemption locks its row, so of two tills redeeming one code at once the
 * second waits, then finds it redeemed. It takes no other lock: it never waits for a member's purchases.
 */
@Service
class VoucherService implements Vouchers {

	private final JdbcClient jdbc;
	private final Catalog catalog;
	private final Members members;
	private final Purchases purchases;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	VoucherService(JdbcClient jdbc, Catalog catalog, Members members, Purchases purchases,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.members = members;
		this.purchases = purchases;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Voucher validate(VoucherCode code) {
		return view(find(code, false).orElseThrow(() -> unknown(code)));
	}

	@Override
	@Transactional
	public Voucher redeem(VoucherCode code, VoucherRedemption redemption, String idempotencyKey, String actor) {
		String purchase = redemption == null ? null : redemption.purchaseExternalId();
		// the purchase's row before the voucher's, in the order its returns lock them: a return whole then restores
		// this voucher, or this redemption sees the return
		boolean returned = purchase != null && purchases.lockAndTellReturned(purchase).orElse(false);
		IssuedRow row = find(code, true).orElseThrow(() -> unknown(code));
		IssuedReward reward = row.reward();
		switch (reward.status()) {
			case REDEEMED -> {
				if (idempotencyKey != null && idempotencyKey.equals(row.redemptionKey())
						&& Objects.equals(purchase, reward.redeemedPurchase())) {
					return view(row);
				}
				throw ApiProblem.conflict("code", "The voucher was redeemed at " + reward.redeemedAt()
						+ (reward.redeemedPurchase() == null ? "" : " with purchase " + reward.redeemedPurchase()));
			}
			case REVOKED -> throw ApiProblem.conflict("code",
					"The voucher was revoked: a return took back the stamp that earned it");
			case EXPIRED -> throw expired(reward);
			case ISSUED, CHOOSING -> {
			}
		}
		Instant now = clock.instant();
		if (reward.statusAt(now) == Status.EXPIRED) {
			throw expired(reward);
		}
		if (purchase != null) {
			PurchaseReceipt receipt = purchases.receipt(purchase).orElseThrow(
					() -> ApiProblem.invalid("purchaseExternalId", "the tenant has no purchase " + purchase));
			if (receipt.memberId() != null && !receipt.memberId().equals(reward.memberId())) {
				throw ApiProblem.invalid("purchaseExternalId", "the purchase is another member's");
			}
			if (returned) {
				throw ApiProblem.invalid("purchaseExternalId", "part of the purchase has come back");
			}
		}
		jdbc.sql("""
				UPDATE issued_reward SET status = 'REDEEMED', redeemed_at = ?, redeemed_by = ?, redeemed_purchase = ?,
				  redemption_key = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(Timestamp.from(now), actor, purchase, idempotencyKey, CurrentTenant.id(), reward.id())
			.update();
		events.publishEvent(new VoucherRedeemed(CurrentTenant.id(), reward.memberId(), reward.id(),
				reward.rewardCode(), reward.voucherCode(), purchase));
		return view(find(code, false).orElseThrow());
	}

	@Override
	@Transactional
	public IssuedReward issueForReservation(UUID member, String rewardCode, UUID reservation,
			String purchaseExternalId, String actor) {
		Optional<IssuedReward> earlier = jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND reservation_id = ?")
			.params(CurrentTenant.id(), reservation)
			.query(RewardService::reward)
			.optional();
		if (earlier.isPresent()) {
			return earlier.get();
		}
		UUID id = Ids.timeOrdered();
		Instant at = clock.instant();
		Timestamp now = Timestamp.from(at);
		boolean used = purchaseExternalId != null;
		Instant expires = catalog.get(rewardCode).map(r -> r.definition().voucherExpiry(at)).orElse(null);
		return jdbc.sql("""
				INSERT INTO issued_reward (tenant_id, id, member_id, reward_code, status, reservation_id, issued_at,
				  voucher_code, redeemed_at, redeemed_by, redeemed_purchase, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *""")
			.params(CurrentTenant.id(), id, member, rewardCode, used ? "REDEEMED" : "ISSUED", reservation, now,
					VoucherCode.random().value(), used ? now : null, used ? actor : null, purchaseExternalId,
					expires == null ? null : Timestamp.from(expires))
			.query(RewardService::reward)
			.single();
	}

	private record IssuedRow(IssuedReward reward, String redemptionKey) {
	}

	private Optional<IssuedRow> find(VoucherCode code, boolean forUpdate) {
		return jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND voucher_code = ?"
				+ (forUpdate ? " FOR UPDATE" : ""))
			.params(CurrentTenant.id(), code.value())
			.query((rs, n) -> new IssuedRow(RewardService.reward(rs, n), rs.getString("redemption_key")))
			.optional()
			// a reward still being chosen has no voucher yet: its placeholder code is no code at all
			.filter(row -> row.reward().status() != Status.CHOOSING);
	}

	private Voucher view(IssuedRow row) {
		IssuedReward r = row.reward();
		Optional<CatalogReward> inCatalog = catalog.get(r.rewardCode());
		Optional<MemberView> member = members.get(r.memberId());
		Status status = r.statusAt(clock.instant());
		return new Voucher(r.voucherCode(), new VoucherCode(r.voucherCode()).grouped(), status,
				status == Status.ISSUED, r.rewardCode(),
				inCatalog.map(c -> c.definition().kind()).orElse(null),
				inCatalog.map(c -> c.definition().name()).orElse(null), r.id(), r.memberId(),
				member.map(MemberView::cardNumber).orElse(null), member.map(MemberView::displayName).orElse(null),
				r.reservationId() != null ? Voucher.Source.RESERVATION
						: r.tierId() != null ? Voucher.Source.TIER : Voucher.Source.STAMP_CARD,
				r.issuedAt(), r.expiresAt(), r.redeemedAt(), r.redeemedBy(), r.redeemedPurchase());
	}

	private static ApiProblem expired(IssuedReward reward) {
		return ApiProblem.conflict("code", "The voucher expired at " + reward.expiresAt());
	}

	/** Never "another tenant's": RLS and the tenant's id make those as unknown as codes never issued. */
	private static ApiProblem unknown(VoucherCode code) {
		return ApiProblem.notFound("No voucher " + code.grouped());
	}

	static Instant at(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
