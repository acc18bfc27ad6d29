package ir.vafa.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.Test;

/** A POS may send a purchase any number of times: it is recorded once. */
class IdempotencyTest extends ApiTest {

	@Test
	void theSamePurchaseAgainAnswersTheFirstReceipt() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "I-1");
		Map<String, Object> body = purchase("i-1", "I-1", Instant.now(), line("TV", "electronics", 1, "990000"));

		Api.Reply first = retail.pos().post("/api/purchases", body);
		Api.Reply again = retail.pos().post("/api/purchases", body);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(balance(retail, member)).isEqualTo(first.json().get("pointsEarned").asLong());
	}

	@Test
	void aRetryAnswersTheFirstReceiptAfterTheMembersHistoryMovedOnAndTheStampedLineCameBack() {
		TestTenant cafe = tenant("cafe", DemoPrograms.cafe());
		enroll(cafe, "I-5");
		Api pos = cafe.pos();
		for (int visit = 1; visit <= 4; visit++) {
			pos.post("/api/purchases", purchase("i-5-" + visit, "I-5", Instant.now().minusSeconds(60 - visit),
					line("LATTE", "coffee", 1, "120000")));
		}
		// The fifth visit: points on two lines, a stamp, and the card's reward
		Map<String, Object> fifth = purchase("i-5-5", "I-5", Instant.now().minusSeconds(30),
				line("LATTE", "coffee", 2, "120000"), line("CAKE", "pastry", 1, "90000"));
		Api.Reply first = pos.post("/api/purchases", fifth);
		assertThat(first.json().get("rewards")).hasSize(1);
		assertThat(first.json().get("awards").size()).isGreaterThanOrEqualTo(2);

		pos.post("/api/purchases", purchase("i-5-6", "I-5", Instant.now().minusSeconds(20), line("LATTE", "coffee", 1, "120000")));
		Api.Reply returned = pos.post("/api/purchases/i-5-5/returns",
				Map.of("returnId", "i-5-5-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 2) }));
		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);

		Api.Reply again = pos.post("/api/purchases", fifth);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(pos.get("/api/purchases/i-5-5").json()).isEqualTo(first.json());
	}

	@Test
	void anAnonymousPurchaseAgainAnswersItsFirstReceipt() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		Map<String, Object> body = purchase("i-6", null, Instant.now(), line("TV", "electronics", 1, "990000"));

		Api.Reply first = retail.pos().post("/api/purchases", body);
		Api.Reply again = retail.pos().post("/api/purchases", body);

		assertThat(first.json().get("memberId").isNull()).isTrue();
		assertThat(again.json()).isEqualTo(first.json());
	}

	@Test
	void theSameIdWithDifferentContentIsAConflict() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		enroll(retail, "I-2");
		Instant at = Instant.now();
		retail.pos().post("/api/purchases", purchase("i-2", "I-2", at, line("TV", "electronics", 1, "990000")));

		Api.Reply changed = retail.pos().post("/api/purchases", purchase("i-2", "I-2", at, line("TV", "electronics", 1, "990001")));

		assertThat(changed.status()).isEqualTo(409);
		assertThat(changed.contentType()).startsWith("application/problem+json");
		assertThat(changed.fields()).containsExactly("externalId");
	}

	@Test
	void fiftyIdenticalSubmissionsInParallelProduceExactlyOneAward() throws Exception {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "I-3");
		Map<String, Object> body = purchase("i-3", "I-3", Instant.now(), line("TV", "electronics", 1, "5000000"));
		Api pos = retail.pos();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Api.Reply>> calls = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			calls.add(() -> {
				start.await();
				return pos.post("/api/purchases", body);
			});
		}

		List<Api.Reply> replies = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
			List<Future<Api.Reply>> futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<Api.Reply> f : futures) {
				replies.add(f.get());
			}
		}

		assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
		assertThat(replies.stream().map(r -> r.json().get("purchaseId").asString()).distinct()).hasSize(1);
		assertThat(balance(retail, member)).isEqualTo(1000);
		assertThat(pos.get("/api/members/" + member + "/history").json()).hasSize(2);
		assertThat(pos.get("/api/members/" + member + "/balance").json().get("purchaseCount").asInt()).isEqualTo(1);
	}
}
