package ir.vafa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.devstack.Database;
import ir.vafa.devstack.DevInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations that change data, run over rows written by the versions before them, as an upgraded installation
 * would. Flyway runs as the schema owner, as in production.
 */
class MigrationsTest {

	private static final UUID TENANT = UUID.randomUUID();
	private static final UUID MEMBER = UUID.randomUUID();
	private static final UUID PURCHASE = UUID.randomUUID();

	private Database database;
	private String url;
	private JdbcClient owner;

	@BeforeEach
	void anEmptyDatabase() {
		database = DevInfrastructure.database();
		url = database.createDatabase("vafa_migrations");
		owner = JdbcClient.create(new DriverManagerDataSource(url, database.superUser(), database.superPassword()));
	}

	@AfterEach
	void dropIt() {
		database.dropDatabase(url);
	}

	@Test
	void ledgerLinesWrittenOnePerPurchaseLineKeepTheirLineWhenLinesBecomeOnePerRule() {
		aTenantWithAMemberAtVersion("3");
		String line = """
				INSERT INTO ledger_line (tenant_id, member_id, kind, points, purchase_id, line_no, rule_id, rule_name,
				  program_version, reason, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'Rule', 1, ?, now())""";
		write(line, new Object[] { TENANT, MEMBER, "EARN", 85, PURCHASE, 1, "base", null },
				new Object[] { TENANT, MEMBER, "EARN", 63, PURCHASE, 2, "base", null },
				new Object[] { TENANT, MEMBER, "REDEEM", -100, null, null, null, "coffee" });

		migrateTo("latest");

		List<Map<String, Object>> lines = owner
			.sql("SELECT kind, points, line_nos, line_points FROM ledger_line ORDER BY id").query().listOfRows();
		assertThat(lines).extracting(row -> row.get("kind")).containsExactly("EARN", "EARN", "REDEEM");
		assertThat(numbers(lines.get(0).get("line_nos"))).containsExactly(1);
		assertThat(numbers(lines.get(0).get("line_points"))).containsExactly(85L);
		assertThat(numbers(lines.get(1).get("line_nos"))).containsExactly(2);
		assertThat(lines.get(2).get("line_nos")).isNull();
	}

	@Test
	void aStoredReceiptLeavesTheBalanceAfterItsPurchaseWhenReceiptsAreNoLongerStored() {
		aTenantWithAMemberAtVersion("5");
		String purchase = """
				INSERT INTO purchase (tenant_id, id, external_id, request_hash, member_id, store, channel, occurred_at,
				  currency, total, received_at, program_version, receipt)
				VALUES (?, ?, ?, repeat('0', 64), ?, 's', 'pos', now(), 'IRR', 100, now(), 1, CAST(? AS jsonb))""";
		write(purchase, new Object[] { TENANT, PURCHASE, "P-1", MEMBER, "{\"balance\": 548, \"pointsEarned\": 10}" },
				new Object[] { TENANT, UUID.randomUUID(), "P-2", null, "{\"balance\": null}" });

		migrateTo("latest");

		assertThat(owner.sql("SELECT balance_after FROM purchase ORDER BY external_id").query(Long.class).list())
			.containsExactly(548L, null);
	}

