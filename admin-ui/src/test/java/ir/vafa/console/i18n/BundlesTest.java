package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Both languages say everything, Persian really is Persian, and every pattern is a valid message format. */
class BundlesTest {

	/** Texts that are the same in both languages (formats and symbols). */
	private static final Set<String> LANGUAGE_NEUTRAL = Set.of("member.money");
	private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("fa").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
	}

	@Test
	void persianTextsAreWrittenInPersian() throws IOException {
		Properties persian = load("fa");
		assertThat(persian.stringPropertyNames())
			.filteredOn(key -> !LANGUAGE_NEUTRAL.contains(key))
			.filteredOn(key -> !persian.getProperty(key).isBlank() && persian.getProperty(key).chars().anyMatch(Character::isLetter))
			.allSatisfy(key -> assertThat(PERSIAN_LETTER.matcher(persian.getProperty(key)).find())
				.as("%s = %s", key, persian.getProperty(key))
				.isTrue());
	}

	@Test
	void everyPatternParses() throws IOException {
		for (String language : new String[] { "en", "fa" }) {
			Properties texts = load(language);
			texts.stringPropertyNames().forEach(key -> new MessageFormat(texts.getProperty(key), Locale.of(language)));
		}
	}

	@Test
	void messagesFormatNumbersInTheLanguagesDigits() {
		assertThat(Messages.of(Language.ENGLISH).get("member.cards.progress", 3, 5)).isEqualTo("3 of 5");
		assertThat(Messages.of(Language.PERSIAN).get("member.cards.progress", 3, 5)).isEqualTo("۳ از ۵");
		assertThat(Messages.of(Language.PERSIAN).get("no.such.key")).isEqualTo("!no.such.key");
	}

	@Test
	void unknownLanguagesFallBackToEnglish() {
		assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
		assertThat(Language.of(Locale.of("fa"))).isEqualTo(Language.PERSIAN);
		assertThat(new ConsoleI18n().getTranslation("nav.members", Locale.FRENCH)).isEqualTo("Member lookup");
		assertThat(new ConsoleI18n().getTranslation("nav.members", Locale.of("fa", "AF"))).isEqualTo("جستجوی عضو");
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BundlesTest.class.getResourceAsStream("/" + Messages.BUNDLE + "_" + language + ".properties")) {
			assertThat(in).as(language).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
