package ir.vafa.console.charity;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.donations.CharityTotal;

/** What members gave each charity, per period: points, their worth, donors and donations, in the reader's language. */
public class CharityTotalsGrid extends Grid<CharityTotal> {

	/** Each column's header key and text. */
	private final Map<String, Function<CharityTotal, String>> cells = new LinkedHashMap<>();

	public CharityTotalsGrid(Messages messages, ZoneId zone, List<CharityTotal> totals) {
		Formats formats = new Formats(messages.locale(), zone);
		boolean persian = "fa".equals(messages.locale().getLanguage());
		cells.put("charity.charity", t -> persian ? t.charity().fa() : t.charity().en());
		cells.put("charity.from", t -> t.periodStart() == null ? messages.get("charity.allTime")
				: formats.date(t.periodStart()));
		cells.put("charity.points", t -> formats.number(t.points()));
		cells.put("charity.amount", t -> formats.amount(t.amount().amount()) + " "
				+ (persian && "IRR".equals(t.amount().currency()) ? "ریال" : t.amount().currency()));
		cells.put("charity.donors", t -> formats.number(t.donors()));
		cells.put("charity.donations", t -> formats.number(t.donations()));
		setId("charity-totals");
		addThemeVariants(GridVariant.ROW_STRIPES);
		setAllRowsVisible(true);
		cells.forEach((header, text) -> addColumn(text::apply).setHeader(messages.get(header)).setAutoWidth(true));
		setItems(totals);
	}

	/** The row's cells as the grid shows them. */
	List<String> row(CharityTotal total) {
		return cells.values().stream().map(c -> c.apply(total)).toList();
	}
}
