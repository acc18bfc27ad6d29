package ir.vafa.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardKind;
import ir.vafa.ledger.Ledger;
import ir.vafa.memberpage.MemberPages;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.redemptions.Redemptions;
import ir.vafa.redemptions.Reservation;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.NewStaffMember;
import ir.vafa.tenancy.Roles;
import ir.vafa.tenancy.Staff;
import ir.vafa.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One reward's life across the three people who touch it, in headless Chromium, each through the Keycloak login:
 * the shop's marketer adds "free tote bag" (300 points, 5 in stock) on the catalog screen, in Persian; a cashier
 * finds a member with 1,000 points, reserves the bag and confirms it, which gives the member a voucher; the member's
 * own page, on a phone and in Persian, shows the voucher's code to show at the till; the cashier redeems the code;
 * and the member's page then shows the bag used, the 300 points spent and 700 left. Screenshots {@code journey-*}
 * go to {@code target/screenshots}.
 */
class RewardJourneyBrowserTest extends BrowserTestSupport {

	@Autowired
	TenantDirectory tenants;

	@Autowired
	Staff staff;

	@Autowired
	Members members;

	@Autowired
	Ledger ledger;

	@Autowired
	Catalog catalog;

	@Autowired
	Redemptions redemptions;

	@Autowired
	MemberPages pages;

	@Test
	void aMarketerAddsARewardACashierRedeemsItAndTheMembersPageShowsItSpent() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		String code = "tote-" + suffix;
		String card = "JOURNEY-" + suffix.toUpperCase(java.util.Locale.ROOT);
		String marketer = "marketer-" + suffix + "@demo-retail.example";
		String cashier = "cashier-" + suffix + "@demo-retail.example";
		UUID tenant = tenants.findBySlug("demo-retail").orElseThrow().id();
		UUID member = CurrentTenant.callAs(tenant, () -> {
			staff.add(new NewStaffMember(marketer, null, "Marketer-pass-" + suffix, Set.of(Roles.TENANT_MARKETER)),
					"test");
			staff.add(new NewStaffMember(cashier, null, "Cashier-pass-" + suffix, Set.of(Roles.CASHIER)), "test");
			UUID id = members.enroll(new NewMember(null, null, card, "نگار", null, null, null)).id();
			ledger.adjust(id, 1000, "credit for the reward journey", "journey-credit-" + suffix, "test");
			return id;
		});

		// The marketer adds the reward.
		logInInPersian(marketer, "Marketer-pass-" + suffix);
		browser.open(console("/catalog"));
		browser.click("catalog-create");
		browser.visible(By.id("reward-dialog"));
		browser.type("reward-code", code);
		browser.choose("reward-kind", "کالای رایگان");
		browser.type("reward-name-en", "Free tote bag");
		browser.type("reward-name-fa", "کیسهٔ پارچه‌ای رایگان");
		browser.type("reward-cost", "۳۰۰");
		browser.type("reward-sku", "TOTE-1");
		browser.type("reward-stock-total", "5");
		browser.screenshot("journey-1-marketer-adds-fa");
		browser.click("reward-save");
		browser.until(driver -> gridTexts("catalog-grid").contains("کیسهٔ پارچه‌ای رایگان"));
		browser.screenshot("journey-2-catalog-fa");
		CatalogReward added = CurrentTenant.callAs(tenant, () -> catalog.get(code)).orElseThrow();
		assertThat(added.definition().kind()).isEqualTo(RewardKind.FREE_PRODUCT);
		assertThat(added.definition().costPoints()).isEqualTo(300);
		assertThat(added.definition().sku()).isEqualTo("TOTE-1");
		assertThat(added.definition().stock().total()).isEqualTo(5);
		assertThat(added.createdBy()).isEqualTo(marketer);

