package ir.vafa.console.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.notifications.Channel;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.notifications.NotificationTemplate;
import ir.vafa.notifications.Preview;
import ir.vafa.notifications.PreviewRequest;
import ir.vafa.notifications.TemplateChange;
import ir.vafa.notifications.TemplateText;
import ir.vafa.platform.ApiProblem;
import org.junit.jupiter.api.Test;

/** The notification screen's parts on their own: no Spring, no browser; the preview is handed in as a function. */
class TemplateEditorTest {

	/** Renders as the backend would for {name} and {tier}; refuses {expiry}, as the backend does unknown ones. */
	private final List<PreviewRequest> asked = new ArrayList<>();
	private final Function<PreviewRequest, Preview> previewer = request -> {
		asked.add(request);
		TemplateText text = request.text();
		if (text.body().contains("{expiry}")) {
			throw ApiProblem.invalid("text.body", "unknown placeholder {expiry}");
		}
		boolean fa = "fa".equals(request.language());
		return new Preview(text.subject() == null ? null : fill(text.subject(), fa), fill(text.body(), fa));
	};

	private static String fill(String text, boolean fa) {
		return text.replace("{name}", fa ? "سارا" : "Sara").replace("{tier}", fa ? "طلایی" : "Gold");
	}

	private static NotificationTemplate template(Channel channel) {
		return new NotificationTemplate(EventType.TIER_UP, channel,
				new TemplateText(channel == Channel.EMAIL ? "Welcome to {tier}" : null, "Dear {name}"),
				new TemplateText(channel == Channel.EMAIL ? "به {tier} خوش آمدید" : null, "{name} عزیز"), true,
				Instant.parse("2026-12-02T06:00:00Z"), "admin");
	}

	@Test
	void bothLanguagesArePreviewedAsTheyAreAndPersianIsWrittenRightToLeft() {
		TemplateEditor editor = new TemplateEditor(Messages.of(Language.PERSIAN), template(Channel.EMAIL), previewer,
				true);

		assertThat(editor.faPreview.getText()).isEqualTo("به طلایی خوش آمدید\n\nسارا عزیز");
		assertThat(editor.enPreview.getText()).isEqualTo("Welcome to Gold\n\nDear Sara");
		assertThat(editor.faBody.getElement().getAttribute("dir")).isEqualTo("rtl");
		assertThat(editor.enBody.getElement().getAttribute("dir")).isEqualTo("ltr");
		assertThat(asked).extracting(PreviewRequest::memberId).containsOnlyNulls();

		editor.faBody.setValue("{name} جان، سطح شما {tier} است");

		assertThat(editor.faPreview.getText()).isEqualTo("به طلایی خوش آمدید\n\nسارا جان، سطح شما طلایی است");
		assertThat(asked.getLast().language()).isEqualTo("fa");
	}

	@Test
	void anUnknownPlaceholderMarksTheTextItIsInAndLeavesNoPreview() {
		TemplateEditor editor = new TemplateEditor(Messages.of(Language.ENGLISH), template(Channel.EMAIL), previewer,
				true);

		editor.enBody.setValue("Valid until {expiry}");

		assertThat(editor.enBody.isInvalid()).isTrue();
		assertThat(editor.enBody.getErrorMessage()).contains("{expiry}");
		assertThat(editor.enPreview.getText()).isEmpty();
		assertThat(editor.faBody.isInvalid()).isFalse();

		editor.enBody.setValue("Dear {name}");
		assertThat(editor.enBody.isInvalid()).isFalse();
	}

	@Test
	void savingAsksForBothLanguagesAndARefusalIsShownOnTheFieldsItNames() {
		TemplateEditor editor = new TemplateEditor(Messages.of(Language.PERSIAN), template(Channel.EMAIL), previewer,
				true);
		List<TemplateChange> saved = new ArrayList<>();
		editor.addSaveListener(e -> saved.add(e.change()));
		editor.faSubject.setValue("{name}، سطح تازه");

		editor.save.click();

		assertThat(saved).containsExactly(new TemplateChange(new TemplateText("Welcome to {tier}", "Dear {name}"),
				new TemplateText("{name}، سطح تازه", "{name} عزیز")));
		List<ApiProblem.FieldError> unshown = editor.show(ApiProblem.invalid(List.of(
				new ApiProblem.FieldError("fa.subject", "unknown placeholder {x}"),
				new ApiProblem.FieldError("elsewhere", "?"))));
		assertThat(editor.faSubject.isInvalid()).isTrue();
		assertThat(unshown).extracting(ApiProblem.FieldError::field).containsExactly("elsewhere");
	}

	@Test
	void anSmsHasNoSubjectAndAnAnalystOnlyReads() {
		TemplateEditor editor = new TemplateEditor(Messages.of(Language.ENGLISH), template(Channel.SMS), previewer,
				false);

		assertThat(editor.enSubject.isVisible()).isFalse();
		assertThat(editor.faSubject.isVisible()).isFalse();
		assertThat(editor.enPreview.getText()).isEqualTo("Dear Sara");
		assertThat(editor.change().fa().subject()).isNull();
		assertThat(editor.faBody.isReadOnly()).isTrue();
		assertThat(editor.save.getParent()).isEmpty();
	}

	@Test
	void theSettingsFormSaysWhatItShowsInTheConsolesLanguage() {
		SettingsForm form = new SettingsForm(Messages.of(Language.PERSIAN), NotificationSettings.DEFAULTS, true);
		List<NotificationSettings> saved = new ArrayList<>();
		form.addSaveListener(e -> saved.add(e.settings()));

		assertThat(form.language.getItemLabelGenerator().apply("fa")).isEqualTo("فارسی");
		form.language.setValue("en");
		form.expiryWarningDays.setValue(10);
		form.sms.setValue(false);
		form.save.click();

		assertThat(saved).containsExactly(new NotificationSettings("en", 10, true, false));
	}
}
