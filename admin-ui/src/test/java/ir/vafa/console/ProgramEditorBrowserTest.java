package ir.vafa.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import ir.vafa.console.i18n.Digits;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.JalaliDate;
import ir.vafa.console.i18n.Language;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.Members;
import ir.vafa.programs.Programs;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.support.Api;
import ir.vafa.support.Tokens;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The program editor and the member file through a real browser, as a tenant admin would use them: a rule changed
 * in Persian, refused on its field in Persian, fixed, saved, tried and published, then a POS purchase earning under
 * the new version; a rollback from the version list; a retail member's way to gold in Persian, with Jalali dates.
 * Each test reads the state it starts from, so they pass in any order and beside {@link ConsoleBrowserTest}.
 */
class ProgramEditorBrowserTest extends BrowserTestSupport {

	private static final String CAFE_ADMIN = "admin@demo-cafe.example";
	private static final String RETAIL_ADMIN = "admin@demo-retail.example";
	private static final String PASSWORD = "demo-password";
	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Autowired
	TenantDirectory tenants;

	@Autowired
	Programs programs;

	@Autowired
	Purchases purchases;

	@Autowired
	Members members;

	@Autowired
	Ledger ledger;

	@Test
	void anAdminChangesARuleInPersianIsToldWhatIsWrongFixesItPublishesAndAPurchaseEarnsUnderTheNewVersion() {
		TenantView cafe = tenant("demo-cafe");
		logInInPersian(CAFE_ADMIN, PASSWORD);
		browser.open(console("/program"));
		browser.click("program-tab-editor");
		browser.visible(By.id("rule-0-points-per-unit"));

		// Emptied, then a word for a number: each refused on the field, in Persian, and nothing is saved.
		browser.replace("rule-0-points-per-unit", "");
		assertThat(browser.errorOf("rule-0-points-per-unit")).isEqualTo("الزامی است");
		browser.replace("rule-3-stamps", "۱");
		assertThat(browser.errorOf("rule-3-stamps")).isEqualTo("باید بین ۲ و ۱۰۰ باشد");
		browser.click("editor-save");
		browser.visible(By.id("editor-form-invalid"));
		browser.scrollTo("rule-3-stamps");
		browser.screenshot("10-editor-invalid-fa");
		assertThat(inTenant(cafe, () -> programs.draft().isPresent())).isFalse();

		browser.replace("rule-0-points-per-unit", "۳");
		browser.replace("rule-3-stamps", "۵");
		browser.click("editor-save");
		// Valid, perhaps with warnings (rules that can pay twice): either way no errors.
		browser.until(driver -> !driver.findElements(By.cssSelector("#editor-valid, #editor-warnings")).isEmpty());
		assertThat(browser.all(By.id("editor-errors"))).isEmpty();
		browser.until(driver -> gridTexts("draft-changes").containsAll(List.of("rules[id=base].pointsPerUnit", "1", "3")));
		assertThat(gridTexts("draft-changes")).noneMatch(text -> text.contains("stampsPerReward"));
		browser.scrollTo("draft-changes");
		browser.screenshot("11-editor-changes-fa");

		// The dry run beside the editor tries the draft: a new member's 100,000 IRR of pastry earns 3 × 10 + 20.
		browser.replace("dryrun-line-0-sku", "CAKE");
		browser.replace("dryrun-line-0-category", "pastry");
		browser.replace("dryrun-line-0-price", "۱۰۰۰۰۰");
		browser.click("dryrun-run");
		browser.until(driver -> Chromium.text(browser.visible(By.id("dryrun-points"))).startsWith("۵۰ امتیاز با پیش‌نویس"));
		assertThat(gridTexts("dryrun-effects")).anyMatch(text -> text.contains("Welcome bonus"));
		browser.scrollTo("dryrun-points");
		browser.screenshot("12-editor-dry-run-fa");

		int before = inTenant(cafe, () -> programs.state().currentVersion());
		browser.click("editor-publish");
		browser.visible(By.id("publish-dialog"));
		browser.screenshot("13-publish-dialog-fa");
		browser.click("publish-confirm");
		int published = before + 1;
		browser.until(driver -> Integer.valueOf(published).equals(inTenant(cafe, () -> programs.state().currentVersion())));
		assertThat(inTenant(cafe, () -> programs.draft().isPresent())).as("the draft became the version").isFalse();

		JsonNode receipt = buyAtThePos(cafe, "DEMO-CAFE-0001", "pastry", "100000");
		assertThat(receipt.get("programVersion").asInt()).isEqualTo(published);
		assertThat(receipt.get("pointsEarned").asLong()).isEqualTo(30);

		browser.click("program-tab-versions");
		browser.until(driver -> Chromium.text(browser.visible(By.id("program-state")))
			.equals("نسخهٔ " + Digits.persian(String.valueOf(published)) + " برای خریدها به کار می‌رود."));
		browser.screenshot("14-versions-fa");
	}

	@Test
	void aRollbackFromTheVersionListMakesTheEarlierVersionCurrent() {
		TenantView cafe = tenant("demo-cafe");
		int earlier = inTenant(cafe, () -> programs.state().currentVersion());
		int later = inTenant(cafe, () -> programs.publish(programs.current().orElseThrow().definition()
			.withName("Café Vafa club (autumn)"), "browser-test").version());

		browser.open(console("/program"));
		browser.logInAtKeycloak(CAFE_ADMIN, PASSWORD);
		browser.click("program-tab-versions");
		browser.until(driver -> Chromium.text(browser.visible(By.id("program-state")))
			.equals("Version " + later + " serves purchases."));
		browser.screenshot("15-versions");
		browser.click("rollback-" + earlier);
		browser.click("rollback-confirm");

		browser.until(driver -> Chromium.text(browser.visible(By.id("program-state")))
			.equals("Version " + earlier + " serves purchases."));
		assertThat(inTenant(cafe, () -> programs.state().currentVersion())).isEqualTo(earlier);
		assertThat(inTenant(cafe, () -> programs.current().map(PublishedProgram::version))).hasValue(earlier);
		assertThat(gridTexts("audit-grid")).contains("Rolled back");
		browser.screenshot("16-rolled-back");

		browser.click("program-tab-editor");
		assertThat(Chromium.text(browser.visible(By.id("editor-origin"))))
			.isEqualTo("Editing a copy of version " + earlier + "; saving makes it the draft");
		browser.screenshot("17-editor");
	}

