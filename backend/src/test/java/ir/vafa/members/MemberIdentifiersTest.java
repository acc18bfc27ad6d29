package ir.vafa.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberIdentifiersTest {

	@ParameterizedTest
	@ValueSource(strings = { "09121234567", "0912 123 4567", "+98 912 123 4567", "00989121234567", "۰۹۱۲۱۲۳۴۵۶۷",
			"٠٩١٢١٢٣٤٥٦٧", "(0912) 123-4567" })
	void oneIranianMobileNumberHasOneSpelling(String written) {
		assertThat(MemberIdentifiers.phone(written)).isEqualTo("+989121234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { " Sara@Example.COM ", "sara@example.com" })
	void emailsAreCompared(String written) {
		assertThat(MemberIdentifiers.email(written)).isEqualTo("sara@example.com");
	}
}
