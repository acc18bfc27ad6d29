package ir.vafa.console.catalog;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardDefinition.Discount;
import ir.vafa.catalog.RewardDefinition.Stock;
import ir.vafa.catalog.RewardKind;
import ir.vafa.console.i18n.LocalizedDateTimeField;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.programs.editor.Checks;
import ir.vafa.console.programs.editor.FieldPaths;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.TierLadder;

/**
 * A reward's fields, those of its kind shown and checked, the others hidden. Checks the server would make on the
 * fields themselves are made here, in the form's language; what only the server knows (a taken code, what was
 * issued) comes back as its refusal and lands on the field it names ({@link #show}). Times are in the program's
 * zone (Jalali dates in Persian) and amounts in its currency.
 */
public class RewardForm extends FormLayout {

	static final int MAX_COST = 100_000_000;
	static final int MAX_VOUCHER_DAYS = 3650;

	final TextField code = new TextField();
	final Select<RewardKind> kind = new Select<>();
	final TextField nameEn = new TextField();
	final TextField nameFa = new TextField();
	final TextArea descriptionEn = new TextArea();
	final TextArea descriptionFa = new TextArea();
	final TextField cost = LocalizedNumbers.field(null);
	final Select<Discount.Type> discountType = new Select<>();
	final TextField percent = LocalizedNumbers.field(null);
	final TextField amount = LocalizedNumbers.field(null);
	final TextField cap = LocalizedNumbers.field(null);
	final TextField categories = new TextField();
	final TextField sku = new TextField();
	final LocalizedDateTimeField startsAt;
	final TextField placeEn = new TextField();
	final TextField placeFa = new TextField();
	final TextField charityEn = new TextField();
	final TextField charityFa = new TextField();
	final TextField perPoint = LocalizedNumbers.field(null);
	final TextField value = LocalizedNumbers.field(null);
	final LocalizedDateTimeField validFrom;
	final LocalizedDateTimeField validUntil;
	final TextField stockTotal = LocalizedNumbers.field(null);
	final TextField perMember = LocalizedNumbers.field(null);
	final Select<Stock.Period> period = new Select<>();
	final MultiSelectComboBox<String> tiers = new MultiSelectComboBox<>();
	final TextField imageUrl = new TextField();
	final TextField voucherValidDays = LocalizedNumbers.field(null);

	private final Messages messages;
	private final Checks checks;
	private final String currency;
	private final ZoneId zone;
	private final Binder<RewardDraft> binder = new Binder<>();
	private final RewardDraft draft;
	private final FieldPaths<Component> paths = new FieldPaths<>();
	private final Map<RewardKind, List<Component>> byKind;

	/**
	 * @param existing the reward being changed (its code and, once any was issued, its kind stay), or null for a new one
	 * @param issued   how many of it were issued
	 * @param ladder   the program's tiers, or null when it has none
	 */
	public RewardForm(Messages messages, RewardDefinition existing, int issued, TierLadder ladder, String currency,
			ZoneId zone) {
		this.messages = messages;
		this.checks = new Checks(messages);
		this.currency = currency;
		this.zone = zone;
		this.draft = existing == null ? new RewardDraft() : RewardDraft.of(existing, zone);
		this.startsAt = new LocalizedDateTimeField(messages, messages.get("catalog.form.startsAt", zone.getId()));
		this.validFrom = new LocalizedDateTimeField(messages, messages.get("catalog.form.validFrom", zone.getId()));
		this.validUntil = new LocalizedDateTimeField(messages, messages.get("catalog.form.validUntil", zone.getId()));
		configure(ladder);
		bind();
		code.setReadOnly(existing != null);
		kind.setReadOnly(existing != null && issued > 0);
		byKind = Map.of(RewardKind.DISCOUNT, List.of(discountType, percent, amount, cap, categories),
				RewardKind.FREE_PRODUCT, List.of(sku), RewardKind.EXPERIENCE, List.of(startsAt, placeEn, placeFa),
				RewardKind.DONATION, List.of(charityEn, charityFa, perPoint), RewardKind.GIFT_CARD, List.of(value));
		add(code, kind, nameEn, nameFa, descriptionEn, descriptionFa, cost, section("catalog.form.details"),
				discountType, percent, amount, cap, categories, sku, startsAt, placeEn, placeFa, charityEn, charityFa,
				perPoint, value, section("catalog.form.availability"), validFrom, validUntil, stockTotal, perMember,
				period, tiers, voucherValidDays, imageUrl);
		showKind();
		kind.addValueChangeListener(e -> showKind());
		discountType.addValueChangeListener(e -> showKind());
		registerPaths();
	}

