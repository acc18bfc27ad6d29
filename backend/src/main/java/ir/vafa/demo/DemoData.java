package ir.vafa.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.NewStaffMember;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.Roles;
import ir.vafa.tenancy.Staff;
import ir.vafa.tenancy.TenantCreated;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the demo tenants when the application is ready, unless they exist, and prints how to use them. A tenant
 * opened by an earlier run ({@code ./vafa run} keeps its data) gets the same logins printed, with its POS secret
 * read back from Keycloak: the console shows a secret once, when the tenant is opened.
 */
@Component
@ConditionalOnProperty(name = "vafa.demo.enabled", havingValue = "true")
class DemoData {

	static final String PASSWORD = "demo-password";
	private static final String MEMBER_NAME = "Sara Ahmadi";
	private static final String MEMBER_PHONE = "09121234567";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final TenantDirectory tenants;
	private final Programs programs;
	private final Members members;
	private final Purchases purchases;
	private final Catalog catalog;
	private final Staff staff;
	private final Clock clock;

	DemoData(TenantDirectory tenants, Programs programs, Members members, Purchases purchases, Catalog catalog,
			Staff staff, Clock clock) {
		this.catalog = catalog;
		this.staff = staff;
		this.tenants = tenants;
		this.programs = programs;
		this.members = members;
		this.purchases = purchases;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void open() {
		StringBuilder out = new StringBuilder("\n=== Vafa demo ===\nSupport staff: support / support\n");
		open("demo-cafe", "Café Vafa", DemoPrograms.cafe(), "coffee", DemoRewards.cafe(), out);
		open("demo-retail", "Vafa Retail", DemoPrograms.retail(), "electronics", DemoRewards.retail(), out);
		log.info(out.toString());
	}

	private void open(String slug, String name, ProgramDefinition program, String category,
			List<RewardDefinition> rewards, StringBuilder out) {
		Optional<TenantView> existing = tenants.findBySlug(slug);
		if (existing.isPresent()) {
			TenantView tenant = existing.get();
			describe(name + " (tenant " + tenant.id() + ", opened by an earlier run)", tenant.adminEmail(),
					cashierOf(tenant), tenant.posClientId(), posSecret(tenant), slug, out);
			return;
		}
		TenantCreated created = tenants.create(new NewTenant(slug, name, "admin@" + slug + ".example", PASSWORD), "demo");
		CurrentTenant.callAs(created.tenant().id(), () -> {
			// the program's stamp card names a reward of the catalog
			rewards.forEach(reward -> catalog.create(reward, "demo"));
			programs.publish(program, "demo");
			MemberView sara = members.enroll(new NewMember(MEMBER_PHONE, "sara@" + slug + ".example",
					memberCard(slug), MEMBER_NAME, null, true, true));
			purchases.record(new PurchaseRequest(slug + "-welcome-1",
					new PurchaseRequest.MemberIdentifier(sara.id(), null, null, null), "tehran-1", "pos",
					clock.instant().minus(Duration.ofDays(1)), "IRR", new BigDecimal("850000"),
					List.of(new PurchaseRequest.Line("SKU-100", category, 1, new BigDecimal("850000"), null))));
			staff.add(new NewStaffMember(cashier(slug), null, PASSWORD, Set.of(Roles.CASHIER)), "demo");
			return sara;
		});
		describe(name + " (tenant " + created.tenant().id() + ")", created.adminUsername(), cashier(slug),
				created.posClientId(), created.posClientSecret(), slug, out);
	}

	/** The demo cashier's login, when the tenant has it (tenants opened by a run before there was one do not). */
	private String cashierOf(TenantView tenant) {
		try {
			return CurrentTenant.callAs(tenant.id(), () -> staff.list().stream()
				.anyMatch(s -> s.username().equals(cashier(tenant.slug()))) ? cashier(tenant.slug()) : null);
		}
		catch (RuntimeException e) {
			log.warn("Could not read the staff of {} from Keycloak", tenant.slug(), e);
			return null;
		}
	}

	private static String cashier(String slug) {
		return "cashier@" + slug + ".example";
	}

	/** A failure to read it must not stop the application: the demo's other logins are still useful. */
	private String posSecret(TenantView tenant) {
		try {
			return tenants.posClientSecret(tenant.id())
				.orElse("(not in Keycloak; ./vafa run --fresh starts the demo over)");
		}
		catch (RuntimeException e) {
			log.warn("Could not read the POS secret of {} from Keycloak", tenant.slug(), e);
			return "(could not read it from Keycloak: " + e.getMessage() + ")";
		}
	}

	private static void describe(String title, String adminUsername, String cashierUsername, String posClientId,
			String posSecret, String slug, StringBuilder out) {
		out.append(title).append('\n')
			.append("  console login: ").append(adminUsername).append(" / ").append(PASSWORD).append('\n');
		if (cashierUsername != null) {
			out.append("  cashier login: ").append(cashierUsername).append(" / ").append(PASSWORD).append('\n');
		}
		out
			.append("  POS client:    ").append(posClientId).append(" / ").append(posSecret).append('\n')
			.append("  demo member:   ").append(MEMBER_NAME).append(", card ").append(memberCard(slug))
			.append(", phone ").append(MEMBER_PHONE).append('\n');
	}

	private static String memberCard(String slug) {
		return slug.toUpperCase() + "-0001";
	}
}
