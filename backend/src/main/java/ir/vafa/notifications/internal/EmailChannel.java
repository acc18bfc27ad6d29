package ir.vafa.notifications.internal;

import java.nio.charset.StandardCharsets;

import ir.vafa.notifications.Channel;
import ir.vafa.notifications.NotificationMessage;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP, through Spring's {@link JavaMailSender} ({@code spring.mail.*}). Without {@code spring.mail.host}
 * Boot makes no sender, and messages are written to the log instead (and count as sent), as under {@code ./vafa run}.
 */
@Component
class EmailChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> sender,
			@Value("${vafa.notifications.email.from:Vafa <no-reply@vafa.invalid>}") String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public void send(NotificationMessage message) throws Exception {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("Email (no spring.mail.host: logged, not sent) to {}: {}\n{}", message.recipient(),
					message.subject(), message.body());
			return;
		}
		MimeMessage mime = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		// The message's id in a header of its own: a resend after a crash (docs/operations.md) can be told as such.
		mime.saveChanges();
		mime.setHeader("X-Vafa-Notification", message.id().toString());
		mail.send(mime);
	}
}