	private Component section(String key) {
		H4 title = new H4(messages.get(key));
		setColspan(title, 2);
		return title;
	}

	private void configure(TierLadder ladder) {
		label(code, "code", "reward-code");
		code.setHelperText(messages.get("catalog.form.code.help"));
		kind.setLabel(messages.get("catalog.form.kind"));
		kind.setId("reward-kind");
		kind.setItems(RewardKind.values());
		kind.setItemLabelGenerator(k -> messages.get("catalog.kind." + k));
		label(nameEn, "nameEn", "reward-name-en");
		label(nameFa, "nameFa", "reward-name-fa");
		label(descriptionEn, "descriptionEn", "reward-description-en");
		label(descriptionFa, "descriptionFa", "reward-description-fa");
		label(cost, "cost", "reward-cost");
		discountType.setLabel(messages.get("catalog.form.discountType"));
		discountType.setId("reward-discount-type");
		discountType.setItems(Discount.Type.values());
		discountType.setItemLabelGenerator(t -> messages.get("catalog.discount." + t));
		label(percent, "percent", "reward-percent");
		label(amount, "amount", "reward-amount");
		amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency));
		label(cap, "cap", "reward-cap");
		cap.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency));
		label(categories, "categories", "reward-categories");
		categories.setHelperText(messages.get("catalog.form.categories.help"));
		label(sku, "sku", "reward-sku");
		startsAt.setId("reward-starts-at");
		label(placeEn, "placeEn", "reward-place-en");
		label(placeFa, "placeFa", "reward-place-fa");
		label(charityEn, "charityEn", "reward-charity-en");
		label(charityFa, "charityFa", "reward-charity-fa");
		label(perPoint, "perPoint", "reward-per-point");
		perPoint.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency));
		label(value, "value", "reward-value");
		value.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency));
		validFrom.setId("reward-valid-from");
		validUntil.setId("reward-valid-until");
		label(stockTotal, "stockTotal", "reward-stock-total");
		stockTotal.setHelperText(messages.get("catalog.form.stockTotal.help"));
		label(perMember, "perMember", "reward-per-member");
		period.setLabel(messages.get("catalog.form.period"));
		period.setId("reward-period");
		period.setItems(Stock.Period.values());
		period.setItemLabelGenerator(p -> messages.get("catalog.period." + p));
		period.setEmptySelectionAllowed(true);
		period.setEmptySelectionCaption(messages.get("catalog.period.none"));
		tiers.setLabel(messages.get("catalog.form.tiers"));
		tiers.setId("reward-tiers");
		tiers.setHelperText(messages.get("catalog.form.tiers.help"));
		List<TierLadder.Level> levels = ladder == null || ladder.levels() == null ? List.of() : ladder.levels();
		tiers.setItems(levels.stream().map(TierLadder.Level::id).toList());
		tiers.setItemLabelGenerator(id -> levels.stream().filter(l -> l.id().equals(id)).findFirst()
			.map(l -> l.name().in(messages.locale().getLanguage())).orElse(id));
		tiers.setVisible(!levels.isEmpty());
		label(imageUrl, "imageUrl", "reward-image-url");
		label(voucherValidDays, "voucherValidDays", "reward-voucher-valid-days");
		voucherValidDays.setHelperText(messages.get("catalog.form.voucherValidDays.help"));
	}

	private void label(HasLabel field, String key, String id) {
		field.setLabel(messages.get("catalog.form." + key));
		((Component) field).setId(id);
	}

	private void bind() {
		binder.forField(code).asRequired(checks.requiredMessage()).withValidator(checks.id())
			.bind(RewardDraft::getCode, RewardDraft::setCode);
		binder.forField(kind).asRequired(checks.requiredMessage()).bind(RewardDraft::getKind, RewardDraft::setKind);
		binder.forField(nameEn).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(500))
			.bind(RewardDraft::getNameEn, RewardDraft::setNameEn);
		binder.forField(nameFa).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(500))
			.bind(RewardDraft::getNameFa, RewardDraft::setNameFa);
		binder.forField(descriptionEn).withValidator(both(descriptionFa)).withValidator(checks.maxLength(500))
			.bind(RewardDraft::getDescriptionEn, RewardDraft::setDescriptionEn);
		binder.forField(descriptionFa).withValidator(both(descriptionEn)).withValidator(checks.maxLength(500))
			.bind(RewardDraft::getDescriptionFa, RewardDraft::setDescriptionFa);
		binder.forField(cost).asRequired(checks.requiredMessage()).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(checks.between(1, MAX_COST)).bind(RewardDraft::getCostPoints, RewardDraft::setCostPoints);
		binder.forField(discountType).bind(RewardDraft::getDiscountType, RewardDraft::setDiscountType);
		binder.forField(percent).withConverter(LocalizedNumbers.decimal(messages))
			.withValidator(requiredWhen(() -> isKind(RewardKind.DISCOUNT) && isPercent()))
			.withValidator(checks.aboveAtMost(BigDecimal.ZERO, new BigDecimal("100")))
			.bind(RewardDraft::getPercent, RewardDraft::setPercent);
		binder.forField(amount).withConverter(LocalizedNumbers.decimal(messages))
			.withValidator(requiredWhen(() -> isKind(RewardKind.DISCOUNT) && !isPercent()))
			.withValidator(checks.above(BigDecimal.ZERO)).bind(RewardDraft::getAmount, RewardDraft::setAmount);
		binder.forField(cap).withConverter(LocalizedNumbers.decimal(messages)).withValidator(checks.above(BigDecimal.ZERO))
			.bind(RewardDraft::getCap, RewardDraft::setCap);
		binder.forField(categories).bind(RewardDraft::getCategories, RewardDraft::setCategories);
		binder.forField(sku).withValidator(requiredWhen(() -> isKind(RewardKind.FREE_PRODUCT)))
			.withValidator(checks.maxLength(64)).bind(RewardDraft::getSku, RewardDraft::setSku);
		binder.forField(startsAt).withValidator(requiredWhen(() -> isKind(RewardKind.EXPERIENCE)))
			.bind(RewardDraft::getStartsAt, RewardDraft::setStartsAt);
		binder.forField(placeEn).withValidator(checks.maxLength(500)).bind(RewardDraft::getPlaceEn, RewardDraft::setPlaceEn);
		binder.forField(placeFa).withValidator(checks.maxLength(500)).bind(RewardDraft::getPlaceFa, RewardDraft::setPlaceFa);
		binder.forField(charityEn).withValidator(requiredWhen(() -> isKind(RewardKind.DONATION)))
			.withValidator(checks.maxLength(500)).bind(RewardDraft::getCharityEn, RewardDraft::setCharityEn);
		binder.forField(charityFa).withValidator(requiredWhen(() -> isKind(RewardKind.DONATION)))
			.withValidator(checks.maxLength(500)).bind(RewardDraft::getCharityFa, RewardDraft::setCharityFa);
		binder.forField(perPoint).withConverter(LocalizedNumbers.decimal(messages))
			.withValidator(requiredWhen(() -> isKind(RewardKind.DONATION))).withValidator(checks.above(BigDecimal.ZERO))
			.bind(RewardDraft::getPerPoint, RewardDraft::setPerPoint);
		binder.forField(value).withConverter(LocalizedNumbers.decimal(messages))
			.withValidator(requiredWhen(() -> isKind(RewardKind.GIFT_CARD))).withValidator(checks.above(BigDecimal.ZERO))
			.bind(RewardDraft::getValue, RewardDraft::setValue);
		binder.forField(validFrom).bind(RewardDraft::getValidFrom, RewardDraft::setValidFrom);
		binder.forField(validUntil)
			.withValidator((until, context) -> until == null || validFrom.getValue() == null
					|| until.isAfter(validFrom.getValue()) ? ValidationResult.ok()
					: ValidationResult.error(messages.get("catalog.validation.untilAfterFrom")))
			.bind(RewardDraft::getValidUntil, RewardDraft::setValidUntil);
		binder.forField(stockTotal).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(requiredWhen(() -> isKind(RewardKind.EXPERIENCE))).withValidator(checks.between(0, MAX_COST))
			.bind(RewardDraft::getStockTotal, RewardDraft::setStockTotal);
		binder.forField(perMember).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(requiredWhen(() -> period.getValue() != null)).withValidator(checks.between(1, 10_000))
			.bind(RewardDraft::getPerMember, RewardDraft::setPerMember);
		binder.forField(period).withValidator(requiredWhen(() -> !perMember.getValue().isBlank()))
			.bind(RewardDraft::getPeriod, RewardDraft::setPeriod);
		binder.forField(tiers).bind(RewardDraft::getTiers, RewardDraft::setTiers);
		binder.forField(imageUrl)
			.withValidator((url, context) -> url == null || url.isBlank() || url.strip().matches("https?://\\S+")
					? ValidationResult.ok() : ValidationResult.error(messages.get("catalog.validation.url")))
			.bind(RewardDraft::getImageUrl, RewardDraft::setImageUrl);
		binder.forField(voucherValidDays).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(checks.between(1, MAX_VOUCHER_DAYS))
			.bind(RewardDraft::getVoucherValidDays, RewardDraft::setVoucherValidDays);
		binder.setBean(draft);
	}

	private <T> Validator<T> requiredWhen(java.util.function.BooleanSupplier when) {
		return (v, context) -> !when.getAsBoolean() || v != null && !(v instanceof String s && s.isBlank())
				? ValidationResult.ok() : ValidationResult.error(checks.requiredMessage());
	}

	/** A description is in both languages or in neither. */
	private Validator<String> both(TextArea other) {
		Predicate<String> blank = s -> s == null || s.isBlank();
		return (text, context) -> blank.test(text) && !blank.test(other.getValue())
				? ValidationResult.error(checks.requiredMessage()) : ValidationResult.ok();
	}

	private boolean isKind(RewardKind k) {
		return kind.getValue() == k;
	}

	private boolean isPercent() {
		return discountType.getValue() != Discount.Type.AMOUNT;
	}

	private void showKind() {
		byKind.forEach((k, fields) -> fields.forEach(f -> f.setVisible(isKind(k))));
		if (isKind(RewardKind.DISCOUNT)) {
			percent.setVisible(isPercent());
			cap.setVisible(isPercent());
			amount.setVisible(!isPercent());
		}
	}

	private void registerPaths() {
		paths.put("code", code);
		paths.put("kind", kind);
		paths.put("name", nameEn);
		paths.put("name.fa", nameFa);
		paths.put("description", descriptionEn);
		paths.put("description.fa", descriptionFa);
		paths.put("costPoints", cost);
		paths.put("discount", discountType);
		paths.put("discount.percent", percent);
		paths.put("discount.amount", amount);
		paths.put("discount.cap", cap);
		paths.put("discount.categories", categories);
		paths.put("sku", sku);
		paths.put("experience", startsAt);
		paths.put("experience.place", placeEn);
		paths.put("donation", charityEn);
		paths.put("donation.perPoint", perPoint);
		paths.put("value", value);
		paths.put("validFrom", validFrom);
		paths.put("validUntil", validUntil);
		paths.put("stock", stockTotal);
		paths.put("stock.perMember", perMember);
		paths.put("stock.perMemberPeriod", period);
		paths.put("tiers", tiers);
		paths.put("imageUrl", imageUrl);
		paths.put("voucherValidDays", voucherValidDays);
	}

	/** The reward as typed, or null when a field is wrong (the binder has marked it). */
	public RewardDefinition definition() {
		if (!binder.validate().isOk()) {
			return null;
		}
		return draft.toDefinition(currency, zone);
	}

	/**
	 * Marks each field the server refused with its message, in the user's language where the console knows the
	 * refusal ({@code catalog.refusal.validUntil.422}); answers those that no field shows, for the caller to say
	 * otherwise.
	 */
	public List<ApiProblem.FieldError> show(ApiProblem problem) {
		return problem.errors().stream().filter(error -> {
			Component target = paths.find(error.field()).orElse(null);
			if (target instanceof HasValidation field && target.isVisible()) {
				String known = "catalog.refusal." + error.field() + "." + problem.status().value();
				field.setErrorMessage(messages.has(known) ? messages.get(known) : error.message());
				field.setInvalid(true);
				return false;
			}
			return true;
		}).toList();
	}
}
