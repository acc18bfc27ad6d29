package ir.vafa.console.memberpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import ir.vafa.catalog.Texts;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.ledger.EntryKind;
import ir.vafa.memberpage.MemberPageView;
import ir.vafa.programs.TierLadder;
import ir.vafa.tiers.MemberTier;
import org.junit.jupiter.api.Test;

/** The member page's words and its stamp card, without a browser: Persian digits, the tier's distance, the why. */
class MemberPageTextsTest {

	private static final TierLadder.Names SILVER = new TierLadder.Names("Silver", "نقره‌ای");
	private static final TierLadder.Names BRONZE = new TierLadder.Names("Bronze", "برنزی");

	private static MemberPageTexts texts(Language language) {
		return new MemberPageTexts(Messages.of(language), new Formats(language.locale(), ZoneId.of("Asia/Tehran")), "IRR");
	}

	private static MemberPageView.Tier bronze(String value) {
		return new MemberPageView.Tier("bronze", BRONZE, TierLadder.Qualification.Metric.SPEND, new BigDecimal(value),
				new MemberTier.Next("silver", SILVER, new BigDecimal("20000000"),
						new BigDecimal("20000000").subtract(new BigDecimal(value))));
	}

	@Test
	void theDistanceToTheNextTierIsSaidInTheMembersLanguageAndDigits() {
		assertThat(texts(Language.PERSIAN).next(bronze("480000"))).isEqualTo("۱۹٬۵۲۰٬۰۰۰ IRR دیگر تا سطح نقره‌ای");
		assertThat(texts(Language.ENGLISH).next(bronze("480000"))).isEqualTo("19,520,000 IRR more to Silver");
		assertThat(MemberPageTexts.fraction(bronze("5000000"))).isEqualTo(0.25);
		MemberPageView.Tier top = new MemberPageView.Tier("gold", SILVER, TierLadder.Qualification.Metric.VISITS,
				new BigDecimal("12"), null);
		assertThat(texts(Language.ENGLISH).next(top)).isEqualTo("You are in the top tier");
		assertThat(texts(Language.PERSIAN).value(top.metric(), top.value())).isEqualTo("۱۲ مراجعه");
		assertThat(MemberPageTexts.fraction(top)).isEqualTo(1);
	}

	@Test
	void eachHistoryLineSaysWhyWithTheRuleOrTheShopsNoteKeptApart() {
		Instant at = Instant.parse("2026-12-01T08:30:00Z");
		assertThat(texts(Language.ENGLISH).why(new MemberPageView.HistoryLine(1, EntryKind.EARN, 24, at,
				"1 point per 10,000 rials", null, null))).isEqualTo("Earned with “\u20681 point per 10,000 rials\u2069”");
		assertThat(texts(Language.PERSIAN).why(new MemberPageView.HistoryLine(2, EntryKind.ADJUST, 50, at, null,
				"جبران تأخیر", null))).isEqualTo("اصلاح از سوی فروشگاه: \u2068جبران تأخیر\u2069");
		assertThat(texts(Language.ENGLISH).why(new MemberPageView.HistoryLine(3, EntryKind.EXPIRE, -10, at, null, null, null)))
			.isEqualTo("Expired");
		assertThat(texts(Language.PERSIAN).why(new MemberPageView.HistoryLine(4, EntryKind.REDEEM, -300, at, null,
				"reward tote", new Texts("Free tote bag", "کیسهٔ رایگان"))))
			.as("spent on a reward: its name in the reader's language, not the staff's note")
			.isEqualTo("خرج برای «\u2068کیسهٔ رایگان\u2069»");
		assertThat(texts(Language.PERSIAN).text(new Texts("Free coffee", "قهوهٔ رایگان"))).isEqualTo("قهوهٔ رایگان");
	}

	@Test
	void aStampCardIsDrawnWithACirclePerStampAndTheFilledOnesStamped() {
		MemberPageView.Card card = new MemberPageView.Card("coffee-card", "کارت قهوه", 3, 5, 1, "free-coffee",
				new Texts("Free coffee", "قهوهٔ رایگان"));

		var drawn = new MemberCardView.StampCardComponent(Messages.of(Language.PERSIAN), texts(Language.PERSIAN), card);

		assertThat(drawn.getId()).hasValue("mpage-stamp-card-coffee-card");
		assertThat(descendants(drawn).filter(c -> c.hasClassName("mpage-stamp-filled")).count()).isEqualTo(3);
		assertThat(descendants(drawn).filter(c -> c.hasClassName("mpage-stamp-empty")).count()).isEqualTo(2);
		assertThat(descendants(drawn).filter(c -> c.hasClassName("mpage-stamp-count"))
			.map(c -> c.getElement().getText())).containsExactly("۳ از ۵ مهر");
		assertThat(drawn.getElement().getTextRecursively()).contains("جایزهٔ کارت پر: قهوهٔ رایگان");
	}

	private static java.util.stream.Stream<com.vaadin.flow.component.HasStyle> descendants(Component root) {
		return root.getChildren().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
				descendants(c).map(Component.class::cast))).filter(com.vaadin.flow.component.HasStyle.class::isInstance)
			.map(com.vaadin.flow.component.HasStyle.class::cast);
	}
}
