package ir.vafa.console.members;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.i18n.ReadOnlyFields;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.members.MemberView;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.StampCard;

/** One member's file: who they are, their points and visits, stamp cards, rewards and the ledger with its reasons. */
class MemberDetails extends VerticalLayout {

	private final Messages messages;
	private final Formats formats;

	MemberDetails(Messages messages, MemberFile file) {
		this.messages = messages;
		this.formats = new Formats(messages.locale(), file.zone());
		setPadding(false);
		setId("member-details");
		add(profile(file.member()), figures(file), new H3(messages.get("member.cards")), cards(file),
				new H3(messages.get("member.rewards")), rewards(file), new H3(messages.get("member.history")),
				history(file));
	}

	private Component profile(MemberView member) {
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
		form.add(value("member.name", member.displayName(), "member-name"),
				leftToRight(value("member.card", member.cardNumber(), "member-card")),
				leftToRight(value("member.phone", member.phone(), "member-phone")),
				leftToRight(value("member.email", member.email(), "member-email")),
				value("member.enrolled", formats.dateTime(member.enrolledAt()), "member-enrolled"));
		form.setWidthFull();
		return form;
	}

	private TextField value(String labelKey, String text, String id) {
		return ReadOnlyFields.of(messages, labelKey, text, id);
	}

	/**
	 * Card numbers, phone numbers and emails read left to right in Persian too ("+98…" would otherwise show its plus
	 * at the end). Only the value turns, still aligned with the page; the label stays as it is.
	 */
	private static TextField leftToRight(TextField field) {
		field.getElement().executeJs("""
				if (this.inputElement) {
				  this.inputElement.dir = 'ltr';
				  this.inputElement.style.textAlign = getComputedStyle(this).direction === 'rtl' ? 'right' : 'left';
				}""");
		return field;
	}

	private Component figures(MemberFile file) {
		FlexLayout figures = new FlexLayout(
				figure("member.balance", formats.number(file.account().pointsBalance()), "balance"),
				figure("member.purchases", formats.number(file.account().purchaseCount()), "purchase-count"),
				figure("member.lifetimeSpend",
						messages.get("member.money", formats.amount(file.account().lifetimeSpend()), file.currency()),
						"lifetime-spend"));
		figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		figures.addClassNames(LumoUtility.Gap.MEDIUM);
		return figures;
	}

	private Component figure(String labelKey, String value, String id) {
		Span label = new Span(messages.get(labelKey));
		label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Span number = new Span(value);
		number.setId(id);
		number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Div box = new Div(label, number);
		box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM,
				LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.BorderColor.CONTRAST_10);
		box.setMinWidth("12rem");
		return box;
	}

	private Component cards(MemberFile file) {
		if (file.cards().isEmpty()) {
			return new Paragraph(messages.get("member.cards.none"));
		}
		Grid<StampCard> grid = new Grid<>();
		grid.setId("cards-grid");
		grid.addColumn(StampCard::cardId).setHeader(messages.get("member.cards.card"));
		grid.addColumn(c -> messages.get("member.cards.progress", c.stamps(), c.stampsPerReward()))
			.setHeader(messages.get("member.cards.stamps"));
		grid.setItems(file.cards());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private Component rewards(MemberFile file) {
		if (file.rewards().isEmpty()) {
			return new Paragraph(messages.get("member.rewards.none"));
		}
		Grid<IssuedReward> grid = new Grid<>();
		grid.setId("rewards-grid");
		grid.addColumn(IssuedReward::rewardCode).setHeader(messages.get("member.rewards.reward"));
		grid.addColumn(IssuedReward::cardId).setHeader(messages.get("member.rewards.card"));
		grid.addColumn(r -> messages.get("member.rewards.status." + r.status()))
			.setHeader(messages.get("member.rewards.status"));
		grid.addColumn(r -> formats.dateTime(r.issuedAt())).setHeader(messages.get("member.rewards.issued"));
		grid.setItems(file.rewards());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private Component history(MemberFile file) {
		if (file.history().isEmpty()) {
			return new Paragraph(messages.get("member.history.none"));
		}
		EntryExplanations explanations = new EntryExplanations(messages);
		Grid<LedgerEntry> grid = new Grid<>();
		grid.setId("history-grid");
		grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		grid.addColumn(e -> formats.dateTime(e.createdAt())).setHeader(messages.get("member.history.when"))
			.setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(explanations::kind).setHeader(messages.get("member.history.kind")).setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(e -> formats.signed(e.points())).setHeader(messages.get("member.history.points"))
			.setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(explanations::why).setHeader(messages.get("member.history.why")).setFlexGrow(1);
		grid.setItems(file.history());
		grid.setAllRowsVisible(true);
		return grid;
	}
}
