package ir.vafa.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.TenantCreated;
import ir.vafa.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the demo tenants when the application is ready, unless they exist, and prints how to use them. The
 * POS secrets are printed here because Keycloak shows them once.
 */
@Component
@ConditionalOnProperty(name = "vafa.demo.enabled", havingValue = "true")
class DemoData {

	static final String PASSWORD = "demo-password";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final TenantDirectory tenants;
	private final Programs programs;
	private final Members members;
	private final Purchases purchases;
	private final Clock clock;

	DemoData(TenantDirectory tenants, Programs programs, Members members, Purchases purchases, Clock clock) {
		this.tenants = tenants;
		this.programs = programs;
		this.members = members;
		this.purchases = purchases;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void open() {
		StringBuilder out = new StringBuilder("\n=== Vafa demo ===\nSupport staff: support / support\n");
		open("demo-cafe", "Café Vafa", DemoPrograms.cafe(), "coffee", out);
		open("demo-retail", "Vafa Retail", DemoPrograms.retail(), "electronics", out);
		log.info(out.toString());
	}

	private void open(String slug, String name, ProgramDefinition program, String category, StringBuilder out) {
		if (tenants.findBySlug(slug).isPresent()) {
			out.append(name).append(": exists already (secrets were shown when it was opened)\n");
			return;
		}
		TenantCreated created = tenants.create(new NewTenant(slug, name, "admin@" + slug + ".example", PASSWORD), "demo");
		MemberView member = CurrentTenant.callAs(created.tenant().id(), () -> {
			programs.publish(program, "demo");
			MemberView sara = members.enroll(new NewMember("09121234567", "sara@" + slug + ".example",
					slug.toUpperCase() + "-0001", "Sara Ahmadi", null, true, true));
			purchases.record(new PurchaseRequest(slug + "-welcome-1",
					new PurchaseRequest.MemberIdentifier(sara.id(), null, null, null), "tehran-1", "pos",
					clock.instant().minus(Duration.ofDays(1)), "IRR", new BigDecimal("850000"),
					List.of(new PurchaseRequest.Line("SKU-100", category, 1, new BigDecimal("850000"), null))));
			return sara;
		});
		out.append(name).append(" (tenant ").append(created.tenant().id()).append(")\n")
			.append("  console login: ").append(created.adminUsername()).append(" / ").append(PASSWORD).append('\n')
			.append("  POS client:    ").append(created.posClientId()).append(" / ").append(created.posClientSecret())
			.append('\n')
			.append("  demo member:   ").append(member.displayName()).append(", card ").append(member.cardNumber())
			.append(", phone ").append(member.phone()).append('\n');
	}
}
