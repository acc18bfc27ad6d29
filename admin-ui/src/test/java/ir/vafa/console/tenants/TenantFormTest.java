package ir.vafa.console.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.tenancy.NewTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant form on its own: no Spring, no browser. */
class TenantFormTest {

	private TenantForm form;
	private final List<NewTenant> saved = new ArrayList<>();
	private int cancelled;

	@BeforeEach
	void createForm() {
		form = new TenantForm(Messages.of(Language.ENGLISH));
		form.addSaveListener(e -> saved.add(e.tenant()));
		form.addCancelListener(e -> cancelled++);
	}

	@Test
	void aValidRequestIsSavedWithoutAPasswordWhenNoneIsGiven() {
		fill("bakery-1", "Bakery One", "admin@bakery.example", "");

		form.save.click();

		assertThat(saved).containsExactly(new NewTenant("bakery-1", "Bakery One", "admin@bakery.example", null));
	}

	@Test
	void aGivenPasswordTravelsWithTheRequest() {
		fill("bakery-2", "Bakery Two", "admin@bakery.example", "long-enough");

		form.save.click();

		assertThat(saved).extracting(NewTenant::adminPassword).containsExactly("long-enough");
	}

	@Test
	void aSlugWithCapitalsOrSpacesIsRefused() {
		fill("My Bakery", "Bakery", "admin@bakery.example", "");

		form.save.click();

		assertThat(saved).isEmpty();
		assertThat(form.slug.isInvalid()).isTrue();
		assertThat(form.name.isInvalid()).isFalse();
	}

	@Test
	void aOneLetterSlugIsRefused() {
		fill("b", "Bakery", "admin@bakery.example", "");

		form.save.click();

		assertThat(saved).isEmpty();
		assertThat(form.slug.isInvalid()).isTrue();
	}

	@Test
	void missingNameAndMalformedEmailAreRefused() {
		fill("bakery", "", "not-an-email", "");

		form.save.click();

		assertThat(saved).isEmpty();
		assertThat(form.name.isInvalid()).isTrue();
		assertThat(form.adminEmail.isInvalid()).isTrue();
	}

	@Test
	void aShortPasswordIsRefused() {
		fill("bakery", "Bakery", "admin@bakery.example", "short");

		form.save.click();

		assertThat(saved).isEmpty();
		assertThat(form.adminPassword.isInvalid()).isTrue();
	}

	@Test
	void cancelSavesNothing() {
		fill("bakery", "Bakery", "admin@bakery.example", "");

		form.cancel.click();

		assertThat(saved).isEmpty();
		assertThat(cancelled).isEqualTo(1);
	}

	@Test
	void labelsComeFromTheBundle() {
		TenantForm persian = new TenantForm(Messages.of(Language.PERSIAN));

		assertThat(form.slug.getLabel()).isEqualTo("Slug");
		assertThat(persian.slug.getLabel()).isEqualTo("شناسه");
		assertThat(persian.save.getText()).isEqualTo("افتتاح کسب‌وکار");
	}

	private void fill(String slug, String name, String email, String password) {
		form.slug.setValue(slug);
		form.name.setValue(name);
		form.adminEmail.setValue(email);
		form.adminPassword.setValue(password);
	}
}
