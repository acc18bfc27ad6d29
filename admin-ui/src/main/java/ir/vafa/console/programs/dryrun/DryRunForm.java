package ir.vafa.console.programs.dryrun;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.LocalizedDateTimeField;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;
import ir.vafa.purchases.DryRun;

/**
 * Tries a purchase against the draft or a published version: its lines, when it happens (in the program's time
 * zone), and who buys (a new member, a member with a number of purchases and a tier, or a real member by card).
 * Fires {@link RunEvent}; the view runs it and hands back the effects, each with its rule and why.
 */
public class DryRunForm extends VerticalLayout {

	final Select<Integer> version = new Select<>();
	final LocalizedDateTimeField occurredAt;
	final RadioButtonGroup<DryRunInput.Who> who = new RadioButtonGroup<>();
	final TextField purchaseCount = LocalizedNumbers.field(null);
	final Select<String> tier = new Select<>();
	final TextField card = new TextField();
	final Button addLine = new Button();
	final Button run = new Button();

	private final Messages messages;
	private final Clock clock;
	private final VerticalLayout lines = new VerticalLayout();
	private final List<LineRow> rows = new ArrayList<>();
	private final Binder<MemberChoice> binder = new Binder<>();
	private final MemberChoice member = new MemberChoice();
	private final Span points = new Span();
	private final Paragraph refusal = new Paragraph();
	private final Grid<DryRun.Effect> effects = new Grid<>();
	private ZoneId zone = ZoneId.of("UTC");
	private Formats formats;

	public DryRunForm(Messages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.occurredAt = new LocalizedDateTimeField(messages);
		this.formats = new Formats(messages.locale(), zone);
		setId("dryrun");
		setPadding(false);
		configureFields();
		bindFields();
		configureResult();
		add(new H3(messages.get("dryrun.title")), version, lines, addLine, occurredAt, who, purchaseCount, tier, card,
				run, refusal, points, effects);
		addLine();
		showMemberFields();
	}

	private void configureFields() {
		version.setLabel(messages.get("dryrun.version"));
		version.setId("dryrun-version");
		version.setEmptySelectionCaption(messages.get("dryrun.version.draft"));
		version.setItemLabelGenerator(v -> v == null ? messages.get("dryrun.version.draft")
				: messages.get("dryrun.version.number", v));
		lines.setPadding(false);
		lines.setSpacing(false);
		addLine.setText(messages.get("dryrun.line.add"));
		addLine.setIcon(VaadinIcon.PLUS.create());
		addLine.addThemeVariants(ButtonVariant.TERTIARY);
		addLine.setId("dryrun-line-add");
		addLine.addClickListener(e -> addLine());
		occurredAt.setLabel(messages.get("dryrun.occurredAt"));
		occurredAt.setId("dryrun-at");
		who.setLabel(messages.get("dryrun.who"));
		who.setItems(DryRunInput.Who.values());
		who.setItemLabelGenerator(w -> messages.get("dryrun.who." + w));
		who.setId("dryrun-who");
		who.setValue(DryRunInput.Who.NEW);
		who.addValueChangeListener(e -> showMemberFields());
		purchaseCount.setLabel(messages.get("dryrun.purchaseCount"));
		purchaseCount.setId("dryrun-purchase-count");
		tier.setLabel(messages.get("dryrun.tier"));
		tier.setId("dryrun-tier");
		tier.setEmptySelectionAllowed(true);
		tier.setEmptySelectionCaption(messages.get("dryrun.tier.lowest"));
		card.setLabel(messages.get("dryrun.card"));
		card.setId("dryrun-card");
		run.setText(messages.get("dryrun.run"));
		run.setIcon(VaadinIcon.PLAY.create());
		run.setId("dryrun-run");
		run.addThemeVariants(ButtonVariant.PRIMARY);
		run.addClickListener(e -> runIfValid());
	}

	private void bindFields() {
		String required = messages.get("validation.required");
		binder.forField(occurredAt).asRequired(required).bind(MemberChoice::getAt, MemberChoice::setAt);
		binder.forField(purchaseCount).withConverter(LocalizedNumbers.whole(messages))
			.withValidator((n, c) -> n != null || who.getValue() != DryRunInput.Who.STATE ? ValidationResult.ok()
					: ValidationResult.error(required))
			.withValidator((n, c) -> n == null || n >= 0 ? ValidationResult.ok()
					: ValidationResult.error(messages.get("validation.range", 0, Long.MAX_VALUE)))
			.bind(MemberChoice::getPurchaseCount, MemberChoice::setPurchaseCount);
		binder.forField(tier).bind(MemberChoice::getTier, MemberChoice::setTier);
		binder.forField(card)
			.withValidator((c, ctx) -> !c.isBlank() || who.getValue() != DryRunInput.Who.CARD ? ValidationResult.ok()
					: ValidationResult.error(required))
			.bind(MemberChoice::getCard, MemberChoice::setCard);
		member.setPurchaseCount(0L);
		binder.setBean(member);
	}

