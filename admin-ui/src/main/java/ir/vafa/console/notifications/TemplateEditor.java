package ir.vafa.console.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.Messages;
import ir.vafa.notifications.Channel;
import ir.vafa.notifications.NotificationTemplate;
import ir.vafa.notifications.Preview;
import ir.vafa.notifications.PreviewRequest;
import ir.vafa.notifications.TemplateChange;
import ir.vafa.notifications.TemplateText;
import ir.vafa.platform.ApiProblem;

/**
 * One event and channel's templates, English beside Persian (right to left), each with a live preview rendered by
 * the backend as the text is typed. Saving fires a {@link SaveEvent}; the view calls the service and hands refusals
 * back to {@link #show}. Plain component: testable without Spring.
 */
class TemplateEditor extends VerticalLayout {

	static final String PLACEHOLDERS = "{name} {points} {tier} {reward} {date} {balance} {voucher} {choices}";

	final TextField enSubject = new TextField();
	final TextArea enBody = new TextArea();
	final TextField faSubject = new TextField();
	final TextArea faBody = new TextArea();
	final Div enPreview = new Div();
	final Div faPreview = new Div();
	final Button save = new Button();
	final Button reset = new Button();

	private final Messages messages;
	private final NotificationTemplate template;
	private final Function<PreviewRequest, Preview> previewer;

	TemplateEditor(Messages messages, NotificationTemplate template, Function<PreviewRequest, Preview> previewer,
			boolean canEdit) {
		this.messages = messages;
		this.template = template;
		this.previewer = previewer;
		setPadding(false);
		add(new H3(messages.get("notify.event." + template.event()) + " · "
				+ messages.get("notify.channel." + template.channel())));
		Span placeholders = new Span(PLACEHOLDERS);
		placeholders.getElement().setAttribute("dir", "ltr");
		add(new Paragraph(new Span(messages.get("notify.placeholders") + " "), placeholders));
		HorizontalLayout languages = new HorizontalLayout(
				column("en", messages.get("notify.english"), enSubject, enBody, enPreview, template.en()),
				column("fa", messages.get("notify.persian"), faSubject, faBody, faPreview, template.fa()));
		languages.setWidthFull();
		add(languages);
		save.setText(messages.get("notify.save"));
		save.setId("notify-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> fireEvent(new SaveEvent(this, change())));
		reset.setText(messages.get("notify.reset"));
		reset.setId("notify-reset");
		reset.setEnabled(template.custom());
		reset.addClickListener(e -> fireEvent(new ResetEvent(this)));
		if (canEdit) {
			add(new HorizontalLayout(save, reset));
		}
		else {
			List.of(enSubject, faSubject).forEach(f -> f.setReadOnly(true));
			List.of(enBody, faBody).forEach(f -> f.setReadOnly(true));
		}
		preview("en");
		preview("fa");
	}

	private VerticalLayout column(String language, String title, TextField subject, TextArea body, Div preview,
			TemplateText text) {
		subject.setId("notify-" + language + "-subject");
		body.setId("notify-" + language + "-body");
		preview.setId("notify-" + language + "-preview");
		subject.setLabel(messages.get("notify.subject"));
		body.setLabel(messages.get("notify.body"));
		subject.setWidthFull();
		body.setWidthFull();
		body.setMinHeight("8rem");
		subject.setValue(text.subject() == null ? "" : text.subject());
		body.setValue(text.body());
		subject.setVisible(template.channel() == Channel.EMAIL);
		// Persian is written right to left whatever the console's language; English left to right
		String direction = "fa".equals(language) ? "rtl" : "ltr";
		List.of(subject.getElement(), body.getElement(), preview.getElement())
			.forEach(e -> e.setAttribute("dir", direction));
		// the field's own input takes the page's direction otherwise: turn the text, not the label
		List.of(subject.getElement(), body.getElement()).forEach(e -> e.executeJs(
				"if (this.inputElement) { this.inputElement.dir = $0; }", direction));
		subject.setValueChangeMode(ValueChangeMode.LAZY);
		body.setValueChangeMode(ValueChangeMode.LAZY);
		subject.addValueChangeListener(e -> preview(language));
		body.addValueChangeListener(e -> preview(language));
		preview.addClassName("notify-preview");
		preview.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)");
		VerticalLayout column = new VerticalLayout(new H4(title), subject, body,
				new H4(messages.get("notify.preview")), preview);
		column.setPadding(false);
		column.setWidth("50%");
		return column;
	}

	/** What the texts say now, as the service takes them. */
	TemplateChange change() {
		return new TemplateChange(text(enSubject, enBody), text(faSubject, faBody));
	}

	private TemplateText text(TextField subject, TextArea body) {
		return new TemplateText(template.channel() == Channel.EMAIL ? subject.getValue() : null, body.getValue());
	}

	/** Renders the language's texts with sample values; a refusal (an unknown placeholder) is shown on its field. */
	void preview(String language) {
		boolean fa = "fa".equals(language);
		TextField subject = fa ? faSubject : enSubject;
		TextArea body = fa ? faBody : enBody;
		Div preview = fa ? faPreview : enPreview;
		subject.setInvalid(false);
		body.setInvalid(false);
		try {
			Preview rendered = previewer.apply(new PreviewRequest(template.event(), template.channel(), language,
					text(subject, body), null));
			preview.setText(rendered.subject() == null ? rendered.body() : rendered.subject() + "\n\n" + rendered.body());
		}
		catch (ApiProblem problem) {
			preview.setText("");
			for (ApiProblem.FieldError error : problem.errors()) {
				if (error.field().endsWith("subject")) {
					invalid(subject, error.message());
				}
				else {
					invalid(body, error.message());
				}
			}
		}
	}

	/** Shows the service's refusal of a save on the fields it names; answers the errors it could not place. */
	List<ApiProblem.FieldError> show(ApiProblem problem) {
		List<ApiProblem.FieldError> unshown = new ArrayList<>();
		for (ApiProblem.FieldError error : problem.errors()) {
			switch (error.field()) {
				case "en.subject" -> invalid(enSubject, error.message());
				case "en.body" -> invalid(enBody, error.message());
				case "fa.subject" -> invalid(faSubject, error.message());
				case "fa.body" -> invalid(faBody, error.message());
				default -> unshown.add(error);
			}
		}
		return unshown;
	}

	private static void invalid(TextField field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

	private static void invalid(TextArea field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addResetListener(ComponentEventListener<ResetEvent> listener) {
		return addListener(ResetEvent.class, listener);
	}

	NotificationTemplate template() {
		return template;
	}

	/** Save these texts as the tenant's templates of the event and channel. */
	static final class SaveEvent extends ComponentEvent<TemplateEditor> {

		private final TemplateChange change;

		SaveEvent(TemplateEditor source, TemplateChange change) {
			super(source, false);
			this.change = change;
		}

		TemplateChange change() {
			return change;
		}
	}

	/** Go back to the built-in templates. */
	static final class ResetEvent extends ComponentEvent<TemplateEditor> {

		ResetEvent(TemplateEditor source) {
			super(source, false);
		}
	}
}
