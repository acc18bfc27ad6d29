package ir.vafa.console.programs.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.ProgramState;
import ir.vafa.programs.PublishedProgram;
import org.junit.jupiter.api.Test;

/** Which version serves, which is scheduled (in the reader's calendar), and who may change that. */
class VersionsPanelTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final List<PublishedProgram> VERSIONS = List.of(
			PublishedProgram.of(3, DemoPrograms.cafe(), Instant.parse("2026-12-01T06:00:00Z"), "admin"),
			PublishedProgram.of(2, DemoPrograms.cafe(), Instant.parse("2026-11-20T06:00:00Z"), "admin"),
			PublishedProgram.of(1, DemoPrograms.cafe(), Instant.parse("2026-11-01T06:00:00Z"), "demo"));
	private static final ProgramState SCHEDULED = new ProgramState(2, 3, Instant.parse("2026-12-10T05:30:00Z"), 4);

	private static VersionsPanel panel(Language language, boolean mayChange) {
		Messages messages = Messages.of(language);
		Formats formats = new Formats(messages.locale(), TEHRAN);
		VersionsPanel panel = new VersionsPanel(messages, formats, mayChange);
		panel.show(formats, SCHEDULED, VERSIONS, List.of());
		return panel;
	}

	@Test
	void theScheduledVersionIsSaidWithItsJalaliTimeAndCanBeCancelled() {
		VersionsPanel panel = panel(Language.PERSIAN, true);

		assertThat(text(panel, "program-state")).isEqualTo("نسخهٔ ۲ برای خریدها به کار می‌رود.");
		assertThat(text(panel, "program-scheduled")).isEqualTo("نسخهٔ ۳ از ۱۴۰۵/۰۹/۱۹، ۰۹:۰۰ جایگزین می‌شود.");
		assertThat(byId(panel, "schedule-cancel")).map(Component::isVisible).hasValue(true);
	}

	@Test
	void analystsSeeTheVersionsWithoutRollbackOrCancel() {
		VersionsPanel panel = panel(Language.ENGLISH, false);

		assertThat(text(panel, "program-scheduled")).isEqualTo("Version 3 takes over on Dec 10, 2026, 9:00\u202fAM.");
		assertThat(byId(panel, "schedule-cancel")).map(Component::isVisible).hasValue(false);
	}

	private static String text(Component root, String id) {
		return byId(root, id).orElseThrow().getElement().getText();
	}

	private static Optional<Component> byId(Component root, String id) {
		return all(root).filter(c -> c.getId().orElse("").equals(id)).findFirst();
	}

	private static Stream<Component> all(Component root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(VersionsPanelTest::all));
	}
}
