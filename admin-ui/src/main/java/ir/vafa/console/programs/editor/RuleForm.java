package ir.vafa.console.programs.editor;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.RewardChoice;
import ir.vafa.console.i18n.TimeInputs;

/**
 * One rule: the fields its kind has, when it applies, and the tiers it is limited to. The kind is fixed (a rule of
 * another kind is another rule). Its buttons move or remove it; the {@link RulesEditor} does that.
 */
class RuleForm extends Div {

	static final long MAX_POINTS_PER_UNIT = 1_000_000;
	static final long MAX_BONUS = 1_000_000;
	static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(100);
	static final int MIN_STAMPS = 2;
	static final int MAX_STAMPS = 100;

	final TextField id = new TextField();
	final TextField name = new TextField();
	final TextField spendUnit = LocalizedNumbers.field(null);
	final TextField pointsPerUnit = LocalizedNumbers.field(null);
	final TextField factor = LocalizedNumbers.field(null);
	final TextField points = LocalizedNumbers.field(null);
	final TextField cardId = new TextField();
	final TextField stampsPerReward = LocalizedNumbers.field(null);
	final TextField rewardCode = new TextField();
	final TextField choiceRewards = new TextField();
	final TextField choiceDays = LocalizedNumbers.field(null);
	final TextField skus = new TextField();
	final TextField categories = new TextField();
	final TimePicker from;
	final TimePicker to;
	final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
	final CheckboxGroup<String> tiers = new CheckboxGroup<>();
	final Button up = new Button(VaadinIcon.ARROW_UP.create());
	final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
	final Button remove = new Button(VaadinIcon.TRASH.create());

	private final Messages messages;
	private final Checks checks;
	private final RuleDraft rule;
	private final Binder<RuleDraft> binder = new Binder<>();
	private final Span title = new Span();
	private final Span finding = new Span();
	private final FormLayout fields = new FormLayout();

	/**
	 * @param otherIds   the other rules' ids, read when checked
	 * @param otherCards the cards the other stamp rules fill
	 */
	RuleForm(Messages messages, Checks checks, RuleDraft rule, List<String> tierIds,
			SerializableSupplier<Collection<String>> otherIds, SerializableSupplier<Collection<String>> otherCards) {
		this.messages = messages;
		this.checks = checks;
		this.rule = rule;
		this.from = TimeInputs.localized(messages);
		this.to = TimeInputs.localized(messages);
		configureFields();
		tierChoices(tierIds);
		bindCommon(otherIds);
		bindKind(otherCards);
		binder.setBean(rule);
		configureLayout();
	}

