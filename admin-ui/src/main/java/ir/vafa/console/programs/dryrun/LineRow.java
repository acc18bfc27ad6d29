package ir.vafa.console.programs.dryrun;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;

/** One line of the purchase tried: sku, category, quantity and unit price. */
class LineRow extends HorizontalLayout {

	static final int MAX_QUANTITY = 100_000;

	final TextField sku = new TextField();
	final TextField category = new TextField();
	final TextField quantity = LocalizedNumbers.field(null);
	final TextField unitPrice = LocalizedNumbers.field(null);
	final Button remove = new Button(VaadinIcon.TRASH.create());

	private final LineDraft line;
	private final Binder<LineDraft> binder = new Binder<>();

	LineRow(Messages messages, LineDraft line) {
		this.line = line;
		sku.setLabel(messages.get("dryrun.line.sku"));
		category.setLabel(messages.get("dryrun.line.category"));
		quantity.setLabel(messages.get("dryrun.line.quantity"));
		quantity.setWidth("6em");
		unitPrice.setLabel(messages.get("dryrun.line.unitPrice"));
		sku.setWidth("9em");
		category.setWidth("9em");
		unitPrice.setWidth("10em");
		remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
		remove.setAriaLabel(messages.get("dryrun.line.remove"));
		String required = messages.get("validation.required");
		binder.forField(sku).asRequired(required).bind(LineDraft::getSku, LineDraft::setSku);
		binder.forField(category).bind(LineDraft::getCategory, LineDraft::setCategory);
		binder.forField(quantity).asRequired(required).withConverter(LocalizedNumbers.integer(messages))
			.withValidator((q, c) -> q == null || q >= 1 && q <= MAX_QUANTITY ? ValidationResult.ok()
					: ValidationResult.error(messages.get("validation.range", 1, MAX_QUANTITY)))
			.bind(LineDraft::getQuantity, LineDraft::setQuantity);
		binder.forField(unitPrice).asRequired(required).withConverter(LocalizedNumbers.decimal(messages))
			.withValidator((p, c) -> p == null || p.signum() >= 0 ? ValidationResult.ok()
					: ValidationResult.error(messages.get("validation.range", BigDecimal.ZERO, "∞")))
			.bind(LineDraft::getUnitPrice, LineDraft::setUnitPrice);
		binder.setBean(line);
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		add(sku, category, quantity, unitPrice, remove);
	}

	LineDraft line() {
		return line;
	}

	boolean validate() {
		return binder.validate().isOk();
	}

	void setIds(int index) {
		String prefix = "dryrun-line-" + index;
		sku.setId(prefix + "-sku");
		category.setId(prefix + "-category");
		quantity.setId(prefix + "-quantity");
		unitPrice.setId(prefix + "-price");
		remove.setId(prefix + "-remove");
	}
}
