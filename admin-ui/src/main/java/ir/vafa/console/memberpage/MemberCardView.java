package ir.vafa.console.memberpage;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.memberpage.MemberPageAccess;
import ir.vafa.memberpage.MemberPageView;
import ir.vafa.memberpage.MemberPages;

/**
 * A member's own page, {@code /card/<token>}: opened from the link staff send, without a login, and only through a
 * valid token (anything else shows that the link has expired or is not valid, and no data). Made for a phone: one
 * column, the digital card first (its QR code is the card number, for the till's scanner). In Persian unless
 * {@code ?lang=en}, or the browser asks for English before Persian.
 */
@Route("card")
@AnonymousAllowed
public class MemberCardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	static final String LANGUAGE_PARAMETER = "lang";
	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tehran");

	private final MemberPages pages;
	private Messages messages = Messages.of(Language.PERSIAN);
	private Language language = Language.PERSIAN;
	private String token;

	public MemberCardView(MemberPages pages) {
		this.pages = pages;
		setId("mpage");
		setPadding(true);
		setSpacing(true);
		getStyle().set("max-width", "28rem").set("margin", "0 auto").set("box-sizing", "border-box");
	}

	@Override
	public void setParameter(BeforeEvent event, String token) {
		Language language = language(event.getLocation().getQueryParameters().getSingleParameter(LANGUAGE_PARAMETER),
				VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getHeader("Accept-Language"));
		messages = Messages.of(language);
		UI ui = event.getUI();
		ui.setLocale(language.locale());
		ui.setDirection(language.direction());
		ui.getPage().executeJs("document.documentElement.lang = $0", language.locale().getLanguage());
		this.token = token;
		this.language = language;
		render(pages.open(token));
	}

	private void render(MemberPageAccess access) {
		removeAll();
		switch (access) {
			case MemberPageAccess.Granted granted -> show(granted.page(), language);
			case MemberPageAccess.Expired expired -> refusal("mpage-expired", "mpage.expired");
			case MemberPageAccess.Invalid invalid -> refusal("mpage-invalid", "mpage.invalid");
		}
	}

	/** The member takes one of a full card's choices; a refusal (the time ran out, chosen elsewhere) is said. */
	private void choose(java.util.UUID reward, String code) {
		try {
			render(pages.choose(token, reward, code));
		}
		catch (ir.vafa.platform.ApiProblem refused) {
			render(pages.open(token));
			Notification.show(messages.get("mpage.choice.refused"), 5000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.ERROR);
		}
	}

	/** {@code ?lang=} first; else the first of English and Persian the browser asks for; else Persian. */
	static Language language(Optional<String> parameter, String acceptLanguage) {
		if (parameter.isPresent()) {
			return "en".equalsIgnoreCase(parameter.get()) ? Language.ENGLISH : Language.PERSIAN;
		}
		if (acceptLanguage != null && !acceptLanguage.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
					String code = range.getRange().split("-")[0];
					if (code.equals("en")) {
						return Language.ENGLISH;
					}
					if (code.equals("fa")) {
						return Language.PERSIAN;
					}
				}
			}
			catch (IllegalArgumentException malformed) {
				// a malformed header asks for nothing
			}
		}
		return Language.PERSIAN;
	}

	private void show(MemberPageView page, Language language) {
		ZoneId zone = page.timezone() == null ? DEFAULT_ZONE : ZoneId.of(page.timezone());
		MemberPageTexts texts = new MemberPageTexts(messages, new Formats(language.locale(), zone), page.currency());
		H1 title = new H1(page.programName() == null ? messages.get("mpage.title") : page.programName());
		title.getStyle().set("font-size", "1.5rem").set("margin", "0");
		add(title);
		if (page.displayName() != null && !page.displayName().isBlank()) {
			add(new Span(messages.get("mpage.hello", page.displayName())));
		}
		add(new DigitalCard(messages, page.cardNumber()), new PointsSection(messages, texts, page.points()));
		if (page.tier() != null) {
			add(tier(page.tier(), texts));
		}
		if (!page.stampCards().isEmpty()) {
			add(section("mpage.stamps"));
			page.stampCards().forEach(card -> add(new StampCardComponent(messages, texts, card)));
		}
		add(rewards(page, texts));
		if (!page.myRewards().isEmpty()) {
			add(mine(page, texts));
		}
		add(history(page, texts));
		Paragraph valid = new Paragraph(messages.get("mpage.validUntil", texts.formats().dateTime(page.linkExpiresAt())));
		valid.setId("mpage-valid-until");
		valid.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		add(valid);
	}

	private Component tier(MemberPageView.Tier tier, MemberPageTexts texts) {
		Div box = box("mpage-tier");
		Span name = new Span(texts.name(tier.name()));
		name.setId("mpage-tier-name");
		name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
		Span value = new Span(messages.get("mpage.tier.value", texts.value(tier.metric(), tier.value())));
		value.getStyle().set("display", "block");
		Span next = new Span(texts.next(tier));
		next.setId("mpage-tier-next");
		next.getStyle().set("display", "block");
		ProgressBar bar = new ProgressBar(0, 1, MemberPageTexts.fraction(tier));
		box.add(section("mpage.tier"), name, value, bar, next);
		return box;
	}

	private Component rewards(MemberPageView page, MemberPageTexts texts) {
		Div box = box("mpage-rewards");
		box.add(section("mpage.rewards"));
		if (page.affordableRewards().isEmpty()) {
			box.add(new Span(messages.get("mpage.rewards.none")));
		}
		for (MemberPageView.AffordableReward reward : page.affordableRewards()) {
			Div row = new Div(new Span(texts.text(reward.name())), new Span(messages.get("mpage.rewards.cost",
					texts.formats().number(reward.costPoints()))));
			row.addClassName("mpage-reward");
			row.setId("mpage-reward-" + reward.code());
			row.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "1rem")
				.set("padding", "0.25rem 0");
			box.add(row);
		}
		return box;
	}

	/** The rewards the member was given: a usable one with its voucher code to show at the till, a used one when. */
	private Component mine(MemberPageView page, MemberPageTexts texts) {
		Div box = box("mpage-mine");
		box.add(section("mpage.mine"));
		for (MemberPageView.MyReward reward : page.myRewards()) {
			Span name = new Span(reward.status() == ir.vafa.rewards.IssuedReward.Status.CHOOSING
					? messages.get("mpage.mine.choice")
					: reward.name() == null ? reward.rewardCode() : texts.text(reward.name()));
			name.getStyle().set("font-weight", "600");
			Span state = new Span(texts.state(reward));
			state.addClassName("mpage-mine-state");
			Div row = new Div(name, state);
			row.addClassName("mpage-mine-" + reward.status().name().toLowerCase(java.util.Locale.ROOT));
			row.setId("mpage-mine-" + reward.id());
			row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("justify-content", "space-between")
				.set("gap", "0.5rem").set("padding", "0.25rem 0");
			for (MemberPageView.Option option : reward.choices()) {
				Button take = new Button(option.name() == null ? option.code() : texts.text(option.name()),
						e -> choose(reward.id(), option.code()));
				take.setId("mpage-choose-" + reward.id() + "-" + option.code());
				take.addClassName("mpage-choose");
				take.setDisableOnClick(true);
				take.addThemeVariants(ButtonVariant.PRIMARY);
				take.setWidthFull();
				row.add(take);
			}
			if (reward.voucherCode() != null) {
				Span code = new Span(reward.voucherCode());
				code.addClassName("mpage-mine-code");
				// the code is Latin letters and digits: left to right, and one unit, in a Persian page too
				code.getElement().setAttribute("dir", "ltr");
				code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
				row.add(code);
			}
			box.add(row);
		}
		return box;
	}

	private Component history(MemberPageView page, MemberPageTexts texts) {
		Div box = box("mpage-history");
		box.add(section("mpage.history"));
		if (page.history().isEmpty()) {
			box.add(new Span(messages.get("mpage.history.none")));
		}
		for (MemberPageView.HistoryLine line : page.history()) {
			Span points = new Span(texts.formats().signed(line.points()));
			points.getStyle().set("font-weight", "600")
				.set("color", line.points() < 0 ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
			Span when = new Span(texts.formats().date(line.at()));
			when.getStyle().set("color", "var(--lumo-secondary-text-color)");
			Div top = new Div(points, when);
			top.getStyle().set("display", "flex").set("justify-content", "space-between");
			Span why = new Span(texts.why(line));
			why.addClassName("mpage-why");
			Div row = new Div(top, why);
			row.addClassName("mpage-line");
			row.getStyle().set("padding", "0.4rem 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
			box.add(row);
		}
		return box;
	}

	private void refusal(String id, String key) {
		Div box = box(id);
		box.add(new H2(messages.get(key + ".title")), new Paragraph(messages.get(key + ".text")));
		add(box);
	}

	static Div box(String id) {
		Div box = new Div();
		box.setId(id);
		box.setWidthFull();
		box.getStyle().set("box-sizing", "border-box").set("padding", "1rem").set("border-radius", "1rem")
			.set("background", "var(--lumo-contrast-5pct)");
		return box;
	}

	private H2 section(String key) {
		H2 heading = new H2(messages.get(key));
		heading.getStyle().set("font-size", "1.1rem").set("margin", "0 0 0.5rem 0");
		return heading;
	}

	@Override
	public String getPageTitle() {
		return messages.get("mpage.title");
	}

	/** The digital card: the card number under its QR code, as the till's scanner reads it. */
	static final class DigitalCard extends Div {

		DigitalCard(Messages messages, String cardNumber) {
			setId("mpage-card");
			setWidthFull();
			getStyle().set("box-sizing", "border-box").set("padding", "1rem").set("border-radius", "1rem")
				.set("color", "white").set("text-align", "center")
				.set("background", "linear-gradient(135deg, #0f4c5c, #2a9d8f)");
			Span label = new Span(messages.get("mpage.card"));
			label.getStyle().set("display", "block").set("opacity", "0.85");
			add(label);
			if (cardNumber == null) {
				return;
			}
			Image qr = new Image(QrCodes.pngDataUrl(cardNumber), messages.get("mpage.qr.alt", cardNumber));
			qr.setId("mpage-qr");
			qr.getStyle().set("display", "block").set("margin", "0.75rem auto").set("max-width", "100%")
				.set("background", "white").set("border-radius", "0.5rem")
				.set("image-rendering", "pixelated");
			Span number = new Span(cardNumber);
			number.setId("mpage-card-number");
			// a card number is Latin letters and digits, read left to right in either language
			number.getElement().setAttribute("dir", "ltr");
			number.getStyle().set("font-family", "monospace").set("font-size", "1.25rem").set("letter-spacing", "0.1em");
			Span hint = new Span(messages.get("mpage.card.show"));
			hint.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("opacity", "0.85");
			add(qr, number, hint);
		}
	}

	/** Available points large; held, pending (with when) and soon-expiring (with the last days) under them. */
	static final class PointsSection extends Div {

		PointsSection(Messages messages, MemberPageTexts texts, MemberPageView.Points points) {
			setId("mpage-points");
			setWidthFull();
			getStyle().set("box-sizing", "border-box").set("padding", "1rem").set("border-radius", "1rem")
				.set("background", "var(--lumo-contrast-5pct)");
			H2 heading = new H2(messages.get("mpage.points"));
			heading.getStyle().set("font-size", "1.1rem").set("margin", "0 0 0.5rem 0");
			Span available = new Span(texts.formats().number(points.available()));
			available.setId("mpage-available");
			available.getStyle().set("font-size", "2.5rem").set("font-weight", "700").set("display", "block");
			Span label = new Span(messages.get("mpage.points.available"));
			label.getStyle().set("color", "var(--lumo-secondary-text-color)");
			add(heading, available, label);
			if (points.held() > 0) {
				add(line("mpage-held", messages.get("mpage.points.held", texts.formats().number(points.held()))));
			}
			for (var pending : points.pendingUntil()) {
				add(line(null, messages.get("mpage.points.pending", texts.formats().number(pending.points()),
						texts.formats().longDate(pending.availableAt()))));
			}
			if (points.expiringSoon() > 0) {
				Div soon = line("mpage-expiring", messages.get("mpage.points.expiringSoon",
						texts.formats().number(points.expiringSoon())));
				soon.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
				add(soon);
			}
			for (var expiry : points.expiries()) {
				Div row = line(null, messages.get("mpage.points.expiry", texts.formats().number(expiry.points()),
						texts.formats().longDate(expiry.lastDay())));
				row.addClassName("mpage-expiry");
				add(row);
			}
		}

		private static Div line(String id, String text) {
			Div line = new Div(new Span(text));
			if (id != null) {
				line.setId(id);
			}
			line.getStyle().set("margin-top", "0.25rem");
			return line;
		}
	}

	/** A stamp card drawn as a card: a circle per stamp, the filled ones stamped. */
	static final class StampCardComponent extends Div {

		StampCardComponent(Messages messages, MemberPageTexts texts, MemberPageView.Card card) {
			setId("mpage-stamp-card-" + card.cardId());
			addClassName("mpage-stamp-card");
			setWidthFull();
			getStyle().set("box-sizing", "border-box").set("padding", "1rem").set("border-radius", "1rem")
				.set("background", "linear-gradient(135deg, #fff3e0, #ffe0b2)").set("color", "#4e342e")
				.set("border", "1px dashed #8d6e63");
			Span name = new Span(card.name());
			name.getStyle().set("font-weight", "600").set("display", "block");
			Div stamps = new Div();
			stamps.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem")
				.set("margin", "0.75rem 0");
			for (int i = 0; i < card.stampsPerReward(); i++) {
				boolean filled = i < card.stamps();
				Span stamp = new Span(filled ? "★" : "");
				stamp.addClassName(filled ? "mpage-stamp-filled" : "mpage-stamp-empty");
				stamp.getStyle().set("width", "2.25rem").set("height", "2.25rem").set("border-radius", "50%")
					.set("display", "inline-flex").set("align-items", "center").set("justify-content", "center")
					.set("border", "2px solid #8d6e63").set("font-size", "1.25rem")
					.set("background", filled ? "#8d6e63" : "transparent").set("color", "white");
				stamps.add(stamp);
			}
			Span count = new Span(messages.get("mpage.stamps.count", texts.formats().number(card.stamps()),
					texts.formats().number(card.stampsPerReward())));
			count.addClassName("mpage-stamp-count");
			add(name, stamps, count);
			String reward = card.rewardName() != null ? texts.text(card.rewardName()) : card.rewardCode();
			if (reward != null) {
				Span gives = new Span(messages.get("mpage.stamps.reward", reward));
				gives.getStyle().set("display", "block");
				add(gives);
			}
		}
	}
}
