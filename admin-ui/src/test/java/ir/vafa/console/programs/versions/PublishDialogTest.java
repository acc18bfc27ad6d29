package ir.vafa.console.programs.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Publishing now, or at a wall-clock time in the program's zone that must be ahead. */
class PublishDialogTest {

	private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
	private final List<Instant> published = new ArrayList<>();
	private final List<Boolean> now = new ArrayList<>();

	private PublishDialog dialog(Language language) {
		PublishDialog dialog = new PublishDialog(Messages.of(language), ZoneId.of("Asia/Tehran"),
				Clock.fixed(NOW, ZoneOffset.UTC));
		dialog.addPublishListener(e -> {
			published.add(e.activateAt());
			now.add(e.activateAt() == null);
		});
		return dialog;
	}

	@Test
	void nowPublishesWithoutATime() {
		PublishDialog dialog = dialog(Language.ENGLISH);

		dialog.confirm.click();

		assertThat(now).containsExactly(true);
	}

	@Test
	void aTimeIsTheProgramsWallClockTime() {
		PublishDialog dialog = dialog(Language.PERSIAN);
		dialog.when.setValue(PublishDialog.When.AT);

		dialog.at.setValue(LocalDateTime.of(2026, 12, 2, 9, 0));
		dialog.confirm.click();

		assertThat(published).containsExactly(Instant.parse("2026-12-02T05:30:00Z"));
	}

	@Test
	void aTimeInThePastOrNoneIsRefusedInTheUsersLanguage() {
		PublishDialog dialog = dialog(Language.PERSIAN);
		dialog.when.setValue(PublishDialog.When.AT);

		dialog.confirm.click();
		assertThat(dialog.at.getErrorMessage()).isEqualTo("الزامی است");
		dialog.at.setValue(LocalDateTime.of(2026, 12, 1, 9, 0));
		dialog.confirm.click();

		assertThat(published).isEmpty();
		assertThat(dialog.at.isInvalid()).isTrue();
		assertThat(dialog.at.getErrorMessage()).isEqualTo("باید در آینده باشد");
	}
}
