package ir.vafa.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.donations.Donations;
import ir.vafa.ledger.Ledger;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.redemptions.Redemptions;
import ir.vafa.redemptions.Reservation;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The till in headless Chromium, in Persian, through the Keycloak login: the tenant admin adds a cashier on the
 * staff screen; the cashier logs in, finds a member with 1,000 points by card, reserves a reward of 400 points
 * (held), then confirms it (spent) without a purchase, so it is a voucher; redeems the voucher by its code, once;
 * and gives 100 of the member's points to the demo's charity, which the shop's admin then finds in the charity's
 * totals and in the export. Screenshots {@code till-*} go to {@code target/screenshots}.
 */
class TillBrowserTest extends BrowserTestSupport {

	@Autowired
	TenantDirectory tenants;

	@Autowired
	Members members;

	@Autowired
	Ledger ledger;

	@Autowired
	Catalog catalog;

	@Autowired
	Redemptions redemptions;

	@Autowired
	Donations donations;

	@Test
	void anAdminAddsACashierWhoReservesARewardRedeemsItsVoucherAndGivesPointsToACharity() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		String card = "TILL-" + suffix;
		String code = "till-socks-" + suffix;
		UUID tenant = tenants.findBySlug("demo-retail").orElseThrow().id();
		UUID member = CurrentTenant.callAs(tenant, () -> {
			UUID id = members.enroll(new NewMember(null, null, card, "آزمون صندوق", null, null, null)).id();
			ledger.adjust(id, 1000, "credit for the till's browser test", "till-credit-" + suffix, "test");
			catalog.create(new RewardDefinition(code, RewardKind.FREE_PRODUCT, new Texts("Free socks", "جوراب رایگان"),
					null, 400, null, "SOCKS-1", null, null, null, null, null, null, List.of(), null), "test");
			return id;
		});

		// The admin gives the shop's cashier a login, then the cashier works the till.
		String cashier = "cashier-" + suffix + "@demo-retail.example";
		logInInPersian("admin@demo-retail.example", "demo-password");
		browser.open(console("/staff"));
		browser.click("staff-add");
		browser.type("staff-username", cashier);
		browser.type("staff-password", "Cashier-pass-" + suffix);
		browser.click("staff-save");
		browser.until(driver -> gridTexts("staff-grid").contains(cashier));
		assertThat(gridTexts("staff-grid")).contains("صندوق‌دار");
		browser.screenshot("till-0-staff-fa");
		browser.click("logout");
		browser.visible(By.id("kc-login"));
		browser.logInAtKeycloak(cashier, "Cashier-pass-" + suffix);
		browser.visible(By.id("till-search"));
		inPersian();
		assertThat(browser.all(By.cssSelector("vaadin-side-nav-item")).stream().map(Chromium::text))
			.as("a cashier sees the till only").containsExactly("صندوق");
		browser.type("till-search", card);
		browser.click("till-find");
		assertThat(Chromium.text(browser.visible(By.id("till-available")))).isEqualTo("۱٬۰۰۰");
		browser.screenshot("till-1-member-fa");

		browser.click("till-reserve-" + code);
		browser.until(driver -> "۴۰۰".equals(Chromium.text(browser.visible(By.id("till-held")))));
		assertThat(Chromium.text(browser.visible(By.id("till-available")))).isEqualTo("۶۰۰");
		Reservation held = CurrentTenant.callAs(tenant, () -> redemptions.forMember(member, 1).getFirst());
		assertThat(held.status()).isEqualTo(Reservation.Status.HELD);
		browser.screenshot("till-2-reserved-fa");

		browser.click("till-confirm-" + held.id());
		browser.until(driver -> "۰".equals(Chromium.text(browser.visible(By.id("till-held")))));
		assertThat(Chromium.text(browser.visible(By.id("till-available")))).isEqualTo("۶۰۰");
		assertThat(browser.all(By.id("till-confirm-" + held.id()))).isEmpty();
		browser.screenshot("till-3-confirmed-fa");

		Reservation confirmed = CurrentTenant.callAs(tenant, () -> redemptions.get(held.id()));
		assertThat(confirmed.status()).isEqualTo(Reservation.Status.CONFIRMED);
		assertThat(CurrentTenant.callAs(tenant, () -> ledger.balance(member).pointsBalance())).isEqualTo(600);
		// confirmed without a purchase: the reward is a voucher the member can use later, at any till
		String voucher = new VoucherCode(confirmed.voucherCode()).grouped();
		assertThat(Chromium.text(browser.visible(By.id("till-voucher-" + held.id())))).contains(voucher);

		browser.type("voucher-code", voucher.toLowerCase());
		browser.click("voucher-check");
		assertThat(Chromium.text(browser.visible(By.id("voucher-status")))).isEqualTo("قابل استفاده");
		assertThat(Chromium.text(browser.visible(By.id("voucher-what")))).startsWith("جوراب رایگان، برای آزمون صندوق");
		browser.click("voucher-redeem");
		browser.until(driver -> Chromium.text(browser.visible(By.id("voucher-status"))).startsWith("در "));
		assertThat(browser.all(By.id("voucher-redeem"))).isEmpty();
		browser.click("voucher-check");
		// the check draws the panel again: read the status once it is the new one (a used voucher stays used)
		browser.until(driver -> Chromium.text(browser.visible(By.id("voucher-status"))).endsWith("استفاده شده"));
		browser.screenshot("till-4-voucher-redeemed-fa");

		browser.type("till-donate-points-mahak", "100");
		browser.click("till-donate-mahak");
		browser.until(driver -> "۵۰۰".equals(Chromium.text(browser.visible(By.id("till-available")))));
		browser.screenshot("till-5-donated-fa");
		assertThat(CurrentTenant.callAs(tenant, () -> donations.forMember(member, 5)))
			.singleElement().satisfies(d -> {
				assertThat(d.points()).isEqualTo(100);
				assertThat(d.amount().amount()).isEqualByComparingTo("100000");
			});

		// the shop's admin sees the charity's total, and exports the donations to settle with it
		browser.click("logout");
		browser.visible(By.id("kc-login"));
		browser.logInAtKeycloak("admin@demo-retail.example", "demo-password");
		// the console's landing page first: opening another while the login's redirect still loads can lose it
		browser.visible(By.id("member-search"));
		browser.open(console("/charity"));
		browser.visible(By.id("charity-totals"));
		browser.until(driver -> gridTexts("charity-totals").contains("مؤسسهٔ خیریهٔ محک")
				|| gridTexts("charity-totals").contains("Mahak children's cancer charity"));
		browser.screenshot("till-6-charity");
		String href = String.valueOf(browser.script("return arguments[0].href", browser.visible(By.id("charity-export"))));
		String csv = String.valueOf(browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
				+ " x.send(); return x.responseText;", href));
		assertThat(csv.lines().findFirst().orElse("")).contains("donationId,donatedAt");
		assertThat(csv).contains(member + ",100,100000,IRR,");
	}
}