	private void configureFields() {
		id.setLabel(messages.get("editor.rule.id"));
		id.setHelperText(messages.get("editor.rule.id.help"));
		name.setLabel(messages.get("editor.rule.name"));
		spendUnit.setLabel(messages.get("editor.rule.spendUnit"));
		pointsPerUnit.setLabel(messages.get("editor.rule.pointsPerUnit"));
		factor.setLabel(messages.get("editor.rule.factor"));
		points.setLabel(messages.get("editor.rule.points"));
		cardId.setLabel(messages.get("editor.rule.cardId"));
		stampsPerReward.setLabel(messages.get("editor.rule.stampsPerReward"));
		rewardCode.setLabel(messages.get("editor.rule.rewardCode"));
		choiceRewards.setLabel(messages.get("editor.rule.choiceRewards"));
		choiceRewards.setHelperText(messages.get("editor.rule.choiceRewards.help"));
		choiceDays.setLabel(messages.get("editor.rule.choiceDays"));
		choiceDays.setHelperText(messages.get("editor.rule.choiceDays.help"));
		skus.setLabel(messages.get("editor.rule.skus"));
		skus.setHelperText(messages.get("editor.rule.items.help"));
		categories.setLabel(messages.get("editor.rule.categories"));
		categories.setHelperText(messages.get("editor.rule.items.help"));
		from.setLabel(messages.get("editor.rule.from"));
		to.setLabel(messages.get("editor.rule.to"));
		from.setClearButtonVisible(true);
		to.setClearButtonVisible(true);
		to.setHelperText(messages.get("editor.rule.window.help"));
		days.setLabel(messages.get("editor.rule.days"));
		days.setItems(Arrays.asList(DayOfWeek.values()));
		days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, messages.locale()));
		tiers.setLabel(messages.get("editor.rule.tiers"));
		tiers.setHelperText(messages.get("editor.rule.tiers.help"));
		for (Button button : List.of(up, down, remove)) {
			button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		}
		remove.addThemeVariants(ButtonVariant.ERROR);
		up.setTooltipText(messages.get("editor.rule.up"));
		down.setTooltipText(messages.get("editor.rule.down"));
		remove.setTooltipText(messages.get("editor.rule.remove"));
		remove.setAriaLabel(messages.get("editor.rule.remove"));
	}

	private void bindCommon(SerializableSupplier<Collection<String>> otherIds) {
		binder.forField(id).asRequired(checks.requiredMessage()).withValidator(checks.id())
			.withValidator(checks.unique(otherIds, "validation.duplicateRule"))
			.bind(RuleDraft::getId, RuleDraft::setId);
		binder.forField(name).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(Checks.MAX_RULE_NAME))
			.bind(RuleDraft::getName, RuleDraft::setName);
		binder.forField(from).bind(RuleDraft::getFrom, RuleDraft::setFrom);
		var toBinding = binder.forField(to)
			.withValidator(checks.refuse(end -> end.equals(from.getValue() == null ? LocalTime.MIDNIGHT : from.getValue()),
					"validation.window.empty"))
			.bind(RuleDraft::getTo, RuleDraft::setTo);
		from.addValueChangeListener(e -> toBinding.validate());
		binder.forField(days).bind(RuleDraft::getDays, RuleDraft::setDays);
		binder.forField(tiers).bind(RuleDraft::getTiers, RuleDraft::setTiers);
	}

	private void bindKind(SerializableSupplier<Collection<String>> otherCards) {
		switch (rule.kind()) {
			case SPEND -> {
				binder.forField(spendUnit).asRequired(checks.requiredMessage())
					.withConverter(LocalizedNumbers.decimal(messages)).withValidator(checks.above(BigDecimal.ZERO))
					.bind(RuleDraft::getSpendUnit, RuleDraft::setSpendUnit);
				binder.forField(pointsPerUnit).asRequired(checks.requiredMessage())
					.withConverter(LocalizedNumbers.whole(messages)).withValidator(checks.between(1L, MAX_POINTS_PER_UNIT))
					.bind(RuleDraft::getPointsPerUnit, RuleDraft::setPointsPerUnit);
			}
			case MULTIPLIER -> {
				binder.forField(factor).asRequired(checks.requiredMessage())
					.withConverter(LocalizedNumbers.decimal(messages))
					.withValidator(checks.aboveAtMost(BigDecimal.ONE, MAX_FACTOR))
					.bind(RuleDraft::getFactor, RuleDraft::setFactor);
				bindItems();
			}
			case FIRST_PURCHASE -> binder.forField(points).asRequired(checks.requiredMessage())
				.withConverter(LocalizedNumbers.whole(messages)).withValidator(checks.between(1L, MAX_BONUS))
				.bind(RuleDraft::getPoints, RuleDraft::setPoints);
			case STAMP -> {
				binder.forField(cardId).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(Checks.MAX_KEY))
					.withValidator(checks.unique(otherCards, "validation.duplicateCard"))
					.bind(RuleDraft::getCardId, RuleDraft::setCardId);
				binder.forField(stampsPerReward).asRequired(checks.requiredMessage())
					.withConverter(LocalizedNumbers.integer(messages)).withValidator(checks.between(MIN_STAMPS, MAX_STAMPS))
					.bind(RuleDraft::getStampsPerReward, RuleDraft::setStampsPerReward);
				binder.forField(rewardCode).asRequired(checks.requiredMessage())
					.withValidator(checks.maxLength(Checks.MAX_KEY))
					.bind(RuleDraft::getRewardCode, RuleDraft::setRewardCode);
				binder.forField(choiceRewards).withConverter(new ItemsConverter()).withValidator(checks.choiceRewards())
					.bind(d -> d.choice().getRewards(), (d, rewards) -> d.choice().setRewards(rewards));
				binder.forField(choiceDays).withConverter(LocalizedNumbers.integer(messages))
					.withValidator(checks.between(1, RewardChoice.MAX_DAYS))
					.bind(d -> d.choice().getDays(), (d, days) -> d.choice().setDays(days));
				bindItems();
			}
		}
	}

	/** Products and categories: at least one of either, each entry at most 64 characters. */
	private void bindItems() {
		ItemsConverter items = new ItemsConverter();
		var skuBinding = binder.forField(skus).withConverter(items)
			.withValidator((chosen, context) -> !chosen.isEmpty() || !categories.getValue().isBlank()
					? ValidationResult.ok() : ValidationResult.error(messages.get("validation.items")))
			.withValidator((chosen, context) -> chosen.stream().allMatch(item -> item.length() <= Checks.MAX_KEY)
					? ValidationResult.ok() : ValidationResult.error(messages.get("validation.maxLength", Checks.MAX_KEY)))
			.bind(RuleDraft::getSkus, RuleDraft::setSkus);
		binder.forField(categories).withConverter(items)
			.withValidator((chosen, context) -> chosen.stream().allMatch(item -> item.length() <= Checks.MAX_KEY)
					? ValidationResult.ok() : ValidationResult.error(messages.get("validation.maxLength", Checks.MAX_KEY)))
			.bind(RuleDraft::getCategories, RuleDraft::setCategories);
		categories.addValueChangeListener(e -> skuBinding.validate());
	}

	private void configureLayout() {
		Span kind = new Span(messages.get("rules.kind." + rule.kind().key()));
		kind.getElement().getThemeList().add("badge");
		title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
		// Names are often English in a Persian page: each reads in its own direction.
		title.getElement().setAttribute("dir", "auto");
		title.setText(rule.getName());
		name.addValueChangeListener(e -> title.setText(e.getValue()));
		HorizontalLayout header = new HorizontalLayout(kind, title, up, down, remove);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(title);
		header.setWidthFull();
		finding.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
		finding.setVisible(false);

		fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		fields.add(id, name);
		switch (rule.kind()) {
			case SPEND -> fields.add(spendUnit, pointsPerUnit);
			case MULTIPLIER -> fields.add(factor, new Div(), skus, categories);
			case FIRST_PURCHASE -> fields.add(points, new Div());
			case STAMP -> fields.add(cardId, rewardCode, stampsPerReward, new Div(), choiceRewards, choiceDays, skus,
					categories);
		}
		fields.add(from, to);
		fields.add(days, 2);
		fields.add(tiers, 2);
		add(header, finding, fields);
		addClassNames("rule-form", LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
				LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Margin.Bottom.SMALL);
	}

	RuleDraft rule() {
		return rule;
	}

	Binder<RuleDraft> binder() {
		return binder;
	}

	/**
	 * The ladder's tiers it may be limited to, and any it names that the ladder lost (for the server to report);
	 * hidden while there are none. Set before the binder reads the rule, so that reading it changes nothing.
	 */
	private void tierChoices(List<String> tierIds) {
		Set<String> chosen = rule.getTiers() == null ? Set.of() : rule.getTiers();
		List<String> choices = new java.util.ArrayList<>(tierIds);
		chosen.stream().filter(t -> !choices.contains(t)).forEach(choices::add);
		tiers.setItems(choices);
		tiers.setVisible(!choices.isEmpty());
	}

	boolean validate() {
		return binder.validate().isOk();
	}

	/** A finding about the rule as a whole (two rules paying twice), from the server. */
	void showFinding(String message) {
		finding.setText(message);
		finding.setVisible(message != null);
	}

	void setIds(int index) {
		String prefix = "rule-" + index;
		setId(prefix);
		id.setId(prefix + "-id");
		name.setId(prefix + "-name");
		spendUnit.setId(prefix + "-spend-unit");
		pointsPerUnit.setId(prefix + "-points-per-unit");
		factor.setId(prefix + "-factor");
		points.setId(prefix + "-points");
		cardId.setId(prefix + "-card-id");
		stampsPerReward.setId(prefix + "-stamps");
		rewardCode.setId(prefix + "-reward");
		choiceRewards.setId(prefix + "-choice-rewards");
		choiceDays.setId(prefix + "-choice-days");
		skus.setId(prefix + "-skus");
		categories.setId(prefix + "-categories");
		from.setId(prefix + "-from");
		to.setId(prefix + "-to");
		days.setId(prefix + "-days");
		tiers.setId(prefix + "-tiers");
		up.setId(prefix + "-up");
		down.setId(prefix + "-down");
		remove.setId(prefix + "-remove");
	}

	void register(FieldPaths<Component> paths, int index) {
		String at = "rules[" + index + "]";
		paths.put(at, this);
		paths.put(at + ".id", id);
		paths.put(at + ".name", name);
		paths.put(at + ".spendUnit", spendUnit);
		paths.put(at + ".pointsPerUnit", pointsPerUnit);
		paths.put(at + ".factor", factor);
		paths.put(at + ".points", points);
		paths.put(at + ".cardId", cardId);
		paths.put(at + ".stampsPerReward", stampsPerReward);
		paths.put(at + ".rewardCode", rewardCode);
		paths.put(at + ".choice", choiceRewards);
		paths.put(at + ".choice.rewards", choiceRewards);
		paths.put(at + ".choice.days", choiceDays);
		paths.put(at + ".skus", skus);
		paths.put(at + ".categories", categories);
		paths.put(at + ".window", to);
		paths.put(at + ".window.from", from);
		paths.put(at + ".window.to", to);
		paths.put(at + ".window.days", days);
		paths.put(at + ".tiers", tiers);
	}

	void setReadOnly(boolean readOnly) {
		binder.setReadOnly(readOnly);
		up.setVisible(!readOnly);
		down.setVisible(!readOnly);
		remove.setVisible(!readOnly);
	}
}
