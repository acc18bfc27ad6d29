package ir.vafa.console.programs.editor;

import java.math.BigDecimal;
import java.util.Collection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableSupplier;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;

/**
 * One tier of the ladder: its id, names in both languages, threshold, points multiplier and welcome reward, with the
 * other rewards a member reaching it may choose instead.
 */
class LevelRow extends HorizontalLayout {

	static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;

	final TextField id = new TextField();
	final TextField nameEn = new TextField();
	final TextField nameFa = new TextField();
	final TextField threshold = LocalizedNumbers.field(null);
	final TextField multiplier = LocalizedNumbers.field(null);
	final TextField reward = new TextField();
	final TextField choiceRewards = new TextField();
	final TextField choiceDays = LocalizedNumbers.field(null);
	final Button remove = new Button(VaadinIcon.TRASH.create());

	private final LevelDraft level;
	private final Binder<LevelDraft> binder = new Binder<>();

	/**
	 * @param position  where the row stands, read when checked (rows above it may be removed)
	 * @param previous  the threshold of the tier below, read when checked
	 * @param otherIds  the other tiers' ids
	 */
	LevelRow(Messages messages, Checks checks, LevelDraft level, SerializableSupplier<Integer> position,
			SerializableSupplier<BigDecimal> previous, SerializableSupplier<Collection<String>> otherIds) {
		this.level = level;
		id.setLabel(messages.get("editor.tier.id"));
		id.setWidth("9em");
		nameEn.setLabel(messages.get("editor.tier.nameEn"));
		nameFa.setLabel(messages.get("editor.tier.nameFa"));
		threshold.setLabel(messages.get("editor.tier.threshold"));
		multiplier.setLabel(messages.get("editor.tier.multiplier"));
		multiplier.setPlaceholder(LocalizedNumbers.write(1, messages));
		multiplier.setWidth("7em");
		reward.setLabel(messages.get("editor.tier.reward"));
		reward.setHelperText(messages.get("editor.tier.reward.help"));
		reward.setWidth("11em");
		choiceRewards.setLabel(messages.get("editor.rule.choiceRewards"));
		choiceRewards.setHelperText(messages.get("editor.tier.choiceRewards.help"));
		choiceDays.setLabel(messages.get("editor.rule.choiceDays"));
		choiceDays.setWidth("9em");
		remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
		remove.setTooltipText(messages.get("editor.tier.remove"));
		remove.setAriaLabel(messages.get("editor.tier.remove"));

		binder.forField(id).asRequired(checks.requiredMessage()).withValidator(checks.id())
			.withValidator(checks.unique(otherIds, "validation.duplicateTier"))
			.bind(LevelDraft::getId, LevelDraft::setId);
		binder.forField(nameEn).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(Checks.MAX_TIER_NAME))
			.bind(LevelDraft::getNameEn, LevelDraft::setNameEn);
		binder.forField(nameFa).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(Checks.MAX_TIER_NAME))
			.bind(LevelDraft::getNameFa, LevelDraft::setNameFa);
		binder.forField(threshold).asRequired(checks.requiredMessage())
			.withConverter(LocalizedNumbers.decimal(messages))
			.withValidator(checks.threshold(previous, () -> position.get() == 0))
			.bind(LevelDraft::getThreshold, LevelDraft::setThreshold);
		binder.forField(multiplier).withConverter(LocalizedNumbers.decimal(messages))
			.withValidator(checks.between(BigDecimal.ONE, MAX_MULTIPLIER))
			.bind(LevelDraft::getPointsMultiplier, LevelDraft::setPointsMultiplier);
		// a TextField's empty value is "", which the draft keeps as no reward
		binder.forField(reward).withNullRepresentation("").withValidator(checks.maxLength(Checks.MAX_KEY))
			.bind(LevelDraft::getRewardCode, LevelDraft::setRewardCode);
		binder.forField(choiceRewards).withConverter(new ItemsConverter()).withValidator(checks.choiceRewards())
			.bind(d -> d.choice().getRewards(), (d, rewards) -> d.choice().setRewards(rewards));
		binder.forField(choiceDays).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(checks.between(1, ir.vafa.programs.RewardChoice.MAX_DAYS))
			.bind(d -> d.choice().getDays(), (d, days) -> d.choice().setDays(days));
		binder.setBean(level);

		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		add(id, nameEn, nameFa, threshold, multiplier, reward, choiceRewards, choiceDays, remove);
	}

	LevelDraft level() {
		return level;
	}

	Binder<LevelDraft> binder() {
		return binder;
	}

	boolean validate() {
		return binder.validate().isOk();
	}

	void setIds(int index) {
		String prefix = "tier-" + index;
		setId(prefix);
		id.setId(prefix + "-id");
		nameEn.setId(prefix + "-name-en");
		nameFa.setId(prefix + "-name-fa");
		threshold.setId(prefix + "-threshold");
		multiplier.setId(prefix + "-multiplier");
		reward.setId(prefix + "-reward");
		choiceRewards.setId(prefix + "-choice-rewards");
		choiceDays.setId(prefix + "-choice-days");
		remove.setId(prefix + "-remove");
	}

	void register(FieldPaths<com.vaadin.flow.component.Component> paths, int index) {
		String at = "tiers.levels[" + index + "]";
		paths.put(at, id);
		paths.put(at + ".id", id);
		paths.put(at + ".name", nameEn);
		paths.put(at + ".threshold", threshold);
		paths.put(at + ".pointsMultiplier", multiplier);
		paths.put(at + ".rewardCode", reward);
		paths.put(at + ".choice", choiceRewards);
		paths.put(at + ".choice.rewards", choiceRewards);
		paths.put(at + ".choice.days", choiceDays);
	}

	void setReadOnly(boolean readOnly) {
		binder.setReadOnly(readOnly);
		remove.setVisible(!readOnly);
	}
}
