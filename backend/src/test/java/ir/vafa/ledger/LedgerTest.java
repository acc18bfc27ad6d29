package ir.vafa.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tenancy.CurrentTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Spending and adjusting points: balances never go wrong, retries never spend twice. */
class LedgerTest extends ApiTest {

	private TestTenant retail;
	private UUID member;

	@BeforeEach
	void memberWith1000Points() {
		retail = tenant("ledger", DemoPrograms.retailRules());
		member = enroll(retail, "L-1");
		retail.pos().post("/api/purchases", purchase("l-1", "L-1", Instant.now(), line("TV", "electronics", 1, "5000000")));
		assertThat(balance(retail, member)).isEqualTo(1000);
	}

	@Test
	void aMemberCanSpendPointsAndAnOverdrawIsRefused() {
		Api.Reply spent = retail.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 600, "reason", "gift card"));
		assertThat(spent.status()).isEqualTo(201);
		assertThat(spent.json().get("points").asLong()).isEqualTo(-600);

		Api.Reply overdraw = retail.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 401));
		assertThat(overdraw.status()).isEqualTo(409);
		assertThat(overdraw.fields()).containsExactly("points");
		assertThat(balance(retail, member)).isEqualTo(400);
	}

	@Test
	void aRedemptionRetriedWithItsKeySpendsOnce() {
		Api pos = retail.pos();
		Api.Reply first = pos.post("/api/members/" + member + "/redemptions", Map.of("points", 300), "redeem-1");
		Api.Reply again = pos.post("/api/members/" + member + "/redemptions", Map.of("points", 300), "redeem-1");
		Api.Reply otherUse = pos.post("/api/members/" + member + "/redemptions", Map.of("points", 5), "redeem-1");

		assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(otherUse.status()).isEqualTo(409);
		assertThat(balance(retail, member)).isEqualTo(700);
	}

	@Test
	void concurrentRedemptionsNeverOverdraw() throws Exception {
		Api pos = retail.pos();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Reply>> replies = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (int i = 0; i < 20; i++) {
				replies.add(pool.submit(() -> {
					start.await();
					return pos.post("/api/members/" + member + "/redemptions", Map.of("points", 150));
				}));
			}
			start.countDown();
			long accepted = 0;
			for (Future<Api.Reply> reply : replies) {
				int status = reply.get().status();
				assertThat(status).isIn(201, 409);
				accepted += status == 201 ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(6);
		}
		assertThat(balance(retail, member)).isEqualTo(100);
	}

	@Test
	void onlyTenantAdminsAdjustAndEveryAdjustmentHasAReason() {
		assertThat(retail.pos().post("/api/members/" + member + "/adjustments", Map.of("points", 50, "reason", "x"))
			.status()).isEqualTo(403);
		Api.Reply noReason = retail.admin().post("/api/members/" + member + "/adjustments", Map.of("points", 50));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.fields()).containsExactly("reason");

		Api.Reply adjusted = retail.admin().post("/api/members/" + member + "/adjustments",
				Map.of("points", -250, "reason", "double-scanned receipt"));
		assertThat(adjusted.status()).isEqualTo(201);
		assertThat(adjusted.json().get("why").asString()).contains("double-scanned receipt");
		assertThat(balance(retail, member)).isEqualTo(750);
	}
}