	@Test
	void aRetailMemberInSilverSeesTheWayToGoldInPersianWithJalaliDatesAndAnAdminPlacesThemInGold() {
		TenantView retail = tenant("demo-retail");
		UUID sara = inTenant(retail, () -> members.lookup("DEMO-RETAIL-0001").orElseThrow().id());
		inTenant(retail, () -> purchases.record(new PurchaseRequest("tier-" + UUID.randomUUID(),
				new PurchaseRequest.MemberIdentifier(sara, null, null, null), "tehran-1", "pos", Instant.now(), "IRR",
				new BigDecimal("25000000"),
				List.of(new PurchaseRequest.Line("TV-55", "electronics", 1, new BigDecimal("25000000"), null)))));
		// Gold is 100,000,000 IRR of spend; every purchase of the member is inside the 12 months counted.
		BigDecimal distance = new BigDecimal("100000000")
			.subtract(inTenant(retail, () -> ledger.account(sara).lifetimeSpend()));
		PointsBalance balance = inTenant(retail, () -> ledger.balance(sara));
		Formats persian = new Formats(Language.PERSIAN.locale(), TEHRAN);

		logInInPersian(RETAIL_ADMIN, PASSWORD);
		browser.type("member-search", "DEMO-RETAIL-0001");
		browser.click("member-find");
		assertThat(Chromium.text(browser.visible(By.id("member-tier")))).isEqualTo("نقره‌ای");
		String progress = Chromium.text(browser.visible(By.id("tier-progress-text")));
		assertThat(progress).contains(persian.amount(distance)).endsWith("تا سطح طلایی");
		double bar = ((Number) browser.script("return arguments[0].value", browser.visible(By.id("tier-progress"))))
			.doubleValue();
		assertThat(bar).isBetween(0.2, 0.3);
		assertThat(Chromium.text(browser.visible(By.id("tier-window")))).matches("از [۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} شمرده می‌شود");
		assertThat(Chromium.text(browser.visible(By.id("tier-keep")))).contains("نقره‌ای");
		assertThat(gridTexts("tier-history-grid")).contains("ارتقا", "برنزی ← نقره‌ای");
		String expiry = persian.longDate(balance.expiries().getFirst().lastDay());
		assertThat(expiry).contains("اسفند");
		assertThat(browser.all(By.cssSelector(".expiry-line")).stream().map(Chromium::text))
			.anyMatch(line -> line.contains("در پایان " + expiry + " منقضی می‌شود"));
		assertThat(browser.all(By.cssSelector(".pending-line")).stream().map(Chromium::text))
			.anyMatch(line -> line.matches(".*[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}.*"));
		browser.scrollTo("member-tier");
		browser.screenshot("20-member-tier-fa");

		// An admin's placement by hand, until a Jalali date typed in Persian digits.
		LocalDate until = LocalDate.now(TEHRAN).plusDays(10);
		browser.click("tier-assign");
		browser.choose("tier-assign-tier", "طلایی");
		browser.replace("tier-assign-until-date", Digits.persian(JalaliDate.of(until).toString()));
		browser.type("tier-assign-reason", "مشتری ویژهٔ افتتاحیه");
		browser.screenshot("21-tier-assign-fa");
		browser.click("tier-assign-save");
		browser.visible(By.id("tier-manual-badge"));
		assertThat(Chromium.text(browser.visible(By.id("member-tier")))).isEqualTo("طلایی");
		assertThat(Chromium.text(browser.visible(By.id("tier-assignment")))).contains(RETAIL_ADMIN, "مشتری ویژهٔ افتتاحیه");
		browser.screenshot("22-member-placed-fa");

		browser.click("tier-assignment-end");
		browser.until(driver -> "نقره‌ای".equals(Chromium.text(browser.visible(By.id("member-tier")))));
		browser.click("language-switch");
		browser.until(driver -> "Silver".equals(Chromium.text(browser.visible(By.id("member-tier")))));
		browser.scrollTo("member-tier");
		assertThat(Chromium.text(browser.visible(By.id("tier-progress-text")))).endsWith("more to Gold");
		browser.screenshot("23-member-tier");
	}

	private JsonNode buyAtThePos(TenantView tenant, String card, String category, String amount) {
		String secret = tenants.posClientSecret(tenant.id()).orElseThrow();
		Api pos = new Api(port, Tokens.client(tenant.posClientId(), secret));
		Api.Reply reply = pos.post("/api/purchases", Map.of("externalId", "editor-" + UUID.randomUUID(),
				"member", Map.of("cardNumber", card), "store", "tehran-1", "channel", "pos",
				"occurredAt", Instant.now().toString(), "currency", "IRR", "total", new BigDecimal(amount),
				"lines", List.of(Map.of("sku", "CAKE", "category", category, "quantity", 1,
						"unitPrice", new BigDecimal(amount)))));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private TenantView tenant(String slug) {
		return tenants.findBySlug(slug).orElseThrow();
	}

	private static <T> T inTenant(TenantView tenant, Supplier<T> work) {
		return CurrentTenant.callAs(tenant.id(), work);
	}
}
