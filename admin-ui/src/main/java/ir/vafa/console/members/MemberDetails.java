package ir.vafa.console.members;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
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
import ir.vafa.ledger.PointsBalance;
import ir.vafa.programs.TierLadder;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierHistoryEntry;
import ir.vafa.members.MemberView;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.StampCard;

/**
 * One member's file: who they are; their points (available, pending and when they free up, expiring, owed, and the
 * next expiries); their tier with the way to the next one and its history; stamp cards, rewards and the ledger with
 * its reasons. Dates are in the reader's calendar. With {@code mayAssign}, buttons for an admin's placement in a
 * tier, fired as events for the view.
 */
class MemberDetails extends VerticalLayout {

	private final Messages messages;
	private final Formats formats;
	private final boolean mayAssign;

	MemberDetails(Messages messages, MemberFile file, boolean mayAssign) {
		this.messages = messages;
		this.formats = new Formats(messages.locale(), file.zone());
		this.mayAssign = mayAssign;
		setPadding(false);
		setId("member-details");
		add(profile(file.member()), figures(file), points(file.balance()));
		if (file.tier() != null) {
			TierTexts texts = tierTexts(file);
			add(new H3(messages.get("member.tier")), tier(file.tier(), texts), tierHistory(file, texts));
		}
		add(new H3(messages.get("member.cards")), cards(file), new H3(messages.get("member.rewards")), rewards(file),
				new H3(messages.get("member.history")), history(file));
	}

	private TierTexts tierTexts(MemberFile file) {
		Map<String, TierLadder.Names> names = new HashMap<>();
		if (file.ladder() != null && file.ladder().levels() != null) {
			file.ladder().levels().forEach(level -> names.put(level.id(), level.name()));
		}
		return new TierTexts(messages, formats, file.currency(), names);
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
		PointsBalance points = file.balance();
		FlexLayout figures = new FlexLayout(
				figure("member.balance", formats.number(file.account().pointsBalance()), "balance"),
				figure("member.available", formats.number(points.pointsAvailable()), "points-available"),
				figure("member.pending", formats.number(points.pointsPending()), "points-pending"));
		if (points.pointsHeld() != 0) {
			figures.add(figure("member.held", formats.number(points.pointsHeld()), "points-held"));
		}
		if (points.pointsExpiring() != 0) {
			figures.add(figure("member.expiring", formats.number(points.pointsExpiring()), "points-expiring"));
		}
		if (points.pointsDebt() != 0) {
			figures.add(figure("member.debt", formats.number(points.pointsDebt()), "points-debt"));
		}
		figures.add(
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

	/** When pending points become available, and when the next points expire. */
	private Component points(PointsBalance balance) {
		UnorderedList lines = new UnorderedList();
		lines.setId("points-schedule");
		balance.pending().forEach(p -> lines.add(line("pending-line",
				messages.get("member.pending.line", p.points(), formats.dateTime(p.availableAt())))));
		balance.expiries().forEach(e -> lines.add(line("expiry-line",
				messages.get("member.expiry.line", e.points(), formats.longDate(e.lastDay())))));
		lines.setVisible(lines.getChildren().findAny().isPresent());
		return lines;
	}

	private static ListItem line(String className, String text) {
		ListItem item = new ListItem(text);
		item.addClassName(className);
		return item;
	}

	/** The member's tier, the bar to the next one, and what keeps it; a placement by hand says so. */
	private Component tier(MemberTier tier, TierTexts texts) {
		Span name = new Span(texts.name(tier.name()));
		name.setId("member-tier");
		name.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
		HorizontalLayout heading = new HorizontalLayout(name);
		heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		if (tier.assignment() != null) {
			heading.add(badge(messages.get("tier.badge.manual"), "tier-manual-badge", "badge contrast"));
		}
		if (tier.graceUntil() != null) {
			heading.add(badge(messages.get("tier.badge.grace"), "tier-grace-badge", "badge warning"));
		}
		ProgressBar bar = new ProgressBar(0, 1, TierTexts.fraction(tier));
		bar.setId("tier-progress");
		bar.setWidth("28rem");
		bar.getElement().setAttribute("aria-label", texts.progress(tier));
		VerticalLayout standing = new VerticalLayout(heading, bar, text(texts.progress(tier), "tier-progress-text"),
				text(texts.window(tier), "tier-window"));
		standing.setPadding(false);
		standing.setSpacing(false);
		optional(standing, texts.since(tier), "tier-since");
		optional(standing, texts.keep(tier), "tier-keep");
		optional(standing, texts.grace(tier), "tier-grace");
		optional(standing, texts.assignment(tier), "tier-assignment");
		if (mayAssign) {
			standing.add(assignmentButtons(tier));
		}
		return standing;
	}

	private Component assignmentButtons(MemberTier tier) {
		Button assign = new Button(messages.get("tier.assign"), e -> fireEvent(new AssignRequestedEvent(this)));
		assign.setId("tier-assign");
		assign.addThemeVariants(ButtonVariant.SMALL);
		HorizontalLayout buttons = new HorizontalLayout(assign);
		if (tier.assignment() != null) {
			Button end = new Button(messages.get("tier.assignment.end"), e -> fireEvent(new EndRequestedEvent(this)));
			end.setId("tier-assignment-end");
			end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
			buttons.add(end);
		}
		return buttons;
	}

	private static Span badge(String text, String id, String theme) {
		Span badge = new Span(text);
		badge.setId(id);
		badge.getElement().getThemeList().add(theme);
		return badge;
	}

	private static Span text(String text, String id) {
		Span span = new Span(text);
		span.setId(id);
		return span;
	}

	private static void optional(VerticalLayout layout, String text, String id) {
		if (text != null) {
			layout.add(text(text, id));
		}
	}

	private Component tierHistory(MemberFile file, TierTexts texts) {
		if (file.tierHistory().isEmpty()) {
			Paragraph none = new Paragraph(messages.get("tier.history.none"));
			none.setId("tier-history-none");
			return none;
		}
		Grid<TierHistoryEntry> grid = new Grid<>();
		grid.setId("tier-history-grid");
		grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		grid.addColumn(e -> formats.dateTime(e.at())).setHeader(messages.get("tier.history.when")).setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(texts::change).setHeader(messages.get("tier.history.tier")).setAutoWidth(true);
		grid.addColumn(texts::reason).setHeader(messages.get("tier.history.reason")).setAutoWidth(true);
		grid.addColumn(e -> texts.value(file.tier().metric(), e.qualifyingValue()))
			.setHeader(messages.get("tier.history.value")).setAutoWidth(true);
		grid.addColumn(texts::detail).setHeader(messages.get("tier.history.detail")).setFlexGrow(1);
		grid.setItems(file.tierHistory());
		grid.setAllRowsVisible(true);
		return grid;
	}

	Registration addAssignRequestedListener(ComponentEventListener<AssignRequestedEvent> listener) {
		return addListener(AssignRequestedEvent.class, listener);
	}

	Registration addEndRequestedListener(ComponentEventListener<EndRequestedEvent> listener) {
		return addListener(EndRequestedEvent.class, listener);
	}

	/** An admin wants to place the member in a tier. */
	static final class AssignRequestedEvent extends ComponentEvent<MemberDetails> {

		AssignRequestedEvent(MemberDetails source) {
			super(source, false);
		}
	}

	/** An admin wants to end the member's placement by hand. */
	static final class EndRequestedEvent extends ComponentEvent<MemberDetails> {

		EndRequestedEvent(MemberDetails source) {
			super(source, false);
		}
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
