package ir.vafa.console.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.MemberView;
import ir.vafa.programs.TierLadder;
import ir.vafa.tiers.MemberTier;
import org.junit.jupiter.api.Test;

/** The member file's points and tier, without Spring: Persian digits and Jalali dates, the placement button. */
class MemberDetailsTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final UUID ID = UUID.randomUUID();
	private static final TierLadder LADDER = DemoPrograms.retailTiers();

	private static MemberFile file(MemberTier tier) {
		MemberView member = new MemberView(ID, "+989121234567", "sara@example.com", "C-1", "Sara", null, true, true,
				Instant.parse("2026-03-21T08:00:00Z"));
		PointsBalance balance = new PointsBalance(ID, 1500, 300, 0, 1200, 0, 0, 2, new BigDecimal("25850000"), null, null,
				List.of(new PointsBalance.Pending(1200, Instant.parse("2026-12-15T06:30:00Z"))),
				List.of(new PointsBalance.Expiry(1200, Instant.parse("2027-03-20T20:30:00Z"), LocalDate.of(2027, 3, 20),
						"1405/12/29")));
		return new MemberFile(member, new MemberAccount(ID, 1500, 0, 2, new BigDecimal("25850000"), null, null), balance,
				List.of(), List.of(), List.of(), tier, List.of(), tier == null ? null : LADDER, "IRR", TEHRAN);
	}

	private static MemberTier silver() {
		TierLadder.Level silver = LADDER.levels().get(1);
		TierLadder.Level gold = LADDER.levels().get(2);
		return new MemberTier("silver", silver.name(), Instant.parse("2026-12-01T06:00:00Z"),
				TierLadder.Qualification.Metric.SPEND, LocalDate.of(2025, 12, 2), new BigDecimal("25850000"),
				new MemberTier.Next("gold", gold.name(), gold.threshold(), new BigDecimal("74150000")),
				new MemberTier.Keep(silver.threshold(), BigDecimal.ZERO, LocalDate.of(2027, 12, 1)), null, null);
	}

	@Test
	void upcomingExpiriesAndPendingPointsAreSaidWithJalaliDatesInPersian() {
		MemberDetails details = new MemberDetails(Messages.of(Language.PERSIAN), file(null), false);

		assertThat(texts(details, "expiry-line")).containsExactly("۱٬۲۰۰ امتیاز در پایان ۲۹ اسفند ۱۴۰۵ منقضی می‌شود");
		assertThat(texts(details, "pending-line")).containsExactly("۱٬۲۰۰ امتیاز در ۱۴۰۵/۰۹/۲۴، ۱۰:۰۰ قابل خرج می‌شود");
		assertThat(byId(details, "points-available")).map(c -> c.getElement().getText()).hasValue("۳۰۰");
		assertThat(byId(details, "points-pending")).map(c -> c.getElement().getText()).hasValue("۱٬۲۰۰");
		assertThat(byId(details, "member-tier")).as("no ladder, no tier").isEmpty();
	}

	@Test
	void theTierShowsTheWayToTheNextAndOnlyAdminsGetThePlacementButton() {
		MemberDetails admin = new MemberDetails(Messages.of(Language.PERSIAN), file(silver()), true);
		MemberDetails marketer = new MemberDetails(Messages.of(Language.PERSIAN), file(silver()), false);

		assertThat(byId(admin, "member-tier")).map(c -> c.getElement().getText()).hasValue("نقره‌ای");
		assertThat(byId(admin, "tier-progress-text")).map(c -> c.getElement().getText())
			.hasValue("۲۵٬۸۵۰٬۰۰۰ IRR از ۱۰۰٬۰۰۰٬۰۰۰ IRR: ۷۴٬۱۵۰٬۰۰۰ IRR تا سطح طلایی");
		assertThat(byId(admin, "tier-progress")).map(c -> ((com.vaadin.flow.component.progressbar.ProgressBar) c).getValue())
			.hasValueSatisfying(v -> assertThat(v).isBetween(0.258, 0.259));
		assertThat(byId(admin, "tier-assign")).isPresent();
		assertThat(byId(marketer, "tier-assign")).isEmpty();
		assertThat(byId(admin, "tier-manual-badge")).isEmpty();
	}

	private static List<String> texts(Component root, String className) {
		return all(root).filter(c -> c.getClassNames().contains(className)).map(c -> c.getElement().getText()).toList();
	}

	private static Optional<Component> byId(Component root, String id) {
		return all(root).filter(c -> c.getId().orElse("").equals(id)).findFirst();
	}

	private static Stream<Component> all(Component root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(MemberDetailsTest::all));
	}
}
