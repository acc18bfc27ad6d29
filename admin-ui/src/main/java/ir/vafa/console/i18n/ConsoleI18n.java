package ir.vafa.console.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Vaadin's translation source: English and Persian, from {@link Messages}. */
@Component
public class ConsoleI18n implements I18NProvider {

	@Override
	public List<Locale> getProvidedLocales() {
		return Arrays.stream(Language.values()).map(Language::locale).toList();
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		return Messages.of(locale).get(key, params);
	}
}
