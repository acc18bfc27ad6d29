package ir.vafa.rewards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RewardService implements Rewards {

	private final JdbcClient jdbc;

	RewardService(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	static IssuedReward reward(ResultSet rs, int row) throws SQLException {
		return new IssuedReward(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("reward_code"), rs.getString("voucher_code"),
				IssuedReward.Status.valueOf(rs.getString("status")), rs.getString("card_id"),
				(Integer) rs.getObject("card_cycle"), rs.getObject("purchase_id", UUID.class), rs.getString("rule_id"),
				rs.getString("rule_name"), (Integer) rs.getObject("program_version"),
				rs.getObject("reservation_id", UUID.class), rs.getTimestamp("issued_at").toInstant(),
				VoucherService.at(rs.getTimestamp("redeemed_at")), rs.getString("redeemed_by"),
				rs.getString("redeemed_purchase"));
	}
}