		// The cashier reserves it for the member and confirms it without a purchase: a voucher.
		browser.click("logout");
		browser.visible(By.id("kc-login"));
		browser.logInAtKeycloak(cashier, "Cashier-pass-" + suffix);
		browser.visible(By.id("till-search"));
		inPersian();
		browser.type("till-search", card);
		browser.click("till-find");
		browser.until(driver -> "۱٬۰۰۰".equals(Chromium.text(browser.visible(By.id("till-available")))));
		browser.click("till-reserve-" + code);
		browser.until(driver -> "۳۰۰".equals(Chromium.text(browser.visible(By.id("till-held")))));
		Reservation held = CurrentTenant.callAs(tenant, () -> redemptions.forMember(member, 1).getFirst());
		browser.click("till-confirm-" + held.id());
		browser.until(driver -> "۰".equals(Chromium.text(browser.visible(By.id("till-held")))));
		String voucher = Chromium.text(browser.visible(By.id("till-voucher-" + held.id())));
		String grouped = new VoucherCode(CurrentTenant.callAs(tenant, () -> redemptions.get(held.id())).voucherCode())
			.grouped();
		assertThat(voucher).contains(grouped);
		browser.screenshot("journey-3-cashier-confirms-fa");

		// The member's page, on their phone: the bag to collect, with the code to show.
		String link = CurrentTenant.callAs(tenant, () -> pages.createLink(member, null, "test")).token();
		String till = browser.currentUrl();
		browser.resize(390, 844);
		browser.open(console("/card/" + link + "?lang=fa"));
		assertThat(Chromium.text(browser.visible(By.id("mpage-available")))).isEqualTo("۷۰۰");
		browser.scrollTo("mpage-mine");
		String usable = "#mpage-mine .mpage-mine-issued";
		assertThat(Chromium.text(browser.visible(By.cssSelector(usable)))).contains("کیسهٔ پارچه‌ای رایگان")
			.contains("این کد را در صندوق نشان دهید");
		assertThat(Chromium.text(browser.visible(By.cssSelector(usable + " .mpage-mine-code")))).isEqualTo(grouped);
		browser.screenshot("journey-4-member-page-voucher-fa");

		// The member shows the code; the cashier redeems it.
		browser.resize(1280, 900);
		browser.open(till);
		browser.type("voucher-code", grouped);
		browser.click("voucher-check");
		assertThat(Chromium.text(browser.visible(By.id("voucher-status")))).isEqualTo("قابل استفاده");
		browser.click("voucher-redeem");
		browser.until(driver -> browser.all(By.id("voucher-redeem")).isEmpty());
		browser.screenshot("journey-5-cashier-redeems-fa");

		// The member's page now says it is spent: used, its code gone, the points out of the balance.
		browser.resize(390, 844);
		browser.open(console("/card/" + link + "?lang=fa"));
		assertThat(Chromium.text(browser.visible(By.id("mpage-available")))).isEqualTo("۷۰۰");
		browser.scrollTo("mpage-mine");
		assertThat(browser.all(By.cssSelector("#mpage-mine .mpage-mine-issued"))).isEmpty();
		String used = Chromium.text(browser.visible(By.cssSelector("#mpage-mine .mpage-mine-redeemed")));
		assertThat(used).contains("کیسهٔ پارچه‌ای رایگان").startsWith("کیسهٔ پارچه‌ای رایگان")
			.contains("استفاده‌شده در").doesNotContain(grouped);
		assertThat(browser.all(By.cssSelector("#mpage-mine .mpage-mine-code"))).isEmpty();
		assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
			.as("nothing wider than the phone").isLessThanOrEqualTo(390);
		browser.screenshot("journey-6-member-page-used-fa");
		browser.scrollTo("mpage-history");
		assertThat(browser.all(By.cssSelector("#mpage-history .mpage-line")).stream().map(Chromium::text).toList())
			.as("the spending is in the history, newest first")
			.first().asString().contains("۳۰۰").doesNotContain("+")
			.contains("خرج برای «\u2068کیسهٔ پارچه‌ای رایگان\u2069»");
		browser.screenshot("journey-7-member-page-history-fa");
	}
}
