package ir.vafa.rewards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import ir.vafa.platform.WriteBatch;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import ir.vafa.rewards.StampEvent;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class RewardService implements Rewards {

	private static final String RECORD_EVENT = """
			INSERT INTO stamp_event (tenant_id, member_id, card_id, delta, purchase_id, line_no, return_id, rule_id,
			  rule_name, program_version, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;
	private final Clock clock;

	RewardService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> stampsOnCards(UUID member) {
		return cards(member).stream().collect(Collectors.toMap(StampCard::cardId, StampCard::stamps));
	}

	@Override
	@Transactional(readOnly = true)
	public List<StampCard> cards(UUID member) {
		return jdbc.sql("SELECT card_id, stamps, stamps_per_reward FROM stamp_card WHERE tenant_id = ? AND member_id = ? ORDER BY card_id")
			.params(CurrentTenant.id(), member)
			.query((rs, n) -> new StampCard(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	@Override
	public void stamp(WriteBatch batch, StampEvent stamp, int stampsPerReward) {
		UUID tenant = CurrentTenant.id();
		batch.add("""
				INSERT INTO stamp_card (tenant_id, member_id, card_id, stamps, stamps_per_reward) VALUES (?, ?, ?, 1, ?)
				ON CONFLICT (tenant_id, member_id, card_id)
				DO UPDATE SET stamps = stamp_card.stamps + 1, stamps_per_reward = EXCLUDED.stamps_per_reward""",
				tenant, stamp.memberId(), stamp.cardId(), stampsPerReward);
		batch.add(RECORD_EVENT, eventParams(tenant, stamp));
	}

	@Override
	public void issue(WriteBatch batch, UUID id, UUID member, UUID purchase, String cardId, String rewardCode,
			String ruleId, String ruleName, int programVersion) {
		UUID tenant = CurrentTenant.id();
		if (cardId != null) {
			batch.add("UPDATE stamp_card SET stamps = 0 WHERE tenant_id = ? AND member_id = ? AND card_id = ?", tenant,
					member, cardId);
		}
		batch.add("""
				INSERT INTO issued_reward (tenant_id, id, member_id, reward_code, card_id, status, purchase_id, rule_id,
				  rule_name, program_version, issued_at)
				VALUES (?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?, ?, ?)""", tenant, id, member, rewardCode, cardId, purchase,
				ruleId, ruleName, programVersion, Timestamp.from(clock.instant()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void unstamp(StampEvent stamp) {
		UUID tenant = CurrentTenant.id();
		StampCard card = jdbc.sql("""
				SELECT card_id, stamps, stamps_per_reward FROM stamp_card
				WHERE tenant_id = ? AND member_id = ? AND card_id = ? FOR UPDATE""")
			.params(tenant, stamp.memberId(), stamp.cardId())
			.query((rs, n) -> new StampCard(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.single();
		int stamps = card.stamps() - 1;
		if (stamps < 0) {
			int revoked = jdbc.sql("""
					UPDATE issued_reward SET status = 'REVOKED'
					WHERE tenant_id = ? AND id = (SELECT id FROM issued_reward WHERE tenant_id = ? AND member_id = ?
					  AND card_id = ? AND status = 'ISSUED' ORDER BY issued_at DESC LIMIT 1)""")
				.params(tenant, tenant, stamp.memberId(), stamp.cardId())
				.update();
			// A reward already used cannot be taken back; the card then simply stays empty.
			stamps = revoked == 1 ? card.stampsPerReward() - 1 : 0;
		}
		jdbc.sql("UPDATE stamp_card SET stamps = ? WHERE tenant_id = ? AND member_id = ? AND card_id = ?")
			.params(stamps, tenant, stamp.memberId(), stamp.cardId())
			.update();
		record(tenant, stamp);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StampEvent> stampsFor(UUID purchase) {
		return jdbc.sql("SELECT * FROM stamp_event WHERE tenant_id = ? AND purchase_id = ? ORDER BY id")
			.params(CurrentTenant.id(), purchase)
			.query((rs, n) -> new StampEvent(rs.getObject("member_id", UUID.class), rs.getString("card_id"),
					rs.getInt("delta"), rs.getObject("purchase_id", UUID.class), rs.getInt("line_no"),
					rs.getObject("return_id", UUID.class), rs.getString("rule_id"), rs.getString("rule_name"),
					rs.getInt("program_version")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedReward> rewardsFor(UUID member) {
		return jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND member_id = ? ORDER BY issued_at DESC")
			.params(CurrentTenant.id(), member)
			.query(RewardService::reward)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedReward> rewardsForPurchase(UUID purchase) {
		return jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND purchase_id = ? ORDER BY issued_at")
			.params(CurrentTenant.id(), purchase)
			.query(RewardService::reward)
			.list();
	}

	private Object[] eventParams(UUID tenant, StampEvent stamp) {
		return new Object[] { tenant, stamp.memberId(), stamp.cardId(), stamp.delta(), stamp.purchaseId(),
				stamp.lineNo(), stamp.returnId(), stamp.ruleId(), stamp.ruleName(), stamp.programVersion(),
				Timestamp.from(clock.instant()) };
	}

	private void record(UUID tenant, StampEvent stamp) {
		jdbc.sql(RECORD_EVENT).params(eventParams(tenant, stamp)).update();
	}

	private static IssuedReward reward(ResultSet rs, int row) throws SQLException {
		return new IssuedReward(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("reward_code"), rs.getString("card_id"), IssuedReward.Status.valueOf(rs.getString("status")),
				rs.getObject("purchase_id", UUID.class), rs.getString("rule_id"), rs.getString("rule_name"),
				rs.getInt("program_version"), rs.getTimestamp("issued_at").toInstant());
	}
}
