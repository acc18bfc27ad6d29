package ir.vafa.rewards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.platform.ApiProblem;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.RewardChosen;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RewardService implements Rewards {

	/** Who chose when the deadline did. */
	static final String SYSTEM = "system";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Catalog catalog;

	RewardService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Catalog catalog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.catalog = catalog;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StampCard> cards(UUID member) {
		return jdbc.sql("""
				SELECT card_id, stamps, stamps_per_reward, cycle FROM stamp_card
				WHERE tenant_id = ? AND member_id = ? ORDER BY card_id""")
			.params(CurrentTenant.id(), member)
			.query((rs, n) -> new StampCard(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedReward> rewardsFor(UUID member) {
		return jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND member_id = ? ORDER BY issued_at DESC, id DESC")
			.params(CurrentTenant.id(), member)
			.query(RewardService::reward)
			.list();
	}

	/** A reward still being chosen has no voucher yet: the placeholder code its row holds is never shown. */
	@Override
	@Transactional
	public IssuedReward choose(UUID member, UUID reward, String rewardCode, String actor) {
		IssuedReward found = jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND id = ? AND member_id = ? FOR UPDATE")
			.params(CurrentTenant.id(), reward, member)
			.query(RewardService::reward)
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("The member has no reward " + reward));
		if (found.status() != IssuedReward.Status.CHOOSING) {
			if (found.chosenAt() != null && found.rewardCode().equals(rewardCode)) {
				return found;
			}
			throw ApiProblem.conflict("reward", found.chosenAt() != null
					? "The reward was chosen already: " + found.rewardCode()
					: found.choices().isEmpty() ? "The reward offers no choice" : "The reward was " + found.status());
		}
		if (!found.choices().contains(rewardCode)) {
			throw ApiProblem.invalid("reward", "must be one of " + String.join(", ", found.choices()));
		}
		Instant now = clock.instant();
		if (!now.isBefore(found.chooseBy())) {
			throw ApiProblem.conflict("reward", "The time to choose ended at " + found.chooseBy() + ": "
					+ found.rewardCode() + " is given");
		}
		settle(reward, rewardCode, now, actor);
		return jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND id = ?")
			.params(CurrentTenant.id(), reward)
			.query(RewardService::reward)
			.single();
	}

	/**
	 * Gives the rewards whose time to choose is up the one their card names first, each with its voucher now. Rows a
	 * member is choosing at this moment are skipped (they are theirs), so two runs at once give nothing twice.
	 */
	@Transactional
	int settleDue(Instant now, int batch) {
		List<Object[]> due = jdbc.sql("""
				SELECT id, reward_code FROM issued_reward WHERE tenant_id = ? AND status = 'CHOOSING' AND choose_by <= ?
				ORDER BY choose_by LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(CurrentTenant.id(), Timestamp.from(now), batch)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.list();
		due.forEach(row -> settle((UUID) row[0], (String) row[1], now, SYSTEM));
		return due.size();
	}

	/**
	 * Marks the issued vouchers past their {@code expires_at} as expired, a batch at a time; rows being redeemed at
	 * this moment are skipped (the redemption sees the expiry itself).
	 */
	@Transactional
	int expireDue(Instant now, int batch) {
		return jdbc.sql("""
				UPDATE issued_reward SET status = 'EXPIRED' WHERE tenant_id = ? AND id IN (
				  SELECT id FROM issued_reward WHERE tenant_id = ? AND status = 'ISSUED' AND expires_at <= ?
				  ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)""")
			.params(CurrentTenant.id(), CurrentTenant.id(), Timestamp.from(now), batch)
			.update();
	}

	/** The voucher is made now: nobody saw the placeholder the row held. Told once, by the update that chose. */
	private void settle(UUID reward, String rewardCode, Instant now, String actor) {
		String voucher = VoucherCode.random().value();
		Instant expires = catalog.get(rewardCode).map(r -> r.definition().voucherExpiry(now)).orElse(null);
		List<UUID> member = jdbc.sql("""
				UPDATE issued_reward SET status = 'ISSUED', reward_code = ?, voucher_code = ?, chosen_at = ?, chosen_by = ?,
				  expires_at = ?
				WHERE tenant_id = ? AND id = ? AND status = 'CHOOSING' RETURNING member_id""")
			.params(rewardCode, voucher, Timestamp.from(now), actor, expires == null ? null : Timestamp.from(expires),
					CurrentTenant.id(), reward)
			.query(UUID.class)
			.list();
		member.forEach(m -> events.publishEvent(new RewardChosen(CurrentTenant.id(), m, reward, rewardCode, voucher,
				actor)));
	}

	static IssuedReward reward(ResultSet rs, int row) throws SQLException {
		IssuedReward.Status status = IssuedReward.Status.valueOf(rs.getString("status"));
		java.sql.Array choices = rs.getArray("choices");
		return new IssuedReward(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("reward_code"), status == IssuedReward.Status.CHOOSING ? null : rs.getString("voucher_code"),
				status, rs.getString("card_id"),
				(Integer) rs.getObject("card_cycle"), rs.getObject("purchase_id", UUID.class), rs.getString("rule_id"),
				rs.getString("rule_name"), (Integer) rs.getObject("program_version"),
				rs.getObject("reservation_id", UUID.class), rs.getTimestamp("issued_at").toInstant(),
				VoucherService.at(rs.getTimestamp("redeemed_at")), rs.getString("redeemed_by"),
				rs.getString("redeemed_purchase"), choices == null ? null : List.of((String[]) choices.getArray()),
				VoucherService.at(rs.getTimestamp("choose_by")), VoucherService.at(rs.getTimestamp("chosen_at")),
				rs.getString("chosen_by"), rs.getString("tier_id"), VoucherService.at(rs.getTimestamp("expires_at")));
	}
}
