package ir.vafa.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.ledger.Ledger;
import ir.vafa.members.Members;
import ir.vafa.support.VafaStack;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application (API + console) with demo data, against real PostgreSQL and Keycloak, used through a real
 * headless Chromium: log-in at Keycloak, the member look-up in English and Persian, log-out, and support staff's
 * tenants. Screenshots go to {@code target/screenshots}.
 */
class ConsoleBrowserTest extends BrowserTestSupport {

	private static final String DEMO_CARD = "DEMO-CAFE-0001";

	@Autowired
	TenantDirectory tenants;

	@Autowired
	Members members;

	@Autowired
	Ledger ledger;

	@Test
	void tenantAdminSeesTheLedgersBalanceInEnglishAndInPersianThenLogsOut() {
		// Keycloak serves the log-in page: the console is reached at localhost, one of the client's redirect hosts.
		browser.open(console("/"));
		browser.visible(By.id("kc-login"));
		assertThat(browser.currentUrl()).startsWith(VafaStack.keycloak().issuerUri());
		browser.screenshot("01-login");

		browser.logInAtKeycloak("admin@demo-cafe.example", "demo-password");
		browser.type("member-search", DEMO_CARD);
		browser.click("member-find");
		WebElement balance = browser.visible(By.id("balance"));
		long expected = ledgerBalance("demo-cafe", DEMO_CARD);
		assertThat(Chromium.text(balance)).isEqualTo(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(expected));
		assertThat(browser.visible(By.cssSelector("#member-name input")).getDomProperty("value")).isEqualTo("Sara Ahmadi");
		assertThat(gridTexts("history-grid")).anyMatch(text -> text.startsWith("Rule “"));
		assertThat(browser.all(By.cssSelector("vaadin-side-nav-item")).stream().map(Chromium::text))
			.containsExactly("Program", "Member lookup", "Rewards catalog", "Notifications", "Till", "Charity", "Staff");
		browser.screenshot("02-member");
		browser.script("arguments[0].scrollIntoView()", browser.visible(By.id("history-grid")));
		browser.screenshot("02-member-history");

		browser.click("language-switch");
		browser.until(driver -> "rtl".equals(browser.script("return document.documentElement.getAttribute('dir')")));
		browser.until(driver -> driver.findElements(By.tagName("h2")).stream()
			.anyMatch(h2 -> "جستجوی عضو".equals(Chromium.text(h2))));
		assertThat(Chromium.text(browser.visible(By.id("balance"))))
			.isEqualTo(NumberFormat.getIntegerInstance(Language.PERSIAN.locale()).format(expected));
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("fa");
		assertThat(browser.visible(By.cssSelector("#member-phone input")).getDomProperty("dir")).isEqualTo("ltr");
		browser.screenshot("03-member-fa");

		browser.open(console("/program"));
		browser.visible(By.id("rules-grid"));
		assertThat(gridTexts("rules-grid")).contains("کارت مهر");
		browser.screenshot("05-program-fa");

		// The rewards catalog in Persian: a reward without its Persian name is refused on that field, then added.
		String code = "browser-coffee-" + Long.toString(System.nanoTime() % 1_000_000, 36);
		browser.open(console("/catalog"));
		browser.click("catalog-create");
		browser.type("reward-code", code);
		browser.type("reward-name-en", "10% off a coffee");
		browser.type("reward-cost", "۴۰۰");
		browser.type("reward-percent", "۱۰");
		browser.click("reward-save");
		assertThat(browser.errorOf("reward-name-fa")).isEqualTo(Messages.of(Language.PERSIAN).get("validation.required"));
		browser.screenshot("08-catalog-refused-fa");
		browser.type("reward-name-fa", "۱۰٪ تخفیف قهوه");
		browser.click("reward-save");
		browser.until(driver -> gridTexts("catalog-grid").containsAll(List.of(code, "۱۰٪ تخفیف قهوه", "۴۰۰")));
		browser.screenshot("09-catalog-fa");

		// Notifications in Persian: the Persian template of a tier-up email, previewed as it is typed.
		browser.open(console("/notifications"));
		browser.visible(By.id("notify-grid"));
		browser.until(driver -> gridTexts("notify-grid").contains("ارتقای سطح"));
		browser.all(By.cssSelector("#notify-grid vaadin-grid-cell-content")).stream()
			.filter(cell -> "ارتقای سطح".equals(Chromium.text(cell))).findFirst().orElseThrow().click();
		browser.until(driver -> Chromium.text(browser.visible(By.id("notify-fa-preview"))).contains("سارا احمدی"));
		assertThat(browser.visible(By.id("notify-fa-body")).getDomAttribute("dir")).isEqualTo("rtl");
		browser.type("notify-fa-body", "{name} جان، سطح شما {tier} است");
		browser.until(driver -> Chromium.text(browser.visible(By.id("notify-fa-preview")))
			.contains("سارا احمدی جان، سطح شما"));
		browser.type("notify-fa-body", "{name} تا {expiry}");
		assertThat(browser.errorOf("notify-fa-body")).contains("{expiry}");
		browser.screenshot("10-notifications-fa");

		// Support's view is closed to a tenant admin, whatever the address says.
		browser.open(console("/tenants"));
		assertThat(Chromium.text(browser.visible(By.id("not-found")))).isEqualTo("اینجا چیزی نیست");
		assertThat(browser.all(By.id("tenants-grid"))).isEmpty();
		browser.screenshot("07-tenants-denied-fa");

		// RP-initiated logout ends the Keycloak session too: the console asks for a log-in again.
		browser.click("logout");
		browser.visible(By.id("kc-login"));
		browser.open(console("/members"));
		browser.visible(By.id("kc-login"));
	}

