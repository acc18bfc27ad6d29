package ir.vafa.console.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.Messages;
import ir.vafa.tenancy.TenantCreated;

/**
 * Shows the new tenant's admin log-in and POS client secret, once: Vafa stores neither, so closing this dialog is
 * the last chance to copy them.
 */
class TenantCreatedDialog extends Dialog {

	TenantCreatedDialog(Messages messages, TenantCreated created) {
		setHeaderTitle(messages.get("tenants.created.title", created.tenant().name()));
		setId("tenant-created");
		Paragraph warning = new Paragraph(messages.get("tenants.created.once"));
		warning.addClassNames(LumoUtility.TextColor.ERROR);

		FormLayout values = new FormLayout();
		values.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		values.add(value(messages.get("tenants.created.adminUsername"), created.adminUsername(), "created-admin-username"),
				value(messages.get("tenants.created.adminPassword"), created.adminPassword(), "created-admin-password"),
				value(messages.get("tenants.created.posClientId"), created.posClientId(), "created-pos-client-id"),
				value(messages.get("tenants.created.posClientSecret"), created.posClientSecret(), "created-pos-secret"));
		add(warning, values);

		Button close = new Button(messages.get("tenants.created.close"), e -> close());
		close.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(close);
		setCloseOnOutsideClick(false);
	}

	private static TextField value(String label, String text, String id) {
		TextField field = new TextField(label);
		field.setValue(text == null ? "" : text);
		field.setReadOnly(true);
		field.setId(id);
		field.setWidthFull();
		return field;
	}
}