	@Test
	void purchaseLinesMoveIntoTheirPurchaseAndWhatWasReturnedIsStillKnownFromTheReturns() {
		aTenantWithAMemberAtVersion("6");
		write("""
				INSERT INTO purchase (tenant_id, id, external_id, request_hash, member_id, store, channel, occurred_at,
				  currency, total, received_at, program_version)
				VALUES (?, ?, ?, repeat('0', 64), ?, 's', 'pos', now(), 'IRR', ?, now(), 1)""",
				new Object[] { TENANT, PURCHASE, "P-1", MEMBER, 1_300_000 },
				new Object[] { TENANT, UUID.randomUUID(), "P-2", null, 0 });
		write("""
				INSERT INTO purchase_line (tenant_id, purchase_id, line_no, sku, category, quantity, unit_price, discount,
				  net_amount, returned_quantity)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				new Object[] { TENANT, PURCHASE, 2, "SOCKS", null, 3, 100_000, 0, 300_000, 2 },
				new Object[] { TENANT, PURCHASE, 1, "PHONE", "electronics", 1, 1_000_000, 0, 1_000_000, 0 });
		UUID giveBack = UUID.randomUUID();
		write("""
				INSERT INTO purchase_return (tenant_id, id, purchase_id, external_id, request_hash, received_at)
				VALUES (?, ?, ?, 'R-1', repeat('0', 64), now())""", new Object[] { TENANT, giveBack, PURCHASE });
		write("INSERT INTO purchase_return_line (tenant_id, return_id, line_no, quantity) VALUES (?, ?, 2, 2)",
				new Object[] { TENANT, giveBack });

		migrateTo("latest");

		assertThat(owner.sql("SELECT lines::text FROM purchase ORDER BY external_id").query(String.class).list())
			.containsExactly("""
					[{"sku": "PHONE", "line_no": 1, "category": "electronics", "discount": 0.0000, "quantity": 1, \
					"net_amount": 1000000.0000, "unit_price": 1000000.0000}, \
					{"sku": "SOCKS", "line_no": 2, "category": null, "discount": 0.0000, "quantity": 3, \
					"net_amount": 300000.0000, "unit_price": 100000.0000}]""", "[]");
		assertThat(owner.sql("SELECT to_regclass('purchase_line') IS NULL").query(Boolean.class).single()).isTrue();
		// the returns alone now say what was returned: two socks
		assertThat(owner.sql("""
				SELECT sum(rl.quantity) FROM purchase_return pr JOIN purchase_return_line rl ON rl.return_id = pr.id
				WHERE pr.purchase_id = ? AND rl.line_no = 2""").param(PURCHASE).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void programVersionsBecomeDocumentsOfSchemaOneThatReadAsTheyWerePublished() throws Exception {
		aTenantWithAMemberAtVersion("7");
		String rules = new String(MigrationsTest.class.getResourceAsStream("/program-documents/schema-1-cafe.json")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String v1Rules = new tools.jackson.databind.json.JsonMapper().readTree(rules).get("rules").toString();
		owner.sql("INSERT INTO program (tenant_id, current_version, updated_at) VALUES (?, 1, now())").param(TENANT)
			.update();
		owner.sql("""
				INSERT INTO program_version (tenant_id, version, name, currency, timezone, rounding, rules, published_at,
				  published_by)
				VALUES (?, 1, 'Café Vafa club', 'IRR', 'Asia/Tehran', 'DOWN', CAST(? AS jsonb), now(), 'admin')""")
			.params(TENANT, v1Rules).update();

		migrateTo("latest");

		String document = owner.sql("SELECT document::text FROM program_version WHERE tenant_id = ?").param(TENANT)
			.query(String.class).single();
		tools.jackson.databind.JsonNode stored = new tools.jackson.databind.json.JsonMapper().readTree(document);
		assertThat(stored.get("schemaVersion").asInt()).isEqualTo(1);
		assertThat(stored.get("rules")).isEqualTo(new tools.jackson.databind.json.JsonMapper().readTree(v1Rules));
		assertThat(owner.sql("SELECT revision FROM program WHERE tenant_id = ?").param(TENANT).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(owner.sql("SELECT action FROM program_audit WHERE tenant_id = ?").param(TENANT).query(String.class)
			.list()).containsExactly("PUBLISHED");
	}

	@Test
	void todaysLedgerBecomesLotsSpentOldestFirstAndWhatWasSpentBeyondThemADebt() {
		aTenantWithAMemberAtVersion("8");
		String line = """
				INSERT INTO ledger_line (tenant_id, member_id, kind, points, reason, created_at)
				VALUES (?, ?, ?, ?, 'x', now() + make_interval(secs => ?))""";
		// earn 100, earn 50, redeem 120, adjust +10, reverse 60: 160 earned, 180 spent
		write(line, new Object[] { TENANT, MEMBER, "EARN", 100, 1 }, new Object[] { TENANT, MEMBER, "EARN", 50, 2 },
				new Object[] { TENANT, MEMBER, "REDEEM", -120, 3 }, new Object[] { TENANT, MEMBER, "ADJUST", 10, 4 },
				new Object[] { TENANT, MEMBER, "REVERSE", -60, 5 });
		owner.sql("INSERT INTO member_account (tenant_id, member_id, points_balance) VALUES (?, ?, -20)")
			.params(TENANT, MEMBER).update();
		List<Long> ids = owner.sql("SELECT id FROM ledger_line ORDER BY id").query(Long.class).list();

		migrateTo("latest");

		assertThat(owner.sql("SELECT id, points, remaining FROM point_lot ORDER BY id").query().listOfRows())
			.extracting(r -> List.of(((Number) r.get("id")).longValue(), ((Number) r.get("points")).longValue(),
					((Number) r.get("remaining")).longValue()))
			.containsExactly(List.of(ids.get(0), 100L, 0L), List.of(ids.get(1), 50L, 0L), List.of(ids.get(3), 10L, 0L));
		assertThat(owner.sql("SELECT lot_id, line_id, points FROM lot_allocation ORDER BY line_id, lot_id").query()
			.listOfRows()).extracting(r -> List.of(((Number) r.get("lot_id")).longValue(),
					((Number) r.get("line_id")).longValue(), ((Number) r.get("points")).longValue()))
			.containsExactly(List.of(ids.get(0), ids.get(2), 100L), List.of(ids.get(1), ids.get(2), 20L),
					List.of(ids.get(1), ids.get(4), 30L), List.of(ids.get(3), ids.get(4), 10L));
		assertThat(owner.sql("SELECT line_id, outstanding FROM point_debt").query().listOfRows())
			.extracting(r -> List.of(((Number) r.get("line_id")).longValue(), ((Number) r.get("outstanding")).longValue()))
			.containsExactly(List.of(ids.get(4), 20L));
		assertThat(owner.sql("SELECT points_debt FROM member_account").query(Long.class).single()).isEqualTo(20);
	}

	@Test
	void stampsAndRewardsLearnTheCardCycleTheyBelongTo() {
		aTenantWithAMemberAtVersion("11");
		owner.sql("""
				INSERT INTO stamp_card (tenant_id, member_id, card_id, stamps, stamps_per_reward)
				VALUES (?, ?, 'coffee', 2, 3)""").params(TENANT, MEMBER).update();
		String stamp = """
				INSERT INTO stamp_event (tenant_id, member_id, card_id, delta, purchase_id, line_no, rule_id, rule_name,
				  program_version, created_at)
				VALUES (?, ?, 'coffee', 1, ?, 1, 'card', 'Card', 1, now())""";
		for (int i = 0; i < 5; i++) {
			write(stamp, new Object[] { TENANT, MEMBER, UUID.randomUUID() });
		}
		owner.sql("""
				INSERT INTO issued_reward (tenant_id, id, member_id, reward_code, card_id, status, rule_id, rule_name,
				  program_version, issued_at)
				VALUES (?, ?, ?, 'free', 'coffee', 'ISSUED', 'card', 'Card', 1, now())""")
			.params(TENANT, UUID.randomUUID(), MEMBER).update();

		migrateTo("latest");

		assertThat(owner.sql("SELECT cycle FROM stamp_card").query(Integer.class).single()).isEqualTo(2);
		assertThat(owner.sql("SELECT card_cycle FROM issued_reward").query(Integer.class).single()).isEqualTo(1);
		assertThat(owner.sql("SELECT cycle FROM stamp_event ORDER BY id").query(Integer.class).list())
			.containsExactly(1, 1, 1, 2, 2);
	}

	@Test
	void rewardsIssuedBeforeVouchersGetUniqueCodesWhoseCheckCharacterMatches() {
		aTenantWithAMemberAtVersion("16");
		for (int i = 0; i < 50; i++) {
			owner.sql("""
					INSERT INTO issued_reward (tenant_id, id, member_id, reward_code, card_id, card_cycle, status, rule_id,
					  rule_name, program_version, issued_at)
					VALUES (?, ?, ?, 'free', 'coffee', ?, 'ISSUED', 'card', 'Card', 1, now())""")
				.params(TENANT, UUID.randomUUID(), MEMBER, i + 1).update();
		}

		migrateTo("latest");

		List<String> codes = owner.sql("SELECT voucher_code FROM issued_reward").query(String.class).list();
		assertThat(codes).hasSize(50).doesNotHaveDuplicates();
		assertThat(codes).allSatisfy(code -> assertThat(ir.vafa.rewards.VoucherCode.parse(code)).isPresent());
	}

	@Test
	void aLedgerLineWhoseLinesDoNotAddUpToItsPointsIsRefused() {
		aTenantWithAMemberAtVersion("latest");
		String line = """
				INSERT INTO ledger_line (tenant_id, member_id, kind, points, purchase_id, line_nos, line_points,
				  created_at)
				VALUES (?, ?, 'EARN', ?, ?, CAST(? AS int[]), CAST(? AS bigint[]), now())""";

		owner.sql(line).params(TENANT, MEMBER, 148, PURCHASE, "{1,2}", "{85,63}").update();
		assertThatThrownBy(() -> owner.sql(line).params(TENANT, MEMBER, 150, PURCHASE, "{1,2}", "{85,63}").update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ledger_line_attribution");
		assertThatThrownBy(() -> owner.sql(line).params(TENANT, MEMBER, 85, PURCHASE, "{1,2}", "{85}").update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ledger_line_attribution");
		assertThatThrownBy(() -> owner.sql(line).params(TENANT, MEMBER, 85, null, "{1}", "{85}").update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ledger_line_attribution");
		assertThatThrownBy(() -> owner.sql(line).params(TENANT, MEMBER, 85, PURCHASE, "{1}", null).update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ledger_line_attribution");
		assertThatThrownBy(() -> owner.sql(line).params(TENANT, MEMBER, 85, PURCHASE, "{1,NULL}", "{85,0}").update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ledger_line_attribution");
	}

	private void write(String sql, Object[]... rows) {
		for (Object[] row : rows) {
			owner.sql(sql).params(row).update();
		}
	}

	/** The schema as of {@code version}, with one tenant and one member: what older rows need. */
	private void aTenantWithAMemberAtVersion(String version) {
		migrateTo(version);
		owner.sql("INSERT INTO tenant VALUES (?, 'shop', 'A shop', 'ACTIVE', 'a@shop.example', NULL, now(), now())")
			.param(TENANT).update();
		owner.sql("INSERT INTO member (tenant_id, id, card_number, enrolled_at) VALUES (?, ?, 'C-1', now())")
			.params(TENANT, MEMBER).update();
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(url, database.superUser(), database.superPassword())
			.placeholders(Map.of("appRole", "vafa_app", "appPassword", "vafa_app", "createAppRole", "true"))
			.target(version)
			.load()
			.migrate();
	}

	private static List<Number> numbers(Object array) {
		try {
			return List.of((Number[]) ((Array) array).getArray());
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
