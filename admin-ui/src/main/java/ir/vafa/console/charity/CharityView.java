package ir.vafa.console.charity;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.donations.Donations;
import ir.vafa.programs.Programs;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * What members gave each charity: totals per Jalali (or, in English, Gregorian) month, week, year or all time, and
 * the donations as CSV to settle with the charity.
 */
@Route(value = "charity", layout = MainLayout.class)
@RolesAllowed({ Roles.TENANT_ADMIN, Roles.TENANT_MARKETER, Roles.TENANT_ANALYST })
public class CharityView extends VerticalLayout implements HasDynamicTitle {

	private final Donations donations;
	private final Messages messages;
	private final ZoneId zone;
	private final Donations.Calendar calendar;
	private final Div table = new Div();

	public CharityView(Donations donations, Programs programs) {
		this.donations = donations;
		this.messages = Messages.of(getLocale());
		this.zone = programs.current().map(p -> ZoneId.of(p.timezone())).orElse(ZoneId.of("Asia/Tehran"));
		this.calendar = "fa".equals(messages.locale().getLanguage()) ? Donations.Calendar.JALALI
				: Donations.Calendar.GREGORIAN;
		Select<Donations.Period> period = new Select<>();
		period.setId("charity-period");
		period.setLabel(messages.get("charity.period"));
		period.setItems(Donations.Period.MONTH, Donations.Period.WEEK, Donations.Period.YEAR, Donations.Period.ALL);
		period.setItemLabelGenerator(p -> messages.get("charity.period." + p));
		period.setValue(Donations.Period.MONTH);
		period.addValueChangeListener(e -> show(e.getValue()));
		UUID tenant = CurrentTenant.id();
		// the download is a request of its own: it runs as the tenant whose page offered it
		DownloadHandler csv = event -> {
			event.setFileName("donations.csv");
			event.setContentType("text/csv;charset=UTF-8");
			CurrentTenant.runAs(tenant, () -> donations.export(null, null, null,
					new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)));
		};
		Anchor export = new Anchor(csv, messages.get("charity.export"));
		export.setId("charity-export");
		export.getElement().setAttribute("download", true);
		export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		HorizontalLayout bar = new HorizontalLayout(period, export);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		table.setWidthFull();
		add(new H2(messages.get("charity.title")), bar, table);
		show(Donations.Period.MONTH);
	}

	private void show(Donations.Period period) {
		table.removeAll();
		table.add(new CharityTotalsGrid(messages, zone, donations.totals(null, null, period, calendar)));
	}

	@Override
	public String getPageTitle() {
		return messages.get("charity.title");
	}
}
