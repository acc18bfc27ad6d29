package ir.vafa.console.i18n;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.Direction;

/** The console's languages; Persian is written right to left. */
public enum Language {

	ENGLISH(Locale.ENGLISH, Direction.LEFT_TO_RIGHT, "English"),
	PERSIAN(Locale.of("fa", "IR"), Direction.RIGHT_TO_LEFT, "فارسی");

	private final Locale locale;
	private final Direction direction;
	private final String nativeName;

	Language(Locale locale, Direction direction, String nativeName) {
		this.locale = locale;
		this.direction = direction;
		this.nativeName = nativeName;
	}

	public Locale locale() {
		return locale;
	}

	public Direction direction() {
		return direction;
	}

	/** The language's name written in itself, for the switch. */
	public String nativeName() {
		return nativeName;
	}

	/** The language of a locale, by language code; English for any language the console does not speak. */
	public static Language of(Locale locale) {
		if (locale == null) {
			return ENGLISH;
		}
		return Arrays.stream(values())
			.filter(l -> l.locale.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(ENGLISH);
	}

	/** The other language, for a two-way switch. */
	public Language other() {
		return this == ENGLISH ? PERSIAN : ENGLISH;
	}
}
