package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import ir.vafa.platform.ApiProblem;
import org.junit.jupiter.api.Test;

/** The backend refuses in English; a Persian cashier reads the common refusals in Persian. */
class RefusalsTest {

	private static final ApiProblem TOO_FEW_POINTS = ApiProblem.conflict("points",
			"The member has 120 points available, fewer than the 500 the reward costs");

	@Test
	void aKnownRefusalIsSaidInTheUsersLanguage() {
		assertThat(Refusals.say(TOO_FEW_POINTS, Messages.of(Language.PERSIAN)))
			.isEqualTo("عضو این اندازه امتیاز در دسترس ندارد (امتیازهای در انتظار و رزروشده به کار نمی‌آیند).");
		assertThat(Refusals.say(ApiProblem.conflict("code", "The voucher expired at 2026-12-31T08:30:00Z"),
				Messages.of(Language.PERSIAN))).startsWith("این کد استفاده‌شدنی نیست");
	}

	@Test
	void inEnglishTheBackendsDetailFollowsAndAnUnknownRefusalIsShownAsItCame() {
		assertThat(Refusals.say(TOO_FEW_POINTS, Messages.of(Language.ENGLISH)))
			.startsWith("The member does not have that many points available")
			.endsWith("(The member has 120 points available, fewer than the 500 the reward costs)");
		assertThat(Refusals.say(ApiProblem.conflict("slug", "taken"), Messages.of(Language.PERSIAN)))
			.isEqualTo("پذیرفته نشد: taken");
	}
}
