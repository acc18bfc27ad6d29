package ir.vafa.notifications.internal;

import java.time.Clock;
import java.util.Map;

import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.notifications.Channel;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.notifications.TemplateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues what a member is told about an event: one message per channel the tenant has on and the member consented to
 * (and has an address for), rendered now in the tenant's language. The event's key makes it once: a redelivered
 * event, or a second run of the expiry notice, finds its message there and queues nothing.
 */
@Component
class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final Members members;
	private final NotificationService notifications;
	private final NotificationStore store;
	private final MessageValues values;
	private final Clock clock;

	Outbox(Members members, NotificationService notifications, NotificationStore store, MessageValues values,
			Clock clock) {
		this.members = members;
		this.notifications = notifications;
		this.store = store;
		this.values = values;
		this.clock = clock;
	}

	/** Answers how many messages it queued (0 when they were queued before, or the member may not be written to). */
	@Transactional
	int enqueue(java.util.UUID memberId, EventType event, String eventKey, Facts facts) {
		MemberView member = members.get(memberId).orElse(null);
		if (member == null) {
			log.warn("No member {} for the {} notification {}", memberId, event, eventKey);
			return 0;
		}
		NotificationSettings settings = notifications.settings();
		String language = settings.language();
		Map<String, String> filled = null;
		int queued = 0;
		for (Channel channel : Channel.values()) {
			String address = address(member, channel);
			if (address == null || !settings.enabled(channel)) {
				continue;
			}
			if (filled == null) {
				filled = values.of(member, facts, language);
			}
			TemplateText template = notifications.text(event, channel, language);
			NotificationStore.NewMessage message = new NotificationStore.NewMessage(member.id(), event, eventKey, channel,
					address, language, Placeholders.fill(template.subject(), filled),
					Placeholders.fill(template.body(), filled));
			if (store.enqueue(message, clock.instant())) {
				queued++;
			}
		}
		return queued;
	}

	/** Where the channel reaches the member: null without their consent or an address. */
	private static String address(MemberView member, Channel channel) {
		return switch (channel) {
			case EMAIL -> member.consentEmail() && member.email() != null ? member.email() : null;
			case SMS -> member.consentSms() && member.phone() != null ? member.phone() : null;
		};
	}
}
