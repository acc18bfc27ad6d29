package ir.vafa.console.till;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.rewards.IssuedReward.Status;
import ir.vafa.rewards.Voucher;
import ir.vafa.rewards.VoucherCode;
import org.junit.jupiter.api.Test;

/** The till's voucher panel on its own: a usable voucher can be redeemed, a used one says when it was. */
class VoucherPanelTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final Instant ISSUED = Instant.parse("2026-12-01T08:30:00Z");
	private static final VoucherCode CODE = VoucherCode.random();

	private static Voucher voucher(Status status, Instant redeemedAt) {
		return voucher(status, redeemedAt, null);
	}

	private static Voucher voucher(Status status, Instant redeemedAt, Instant expiresAt) {
		return new Voucher(CODE.value(), CODE.grouped(), status, status == Status.ISSUED, "free-coffee",
				RewardKind.FREE_PRODUCT, new Texts("A free coffee", "یک قهوهٔ رایگان"), UUID.randomUUID(),
				UUID.randomUUID(), "C-1", "سارا", Voucher.Source.STAMP_CARD, ISSUED, expiresAt, redeemedAt,
				redeemedAt == null ? null : "cashier", null);
	}

	@Test
	void checkingAsksForTheTypedCodeAndAUsableVoucherOffersToRedeemItWithThePurchase() {
		VoucherPanel panel = new VoucherPanel(Messages.of(Language.PERSIAN), TEHRAN);
		List<String> checked = new ArrayList<>();
		List<String> redeemed = new ArrayList<>();
		panel.addCheckListener(e -> checked.add(e.code()));
		panel.addRedeemListener(e -> redeemed.add(e.code() + "/" + e.purchaseExternalId()));

		((TextField) byId(panel, "voucher-code").orElseThrow()).setValue(CODE.grouped());
		((Button) byId(panel, "voucher-check").orElseThrow()).click();
		panel.show(voucher(Status.ISSUED, null), "یک LATTE رایگان");
		((TextField) byId(panel, "voucher-purchase").orElseThrow()).setValue(" POS-7 ");
		((Button) byId(panel, "voucher-redeem").orElseThrow()).click();

		assertThat(checked).containsExactly(CODE.grouped());
		assertThat(text(panel, "voucher-what")).startsWith("یک قهوهٔ رایگان، برای سارا");
		assertThat(text(panel, "voucher-status")).isEqualTo("قابل استفاده");
		assertThat(text(panel, "voucher-terms")).as("what to take off the bill").isEqualTo("یک LATTE رایگان");
		assertThat(redeemed).containsExactly(CODE.value() + "/POS-7");
	}

	@Test
	void aUsedVoucherSaysWhenAndCannotBeRedeemed() {
		VoucherPanel panel = new VoucherPanel(Messages.of(Language.ENGLISH), TEHRAN);

		panel.show(voucher(Status.REDEEMED, ISSUED.plusSeconds(3600)), null);

		assertThat(text(panel, "voucher-status")).startsWith("already used on");
		assertThat(byId(panel, "voucher-redeem")).isEmpty();
		panel.showRefusal("No voucher has this code");
		assertThat(text(panel, "voucher-refused")).isEqualTo("No voucher has this code");
		assertThat(byId(panel, "voucher-status")).isEmpty();
	}

	@Test
	void aVoucherThatExpiresSaysUntilWhenAndAnExpiredOneCannotBeRedeemed() {
		VoucherPanel panel = new VoucherPanel(Messages.of(Language.ENGLISH), TEHRAN);
		Instant expiry = ISSUED.plus(java.time.Duration.ofDays(30));

		panel.show(voucher(Status.ISSUED, null, expiry), null);
		assertThat(text(panel, "voucher-status")).startsWith("can be used until").contains("2026");
		assertThat(byId(panel, "voucher-redeem")).isPresent();

		panel.show(voucher(Status.EXPIRED, null, expiry), null);
		assertThat(text(panel, "voucher-status")).startsWith("expired on");
		assertThat(byId(panel, "voucher-redeem")).isEmpty();
	}

	private static String text(Component root, String id) {
		return byId(root, id).orElseThrow().getElement().getText();
	}

	private static Optional<Component> byId(Component root, String id) {
		return all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
	}

	private static Stream<Component> all(Component root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(VoucherPanelTest::all));
	}
}