	@Test
	void supportStaffSeeBothDemoTenantsAndOpenOneWhoseSecretIsShownOnce() {
		browser.open(console("/"));
		browser.logInAtKeycloak("support", "support");
		browser.visible(By.id("tenants-grid"));
		browser.until(driver -> gridTexts("tenants-grid").containsAll(List.of("demo-cafe", "demo-retail")));
		assertThat(browser.all(By.cssSelector("vaadin-side-nav-item")).stream().map(Chromium::text))
			.containsExactly("Tenants");
		browser.screenshot("04-tenants");

		String slug = "browser-" + Long.toString(System.nanoTime() % 1_000_000, 36);
		browser.click("tenant-create");
		browser.type("tenant-slug", slug);
		browser.type("tenant-name", "Browser Bakery");
		browser.type("tenant-admin-email", "admin@" + slug + ".example");
		browser.click("tenant-save");
		WebElement secret = browser.visible(By.cssSelector("#created-pos-secret input"));
		assertThat(secret.getDomProperty("value")).isNotBlank();
		assertThat(browser.visible(By.cssSelector("#created-admin-password input")).getDomProperty("value"))
			.as("a generated admin password, shown once").isNotBlank();
		browser.screenshot("06-tenant-created");
		assertThat(tenants.findBySlug(slug)).isPresent();
		browser.until(driver -> gridTexts("tenants-grid").contains(slug));
	}

	@Test
	void theApiAndHealthKeepTheirOwnChainsBesideTheConsole() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> api = http.send(get("/api/program"), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));

		HttpResponse<String> console = http.send(get("/members"), HttpResponse.BodyHandlers.ofString());
		assertThat(console.statusCode()).isEqualTo(302);
		assertThat(console.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(ConsoleSecurityConfiguration.LOGIN_PATH));

		assertThat(http.send(get("/actuator/health"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(console(path))).GET().build();
	}

	private long ledgerBalance(String slug, String card) {
		UUID tenant = tenants.findBySlug(slug).orElseThrow().id();
		return CurrentTenant.callAs(tenant,
				() -> ledger.account(members.lookup(card).orElseThrow().id()).pointsBalance());
	}
}
