package ir.vafa.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.members.Members;
import ir.vafa.notifications.Channel;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.NotificationMessage;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.notifications.NotificationTemplate;
import ir.vafa.notifications.Notifications;
import ir.vafa.notifications.Preview;
import ir.vafa.notifications.PreviewRequest;
import ir.vafa.notifications.TemplateChange;
import ir.vafa.notifications.TemplateText;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.Tiers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Templates (the tenant's own over the built-in ones), settings, previews and the members' messages. */
@Service
class NotificationService implements Notifications {

	private final NotificationStore store;
	private final Members members;
	private final MessageValues values;
	private final Tiers tiers;
	private final Catalog catalog;
	private final Clock clock;

	NotificationService(NotificationStore store, Members members, MessageValues values, Tiers tiers, Catalog catalog,
			Clock clock) {
		this.store = store;
		this.members = members;
		this.values = values;
		this.tiers = tiers;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NotificationTemplate> templates() {
		Map<String, NotificationStore.Stored> stored = store.templates();
		List<NotificationTemplate> all = new ArrayList<>();
		for (EventType event : EventType.values()) {
			for (Channel channel : Channel.values()) {
				all.add(template(event, channel, stored));
			}
		}
		return all;
	}

	@Override
	@Transactional(readOnly = true)
	public NotificationTemplate template(EventType event, Channel channel) {
		return template(event, channel, store.templates());
	}

	/** The text the event and channel is rendered with in the language: the tenant's, else the built-in one. */
	TemplateText text(EventType event, Channel channel, String language) {
		NotificationStore.Stored own = store.templates().get(NotificationStore.Stored.key(event, channel, language));
		return own != null ? own.text() : DefaultTemplates.of(event, channel, language);
	}

	@Override
	@Transactional
	public NotificationTemplate replaceTemplate(EventType event, Channel channel, TemplateChange change, String actor) {
		check(channel, change);
		store.saveTemplate(event, channel, "en", change.en(), clock.instant(), actor);
		store.saveTemplate(event, channel, "fa", change.fa(), clock.instant(), actor);
		return template(event, channel);
	}

	@Override
	@Transactional
	public NotificationTemplate resetTemplate(EventType event, Channel channel, String actor) {
		store.deleteTemplates(event, channel);
		return template(event, channel);
	}

	@Override
	@Transactional(readOnly = true)
	public Preview preview(PreviewRequest request) {
		TemplateText text = request.text() != null ? request.text()
				: text(request.event(), request.channel(), request.language());
		checkText(text, "text");
		Map<String, String> filled;
		if (request.memberId() != null) {
			var member = members.get(request.memberId())
				.orElseThrow(() -> ApiProblem.invalid("memberId", "the tenant has no member with this id"));
			filled = values.of(member, memberFacts(member.id()), request.language());
		}
		else {
			filled = values.sample(request.language());
		}
		return new Preview(request.channel() == Channel.EMAIL ? Placeholders.fill(text.subject(), filled) : null,
				Placeholders.fill(text.body(), filled));
	}

	@Override
	@Transactional(readOnly = true)
	public NotificationSettings settings() {
		return store.settings().orElse(NotificationSettings.DEFAULTS);
	}

	@Override
	@Transactional
	public NotificationSettings replaceSettings(NotificationSettings settings, String actor) {
		// the console calls this directly, without the controller's bean validation: the same checks here
		List<FieldError> errors = new ArrayList<>();
		if (settings.language() == null || !List.of("fa", "en").contains(settings.language())) {
			errors.add(new FieldError("language", "must be fa or en"));
		}
		if (settings.expiryWarningDays() == null || settings.expiryWarningDays() < 1
				|| settings.expiryWarningDays() > 60) {
			errors.add(new FieldError("expiryWarningDays", "must be between 1 and 60"));
		}
		if (settings.emailEnabled() == null) {
			errors.add(new FieldError("emailEnabled", "must not be null"));
		}
		if (settings.smsEnabled() == null) {
			errors.add(new FieldError("smsEnabled", "must not be null"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.malformed(errors);
		}
		store.saveSettings(settings, clock.instant(), actor);
		return settings();
	}

	@Override
	@Transactional(readOnly = true)
	public List<NotificationMessage> messages(UUID member, int limit) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member of the tenant has this id");
		}
		return store.forMember(member, limit);
	}

	private NotificationTemplate template(EventType event, Channel channel, Map<String, NotificationStore.Stored> stored) {
		NotificationStore.Stored en = stored.get(NotificationStore.Stored.key(event, channel, "en"));
		NotificationStore.Stored fa = stored.get(NotificationStore.Stored.key(event, channel, "fa"));
		NotificationStore.Stored latest = en == null ? fa
				: fa == null || en.updatedAt().isAfter(fa.updatedAt()) ? en : fa;
		return new NotificationTemplate(event, channel,
				en != null ? en.text() : DefaultTemplates.of(event, channel, "en"),
				fa != null ? fa.text() : DefaultTemplates.of(event, channel, "fa"), latest != null,
				latest == null ? null : latest.updatedAt(), latest == null ? null : latest.updatedBy());
	}

	/**
	 * A member's preview shows their name, tier and balance; what only an event would say (its points, its reward) is
	 * made up: 1,200 points, the catalog's first reward, a fresh voucher code and the catalog's first two rewards
	 * to choose from.
	 */
	private Facts memberFacts(UUID member) {
		String tier = tiers.of(member).map(MemberTier::tierId).orElse(null);
		List<String> rewards = catalog.list(false).stream().limit(2).map(r -> r.code()).toList();
		return new Facts(tier, rewards.isEmpty() ? null : rewards.getFirst(), 1200L, null,
				ir.vafa.rewards.VoucherCode.random().value(), rewards);
	}

	/** An email needs its subject (400); an unknown placeholder anywhere is 422 naming the text it is in. */
	private static void check(Channel channel, TemplateChange change) {
		List<FieldError> missing = new ArrayList<>();
		// as the controller's bean validation says, for the console's direct calls
		checkPresent(change.en(), "en", missing);
		checkPresent(change.fa(), "fa", missing);
		if (!missing.isEmpty()) {
			throw ApiProblem.malformed(missing);
		}
		if (channel == Channel.EMAIL) {
			for (var t : List.of(Map.entry("en", change.en()), Map.entry("fa", change.fa()))) {
				if (t.getValue().subject() == null || t.getValue().subject().isBlank()) {
					missing.add(new FieldError(t.getKey() + ".subject", "an email needs a subject"));
				}
			}
		}
		if (!missing.isEmpty()) {
			throw ApiProblem.malformed(missing);
		}
		List<FieldError> unknown = new ArrayList<>();
		unknown.addAll(unknownPlaceholders(change.en(), "en"));
		unknown.addAll(unknownPlaceholders(change.fa(), "fa"));
		if (!unknown.isEmpty()) {
			throw ApiProblem.invalid(unknown);
		}
	}

	private static void checkPresent(TemplateText text, String path, List<FieldError> errors) {
		if (text == null) {
			errors.add(new FieldError(path, "must not be null"));
			return;
		}
		if (text.body() == null || text.body().isBlank()) {
			errors.add(new FieldError(path + ".body", "must not be blank"));
		}
		else if (text.body().length() > 2000) {
			errors.add(new FieldError(path + ".body", "size must be between 0 and 2000"));
		}
		if (text.subject() != null && text.subject().length() > 200) {
			errors.add(new FieldError(path + ".subject", "size must be between 0 and 200"));
		}
	}

	private static void checkText(TemplateText text, String path) {
		List<FieldError> unknown = unknownPlaceholders(text, path);
		if (!unknown.isEmpty()) {
			throw ApiProblem.invalid(unknown);
		}
	}

	private static List<FieldError> unknownPlaceholders(TemplateText text, String path) {
		List<FieldError> errors = new ArrayList<>();
		for (var part : List.of(Map.entry("subject", String.valueOf(text.subject())), Map.entry("body", text.body()))) {
			List<String> unknown = Placeholders.unknown(part.getValue());
			if (!unknown.isEmpty()) {
				errors.add(new FieldError(path + "." + part.getKey(), "unknown placeholder " + String.join(", ", unknown)
						+ "; a template may use {" + String.join("}, {", Placeholders.NAMES) + "}"));
			}
		}
		return errors;
	}
}