	private void configureResult() {
		refusal.setId("dryrun-refusal");
		refusal.addClassNames(LumoUtility.TextColor.ERROR);
		refusal.setVisible(false);
		points.setId("dryrun-points");
		points.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
		points.setVisible(false);
		effects.setId("dryrun-effects");
		effects.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		effects.addColumn(e -> messages.get("dryrun.effect." + e.kind())).setHeader(messages.get("dryrun.effect.kind"))
			.setAutoWidth(true).setFlexGrow(0);
		effects.addColumn(DryRun.Effect::ruleName).setHeader(messages.get("dryrun.effect.rule")).setFlexGrow(1);
		effects.addColumn(this::amount).setHeader(messages.get("dryrun.effect.amount")).setAutoWidth(true).setFlexGrow(0);
		effects.addColumn(DryRun.Effect::why).setHeader(messages.get("dryrun.effect.why")).setFlexGrow(2);
		effects.setAllRowsVisible(true);
		effects.setVisible(false);
	}

	private String amount(DryRun.Effect effect) {
		return switch (effect.kind()) {
			case "POINTS" -> formats.signed(effect.points() == null ? 0 : effect.points());
			case "STAMP" -> messages.get("dryrun.effect.stamp", effect.cardId());
			default -> messages.get("dryrun.effect.reward", effect.rewardCode());
		};
	}

	private void showMemberFields() {
		purchaseCount.setVisible(who.getValue() == DryRunInput.Who.STATE);
		tier.setVisible(who.getValue() == DryRunInput.Who.STATE && !tier.getListDataView().getItems().toList().isEmpty());
		card.setVisible(who.getValue() == DryRunInput.Who.CARD);
	}

	private void addLine() {
		LineRow row = new LineRow(messages, new LineDraft());
		row.remove.addClickListener(e -> {
			if (rows.size() > 1) {
				rows.remove(row);
				lines.remove(row);
				renumber();
			}
		});
		rows.add(row);
		lines.add(row);
		renumber();
	}

	private void renumber() {
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).setIds(i);
		}
	}

	/**
	 * What there is to try against: the draft (when there is one) and the published versions, newest first; the
	 * program's time zone and tiers. The purchase's time starts as now.
	 */
	public void setChoices(boolean hasDraft, List<Integer> versions, Integer current, List<String> tierIds, ZoneId zone) {
		this.zone = zone;
		this.formats = new Formats(messages.locale(), zone);
		version.setEmptySelectionAllowed(hasDraft);
		version.setItems(versions);
		version.setValue(hasDraft ? null : current);
		tier.setItems(tierIds);
		occurredAt.setLabel(messages.get("dryrun.occurredAt.zone", zone.getId()));
		if (occurredAt.getValue() == null) {
			occurredAt.setValue(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
		}
		showMemberFields();
	}

	private void runIfValid() {
		boolean valid = binder.validate().isOk();
		for (LineRow row : rows) {
			valid &= row.validate();
		}
		if (!valid) {
			return;
		}
		DryRunInput input = new DryRunInput(version.getValue(), rows.stream().map(r -> r.line().toLine()).toList(),
				member.getAt().atZone(zone).toInstant(), who.getValue(), member.getPurchaseCount(), member.getTier(),
				member.getCard() == null ? null : member.getCard().strip());
		fireEvent(new RunEvent(this, input));
	}

	public void showResult(DryRun.Result result) {
		refusal.setVisible(false);
		points.setText(messages.get(result.draft() ? "dryrun.result.draft" : "dryrun.result.version",
				result.pointsEarned(), result.version()));
		points.setVisible(true);
		effects.setItems(result.effects());
		effects.setVisible(!result.effects().isEmpty());
	}

	public void showRefusal(String message) {
		refusal.setText(message);
		refusal.setVisible(true);
		points.setVisible(false);
		effects.setVisible(false);
	}

	public Registration addRunListener(ComponentEventListener<RunEvent> listener) {
		return addListener(RunEvent.class, listener);
	}

	public static final class RunEvent extends ComponentEvent<DryRunForm> {

		private final DryRunInput input;

		RunEvent(DryRunForm source, DryRunInput input) {
			super(source, false);
			this.input = input;
		}

		public DryRunInput input() {
			return input;
		}
	}

	static final class MemberChoice implements java.io.Serializable {

		private LocalDateTime at;
		private Long purchaseCount;
		private String tier;
		private String card = "";

		LocalDateTime getAt() {
			return at;
		}

		void setAt(LocalDateTime at) {
			this.at = at;
		}

		Long getPurchaseCount() {
			return purchaseCount;
		}

		void setPurchaseCount(Long purchaseCount) {
			this.purchaseCount = purchaseCount;
		}

		String getTier() {
			return tier;
		}

		void setTier(String tier) {
			this.tier = tier;
		}

		String getCard() {
			return card;
		}

		void setCard(String card) {
			this.card = card;
		}
	}
}
