package ir.vafa.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.memberpage.MemberPages;
import ir.vafa.memberpage.PageLink;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.programs.Programs;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's own page in headless Chromium at a phone's size (390 x 844), in Persian, opened from the link staff
 * make, without any login: right to left, the balance, the distance to the next tier, the stamp card drawn with its
 * stamps, and a QR code that reads back as the card number, from the image and from a screenshot. A forged and a
 * revoked link show no data; and staff making the link on the member file. Screenshots {@code mpage-*} go to
 * {@code target/screenshots}.
 */
class MemberPageBrowserTest extends BrowserTestSupport {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Autowired
	TenantDirectory tenants;

	@Autowired
	Programs programs;

	@Autowired
	Members members;

	@Autowired
	Purchases purchases;

	@Autowired
	Catalog catalog;

	@Autowired
	MemberPages pages;

	@Autowired
	ir.vafa.rewards.Rewards rewards;

	@Test
	void aMemberOpensTheirPageOnAPhoneInPersianAndTheTillCanScanTheirCard() throws Exception {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		String card = ("MPB-" + suffix).toUpperCase(java.util.Locale.ROOT);
		UUID tenant = tenants.create(new NewTenant("mpage-" + suffix, "Member page cafe", "admin@mpage-" + suffix + ".example",
				"password-" + suffix), "test").tenant().id();
		UUID member = CurrentTenant.callAs(tenant, () -> {
			// the catalog's free coffee, which the card issues; the café's stamps and points with the retail ladder:
			// silver from 20,000,000 IRR
			catalog.create(new RewardDefinition("free-coffee", RewardKind.FREE_PRODUCT,
					new Texts("Free coffee", "قهوهٔ رایگان"), null, 50, null, "COFFEE", null, null, null, null, null,
					null, List.of(), null), "test");
			programs.publish(DemoPrograms.cafe().withTiers(DemoPrograms.retailTiers()), "test");
			UUID id = members.enroll(new NewMember(null, null, card, "سارا", null, null, null)).id();
			visit(card, "v1-" + suffix, 2);
			visit(card, "v2-" + suffix, 1);
			return id;
		});
		PageLink link = CurrentTenant.callAs(tenant, () -> pages.createLink(member, null, "test"));

		browser.resize(390, 844);
		browser.open(console("/card/" + link.token() + "?lang=fa"));

		assertThat(Chromium.text(browser.visible(By.id("mpage-available")))).as("24 + 20 welcome + 24").isEqualTo("۶۸");
		assertThat(browser.script("return document.documentElement.getAttribute('dir')")).isEqualTo("rtl");
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("fa");
		assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
			.as("nothing wider than the phone").isLessThanOrEqualTo(390);
		assertThat(Chromium.text(browser.visible(By.id("mpage-card-number")))).isEqualTo(card);
		String src = browser.visible(By.id("mpage-qr")).getDomAttribute("src");
		assertThat(src).startsWith("data:image/png;base64,");
		assertThat(decode(read(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)))))
			.as("the QR image is the card number").isEqualTo(card);
		browser.scrollTo("mpage-qr");
		assertThat(decode(read(browser.screenshotBytes()))).as("and so is what the screen shows").isEqualTo(card);
		browser.screenshot("mpage-1-card-fa");

		browser.scrollTo("mpage-tier");
		String distance = Chromium.text(browser.visible(By.id("mpage-tier-next")));
		assertThat(distance).contains("۱۹٬۵۲۰٬۰۰۰").contains("نقره‌ای");
		assertThat(Chromium.text(browser.visible(By.id("mpage-tier-name")))).isEqualTo("برنزی");
		browser.screenshot("mpage-2-points-tier-fa");

		browser.scrollTo("mpage-stamp-card-coffee-card");
		assertThat(browser.all(By.cssSelector("#mpage-stamp-card-coffee-card .mpage-stamp-filled"))).hasSize(2);
		assertThat(browser.all(By.cssSelector("#mpage-stamp-card-coffee-card .mpage-stamp-empty"))).hasSize(3);
		assertThat(Chromium.text(browser.visible(By.cssSelector("#mpage-stamp-card-coffee-card .mpage-stamp-count"))))
			.isEqualTo("۲ از ۵ مهر");
		assertThat(Chromium.text(browser.visible(By.id("mpage-reward-free-coffee")))).contains("قهوهٔ رایگان");
		browser.screenshot("mpage-3-stamps-rewards-fa");

		browser.scrollTo("mpage-history");
		assertThat(browser.all(By.cssSelector("#mpage-history .mpage-why")).stream().map(Chromium::text))
			.as("the rule's name kept apart from the Persian around it")
			.contains("دریافت با «\u2068Welcome bonus on the first visit\u2069»");
		browser.screenshot("mpage-4-history-fa");

		browser.open(console("/card/" + link.token().substring(0, link.token().length() - 2) + "?lang=fa"));
		assertThat(Chromium.text(browser.visible(By.cssSelector("#mpage-invalid h2")))).isEqualTo("این پیوند معتبر نیست");
		assertThat(browser.all(By.id("mpage-available"))).isEmpty();

		CurrentTenant.runAs(tenant, () -> pages.revokeLinks(member, "test"));
		browser.open(console("/card/" + link.token()));
		assertThat(Chromium.text(browser.visible(By.cssSelector("#mpage-expired h2"))))
			.as("Chromium asks for English: the page follows").isEqualTo("This link has expired");
		assertThat(browser.all(By.id("mpage-available"))).isEmpty();
		browser.screenshot("mpage-5-expired-en");
	}

	@Test
	void aMemberWhoseCardIsFullChoosesTheirRewardOnTheirPhone() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		String card = ("MPC-" + suffix).toUpperCase(java.util.Locale.ROOT);
		UUID tenant = tenants.create(new NewTenant("mpchoice-" + suffix, "Choice cafe",
				"admin@mpchoice-" + suffix + ".example", "password-" + suffix), "test").tenant().id();
		UUID member = CurrentTenant.callAs(tenant, () -> {
			catalog.create(new RewardDefinition("free-coffee", RewardKind.FREE_PRODUCT,
					new Texts("Free coffee", "قهوهٔ رایگان"), null, 50, null, "COFFEE", null, null, null, null, null,
					null, List.of(), null), "test");
			catalog.create(new RewardDefinition("free-pastry", RewardKind.FREE_PRODUCT,
					new Texts("Free pastry", "شیرینی رایگان"), null, 50, null, "PASTRY", null, null, null, null, null,
					null, List.of(), null), "test");
			ir.vafa.programs.ProgramDefinition cafe = DemoPrograms.cafe();
			programs.publish(cafe.withRules(cafe.rules().stream().map(rule -> rule instanceof RuleDefinition.Stamp c
					? new RuleDefinition.Stamp(c.id(), c.name(), c.cardId(), c.skus(), c.categories(), c.stampsPerReward(),
							c.rewardCode(), c.window(), c.tiers(),
							new ir.vafa.programs.RewardChoice(List.of("free-pastry"), 7))
					: rule).toList()), "test");
			UUID id = members.enroll(new NewMember(null, null, card, "سارا", null, null, null)).id();
			for (int visit = 1; visit <= 5; visit++) {
				visit(card, "c" + visit + "-" + suffix, 6 - visit);
			}
			return id;
		});
		UUID reward = CurrentTenant.callAs(tenant, () -> rewards.rewardsFor(member).getFirst().id());
		PageLink link = CurrentTenant.callAs(tenant, () -> pages.createLink(member, null, "test"));

		browser.resize(390, 844);
		browser.open(console("/card/" + link.token() + "?lang=fa"));
		browser.scrollTo("mpage-mine");
		assertThat(Chromium.text(browser.visible(By.cssSelector("#mpage-mine .mpage-mine-choosing .mpage-mine-state"))))
			.startsWith("تا ").contains("جایزه‌تان را برگزینید").endsWith("(وگرنه «قهوهٔ رایگان»)");
		assertThat(browser.all(By.cssSelector("#mpage-mine .mpage-choose")).stream().map(Chromium::text))
			.containsExactly("قهوهٔ رایگان", "شیرینی رایگان");
		assertThat(browser.all(By.cssSelector("#mpage-mine .mpage-mine-code"))).as("no voucher yet").isEmpty();
		browser.screenshot("mpage-7-choose-fa");

		browser.click("mpage-choose-" + reward + "-free-pastry");

		browser.until(driver -> !browser.all(By.cssSelector("#mpage-mine .mpage-mine-issued")).isEmpty());
		browser.scrollTo("mpage-mine");
		String chosen = Chromium.text(browser.visible(By.cssSelector("#mpage-mine .mpage-mine-issued")));
		assertThat(chosen).startsWith("شیرینی رایگان").contains("این کد را در صندوق نشان دهید");
		assertThat(browser.all(By.cssSelector("#mpage-mine .mpage-choose"))).isEmpty();
		ir.vafa.rewards.IssuedReward issued = CurrentTenant.callAs(tenant, () -> rewards.rewardsFor(member).getFirst());
		assertThat(issued.rewardCode()).isEqualTo("free-pastry");
		assertThat(issued.chosenBy()).isEqualTo("member");
		assertThat(Chromium.text(browser.visible(By.cssSelector("#mpage-mine .mpage-mine-code"))))
			.isEqualTo(new ir.vafa.rewards.VoucherCode(issued.voucherCode()).grouped());
		assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
			.as("nothing wider than the phone").isLessThanOrEqualTo(390);
		browser.screenshot("mpage-8-chosen-fa");
	}

	@Test
	void staffMakeALinkOnTheMemberFileAndItOpensTheMembersPage() {
		browser.open(console("/"));
		browser.logInAtKeycloak("admin@demo-cafe.example", "demo-password");
		browser.visible(By.id("member-search"));
		browser.open(console("/members?q=DEMO-CAFE-0001"));
		browser.click("member-page-link");
		String url = browser.visible(By.cssSelector("#page-link-url input")).getDomProperty("value");
		assertThat(url).startsWith(console("/card/"));
		assertThat(Chromium.text(browser.visible(By.id("page-link-expires")))).isNotBlank();
		browser.screenshot("mpage-0-staff-link");

		browser.resize(390, 844);
		browser.open(url);

		assertThat(Chromium.text(browser.visible(By.id("mpage-card-number")))).isEqualTo("DEMO-CAFE-0001");
		assertThat(browser.script("return document.documentElement.getAttribute('dir')"))
			.as("Chromium asks for English").isEqualTo("ltr");
		browser.screenshot("mpage-6-card-en");
	}

	private void visit(String card, String externalId, int daysAgo) {
		purchases.record(new PurchaseRequest(externalId, new PurchaseRequest.MemberIdentifier(null, null, null, card),
				"tehran-1", "pos", LocalDate.now(TEHRAN).minusDays(daysAgo).atTime(LocalTime.NOON).atZone(TEHRAN).toInstant(),
				"IRR", new BigDecimal("240000"),
				List.of(new PurchaseRequest.Line("LATTE", "coffee", 2, new BigDecimal("120000"), null))));
	}

	private static BufferedImage read(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	private static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
				image.getHeight(), pixels))), java.util.Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}
}
