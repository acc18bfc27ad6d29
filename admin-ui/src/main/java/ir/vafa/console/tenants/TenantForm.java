package ir.vafa.console.tenants;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.Messages;
import ir.vafa.tenancy.NewTenant;

/**
 * What support staff fill in to open a tenant, validated by {@link NewTenant}'s own constraints. It does not open the
 * tenant: it fires a {@link SaveEvent} with a valid request, or a {@link CancelEvent}.
 */
public class TenantForm extends FormLayout {

	final TextField slug = new TextField();
	final TextField name = new TextField();
	final TextField adminEmail = new TextField();
	final PasswordField adminPassword = new PasswordField();
	final Button save = new Button();
	final Button cancel = new Button();

	private final BeanValidationBinder<NewTenant> binder = new BeanValidationBinder<>(NewTenant.class);
	private final Messages messages;

	public TenantForm(Messages messages) {
		this.messages = messages;
		configureFields();
		bindFields();
		add(slug, name, adminEmail, adminPassword, buttons());
	}

	private void configureFields() {
		slug.setLabel(messages.get("tenants.form.slug"));
		slug.setHelperText(messages.get("tenants.form.slug.help"));
		slug.setId("tenant-slug");
		name.setLabel(messages.get("tenants.form.name"));
		name.setId("tenant-name");
		adminEmail.setLabel(messages.get("tenants.form.adminEmail"));
		adminEmail.setId("tenant-admin-email");
		adminPassword.setLabel(messages.get("tenants.form.adminPassword"));
		adminPassword.setHelperText(messages.get("tenants.form.adminPassword.help"));
		adminPassword.setId("tenant-admin-password");
	}

	private void bindFields() {
		binder.forField(slug).bind("slug");
		binder.forField(name).bind("name");
		binder.forField(adminEmail).bind("adminEmail");
		// Left empty, Keycloak's password is generated: the request carries null, not "".
		binder.forField(adminPassword).withNullRepresentation("").bind("adminPassword");
		binder.readRecord(new NewTenant("", "", "", null));
	}

	private HorizontalLayout buttons() {
		save.setText(messages.get("tenants.form.save"));
		save.setId("tenant-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickShortcut(Key.ENTER);
		save.addClickListener(e -> validateAndSave());
		cancel.setText(messages.get("common.cancel"));
		cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
		return new HorizontalLayout(save, cancel);
	}

	private void validateAndSave() {
		try {
			fireEvent(new SaveEvent(this, binder.writeRecord()));
		}
		catch (ValidationException invalid) {
			// The binder has marked the fields at fault.
		}
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	/** A valid request to open a tenant. */
	public static final class SaveEvent extends ComponentEvent<TenantForm> {

		private final NewTenant tenant;

		SaveEvent(TenantForm source, NewTenant tenant) {
			super(source, false);
			this.tenant = tenant;
		}

		public NewTenant tenant() {
			return tenant;
		}
	}

	public static final class CancelEvent extends ComponentEvent<TenantForm> {

		CancelEvent(TenantForm source) {
			super(source, false);
		}
	}
}
