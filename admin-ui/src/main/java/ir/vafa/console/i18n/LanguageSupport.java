package ir.vafa.console.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * The chosen language lives in the Vaadin session (so in the HTTP session): every new page of the session starts in
 * it, with the language's writing direction and {@code lang} on the document.
 */
@Component
public class LanguageSupport implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> apply(init.getUI()));
	}

	/** The language the current session speaks. */
	public static Language current() {
		VaadinSession session = VaadinSession.getCurrent();
		return Language.of(session == null ? null : session.getLocale());
	}

	/** Switches the session to the language and draws the page again in it. */
	public static void switchTo(Language language) {
		VaadinSession.getCurrent().setLocale(language.locale());
		UI ui = UI.getCurrent();
		ui.getPage().reload();
	}

	private static void apply(UI ui) {
		Language language = Language.of(ui.getSession().getLocale());
		ui.setLocale(language.locale());
		ui.setDirection(language.direction());
		ui.getPage().executeJs("document.documentElement.lang = $0", language.locale().getLanguage());
	}
}
