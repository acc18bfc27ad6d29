package ir.vafa.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import ir.vafa.notifications.Channel;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.MessageStatus;
import ir.vafa.notifications.NotificationMessage;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.notifications.TemplateText;
import ir.vafa.platform.Ids;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notification tables, in plain SQL, always for the current tenant (row-level security holds them to it too). */
@Component
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<NotificationSettings> settings() {
		return jdbc.sql("SELECT * FROM notification_settings WHERE tenant_id = ?")
			.param(CurrentTenant.id())
			.query((rs, n) -> new NotificationSettings(rs.getString("language"), rs.getInt("expiry_warning_days"),
					rs.getBoolean("email_enabled"), rs.getBoolean("sms_enabled")))
			.optional();
	}

	void saveSettings(NotificationSettings s, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO notification_settings (tenant_id, language, expiry_warning_days, email_enabled, sms_enabled,
				  updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id) DO UPDATE SET language = EXCLUDED.language,
				  expiry_warning_days = EXCLUDED.expiry_warning_days, email_enabled = EXCLUDED.email_enabled,
				  sms_enabled = EXCLUDED.sms_enabled, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
			.params(CurrentTenant.id(), s.language(), s.expiryWarningDays(), s.emailEnabled(), s.smsEnabled(),
					Timestamp.from(at), actor)
			.update();
	}

	/** A tenant's own template text, by (event, channel, language). */
	record Stored(EventType event, Channel channel, String language, TemplateText text, Instant updatedAt,
			String updatedBy) {

		String key() {
			return key(event, channel, language);
		}

		static String key(EventType event, Channel channel, String language) {
			return event + "/" + channel + "/" + language;
		}
	}

	Map<String, Stored> templates() {
		return jdbc.sql("SELECT * FROM notification_template WHERE tenant_id = ?")
			.param(CurrentTenant.id())
			.query((rs, n) -> new Stored(EventType.valueOf(rs.getString("event_type")),
					Channel.valueOf(rs.getString("channel")), rs.getString("language"),
					new TemplateText(rs.getString("subject"), rs.getString("body")),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
			.list()
			.stream()
			.collect(Collectors.toMap(Stored::key, s -> s));
	}

	void saveTemplate(EventType event, Channel channel, String language, TemplateText text, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO notification_template (tenant_id, event_type, channel, language, subject, body, updated_at,
				  updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, event_type, channel, language) DO UPDATE SET subject = EXCLUDED.subject,
				  body = EXCLUDED.body, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
			.params(CurrentTenant.id(), event.name(), channel.name(), language,
					channel == Channel.EMAIL ? text.subject() : null, text.body(), Timestamp.from(at), actor)
			.update();
	}

	void deleteTemplates(EventType event, Channel channel) {
		jdbc.sql("DELETE FROM notification_template WHERE tenant_id = ? AND event_type = ? AND channel = ?")
			.params(CurrentTenant.id(), event.name(), channel.name())
			.update();
	}

	/** A message to queue, rendered. */
	record NewMessage(UUID member, EventType event, String eventKey, Channel channel, String recipient,
			String language, String subject, String body) {
	}

	/** Queues the message unless one of its event and channel is there already: true when it was queued now. */
	boolean enqueue(NewMessage m, Instant at) {
		return jdbc.sql("""
				INSERT INTO notification_message (tenant_id, id, member_id, event_type, event_key, channel, recipient,
				  language, subject, body, status, attempts, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
				ON CONFLICT (tenant_id, event_key, channel) DO NOTHING""")
			.params(CurrentTenant.id(), Ids.timeOrdered(), m.member(), m.event().name(), m.eventKey(),
					m.channel().name(), m.recipient(), m.language(), m.subject(), m.body(), Timestamp.from(at),
					Timestamp.from(at))
			.update() == 1;
	}

	List<NotificationMessage> forMember(UUID member, int limit) {
		return jdbc.sql("""
				SELECT * FROM notification_message WHERE tenant_id = ? AND member_id = ?
				ORDER BY created_at DESC, id DESC LIMIT ?""")
			.params(CurrentTenant.id(), member, limit)
			.query(NotificationStore::message)
			.list();
	}

	/** The ids of messages due to be tried, soonest first. */
	List<UUID> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM notification_message WHERE tenant_id = ? AND status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at LIMIT ?""")
			.params(CurrentTenant.id(), Timestamp.from(now), limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * The message, locked until the transaction ends, if it is still due: another run holding it, or a run that has
	 * sent it since, leave nothing to do.
	 */
	Optional<NotificationMessage> lockDue(UUID id, Instant now) {
		return jdbc.sql("""
				SELECT * FROM notification_message WHERE tenant_id = ? AND id = ? AND status = 'PENDING'
				  AND next_attempt_at <= ?
				FOR UPDATE SKIP LOCKED""")
			.params(CurrentTenant.id(), id, Timestamp.from(now))
			.query(NotificationStore::message)
			.optional();
	}

	void markSent(UUID id, Instant at) {
		jdbc.sql("""
				UPDATE notification_message SET status = 'SENT', attempts = attempts + 1, sent_at = ?,
				  next_attempt_at = NULL, last_error = NULL
				WHERE tenant_id = ? AND id = ? AND status = 'PENDING'""")
			.params(Timestamp.from(at), CurrentTenant.id(), id)
			.update();
	}

	/** A failed attempt: tried again at {@code next}, or given up (FAILED) when {@code next} is null. */
	void markFailed(UUID id, String error, Instant next) {
		jdbc.sql("""
				UPDATE notification_message SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
				  status = CASE WHEN CAST(? AS timestamptz) IS NULL THEN 'FAILED' ELSE 'PENDING' END
				WHERE tenant_id = ? AND id = ? AND status = 'PENDING'""")
			.params(error, next == null ? null : Timestamp.from(next), next == null ? null : Timestamp.from(next),
					CurrentTenant.id(), id)
			.update();
	}

	private static NotificationMessage message(ResultSet rs, int n) throws SQLException {
		Timestamp next = rs.getTimestamp("next_attempt_at");
		Timestamp sent = rs.getTimestamp("sent_at");
		return new NotificationMessage(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				EventType.valueOf(rs.getString("event_type")), Channel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
				MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				next == null ? null : next.toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
	}
}
