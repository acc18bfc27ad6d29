package ir.vafa.ledger.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tenancy.CurrentTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountLockTest extends ApiTest {

	@Test
	void anAccountIsLockedOnlyInsideATransactionWhereTheLockLastsUntilItsEnd(@Autowired LedgerService ledger) {
		TestTenant retail = tenant("lock", DemoPrograms.retail());
		UUID member = enroll(retail, "L-1");

		assertThatThrownBy(() -> CurrentTenant.callAs(retail.id(), () -> ledger.lockAccount(member)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("inside a transaction");
	}
}
