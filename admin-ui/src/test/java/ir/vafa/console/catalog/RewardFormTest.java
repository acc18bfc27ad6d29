package ir.vafa.console.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The reward form on its own: no Spring, no browser. */
class RewardFormTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static RewardForm form(Language language, RewardDefinition existing, int issued) {
		return new RewardForm(Messages.of(language), existing, issued, DemoPrograms.retailTiers(), "IRR", TEHRAN);
	}

	private static void name(RewardForm form, String code) {
		form.code.setValue(code);
		form.nameEn.setValue("10% off");
		form.nameFa.setValue("۱۰٪ تخفیف");
	}

	@Test
	void noPeriodPerMemberReadsAsNoLimitNotAsAMissingText() {
		assertThat(form(Language.PERSIAN, null, 0).period.getEmptySelectionCaption()).isEqualTo("بدون سقف برای هر عضو");
		assertThat(form(Language.ENGLISH, null, 0).period.getEmptySelectionCaption()).isEqualTo("no limit per member");
	}

	@Test
	void howLongAVoucherLastsIsOptionalAndAtMostTenYears() {
		RewardForm form = form(Language.PERSIAN, null, 0);
		name(form, "free-cake");
		form.kind.setValue(RewardKind.FREE_SHIPPING);
		form.cost.setValue("۱۰۰");
		assertThat(form.definition().voucherValidDays()).as("left empty: never expires").isNull();

		form.voucherValidDays.setValue("۳۶۵۱");
		assertThat(form.definition()).isNull();
		assertThat(form.voucherValidDays.getErrorMessage()).isEqualTo("باید بین ۱ و ۳٬۶۵۰ باشد");

		form.voucherValidDays.setValue("۳۰");
		assertThat(form.definition().voucherValidDays()).isEqualTo(30);
		assertThat(RewardDraft.of(form.definition(), TEHRAN).getVoucherValidDays()).as("read back").isEqualTo(30);
	}

	@Test
	void aPercentDiscountIsTypedInPersianDigitsAndItsTimesAreTheProgramsZone() {
		RewardForm form = form(Language.PERSIAN, null, 0);
		name(form, "ten-percent-off");
		form.cost.setValue("۵۰۰");
		form.percent.setValue("۱۰");
		form.cap.setValue("۲٬۰۰۰٬۰۰۰");
		form.validUntil.setValue(LocalDateTime.of(2027, 3, 20, 0, 0));
		form.tiers.setValue(Set.of("gold"));

		RewardDefinition reward = form.definition();

		assertThat(reward).isNotNull();
		assertThat(reward.kind()).isEqualTo(RewardKind.DISCOUNT);
		assertThat(reward.costPoints()).isEqualTo(500);
		assertThat(reward.discount().percent()).isEqualByComparingTo("10");
		assertThat(reward.discount().cap()).isEqualTo(new Money(new BigDecimal("2000000"), "IRR"));
		assertThat(reward.discount().amount()).isNull();
		assertThat(reward.validUntil()).isEqualTo(Instant.parse("2027-03-19T20:30:00Z"));
		assertThat(reward.tiers()).containsExactly("gold");
		assertThat(reward.sku()).isNull();
	}

	@Test
	void aMissingNameAndAPercentOverAHundredAreSaidInPersianAndNothingIsSent() {
		RewardForm form = form(Language.PERSIAN, null, 0);
		form.code.setValue("ten-percent-off");
		form.nameEn.setValue("10% off");
		form.cost.setValue("500");
		form.percent.setValue("150");

		assertThat(form.definition()).isNull();
		assertThat(form.nameFa.isInvalid()).isTrue();
		assertThat(form.nameFa.getErrorMessage()).isEqualTo(Messages.of(Language.PERSIAN).get("validation.required"));
		assertThat(form.percent.isInvalid()).isTrue();
		assertThat(form.percent.getErrorMessage()).contains("۱۰۰");
	}

	@Test
	void theFieldsOfTheChosenKindAreShownAndOnlyTheyAreSent() {
		RewardForm form = form(Language.ENGLISH, null, 0);
		name(form, "free-socks");
		form.cost.setValue("300");
		form.percent.setValue("10");

		form.kind.setValue(RewardKind.FREE_PRODUCT);

		assertThat(form.percent.isVisible()).isFalse();
		assertThat(form.sku.isVisible()).isTrue();
		assertThat(form.definition()).as("a free product needs its SKU").isNull();
		assertThat(form.sku.isInvalid()).isTrue();
		form.sku.setValue("SOCKS-1");
		RewardDefinition reward = form.definition();
		assertThat(reward.sku()).isEqualTo("SOCKS-1");
		assertThat(reward.discount()).isNull();
	}

	@Test
	void anExperienceNeedsItsTimeAndSeats() {
		RewardForm form = form(Language.ENGLISH, null, 0);
		name(form, "workshop");
		form.cost.setValue("2000");
		form.kind.setValue(RewardKind.EXPERIENCE);

		assertThat(form.definition()).isNull();
		assertThat(form.startsAt.isInvalid()).isTrue();
		assertThat(form.stockTotal.isInvalid()).isTrue();
	}

	@Test
	void aRewardBeingChangedKeepsItsCodeAndOnceIssuedItsKind() {
		RewardDefinition existing = new RewardDefinition("free-socks", RewardKind.FREE_PRODUCT,
				new ir.vafa.catalog.Texts("Socks", "جوراب"), null, 300, null, "SOCKS-1", null, null, null, null, null,
				new RewardDefinition.Stock(100, 1, RewardDefinition.Stock.Period.MONTH), List.of(), null);

		RewardForm form = form(Language.ENGLISH, existing, 3);

		assertThat(form.code.isReadOnly()).isTrue();
		assertThat(form.kind.isReadOnly()).isTrue();
		assertThat(form.definition()).isEqualTo(existing);
		assertThat(form(Language.ENGLISH, existing, 0).kind.isReadOnly()).isFalse();
	}

	@Test
	void theServersRefusalLandsOnTheFieldItNames() {
		RewardForm form = form(Language.ENGLISH, null, 0);

		List<ApiProblem.FieldError> unshown = form.show(new ApiProblem(HttpStatus.CONFLICT, "Conflict", "taken",
				List.of(new ApiProblem.FieldError("code", "the tenant has a reward with the code x"),
						new ApiProblem.FieldError("somewhere.else", "no field"))));

		assertThat(form.code.isInvalid()).isTrue();
		assertThat(form.code.getErrorMessage()).isEqualTo("The shop has a reward with this code already.");
		assertThat(unshown).extracting(ApiProblem.FieldError::field).containsExactly("somewhere.else");
	}

	@Test
	void aRefusalTheConsoleKnowsIsSaidInPersianAndAnotherAsTheServerWroteIt() {
		RewardForm form = form(Language.PERSIAN, null, 0);

		form.show(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable", "refused",
				List.of(new ApiProblem.FieldError("code", "something new"))));
		assertThat(form.code.getErrorMessage()).as("no Persian for a 422 on the code").isEqualTo("something new");
		form.show(new ApiProblem(HttpStatus.CONFLICT, "Conflict", "taken",
				List.of(new ApiProblem.FieldError("code", "the tenant has a reward with the code x"))));
		assertThat(form.code.getErrorMessage()).isEqualTo("فروشگاه جایزه‌ای با این کد دارد.");
	}
}
