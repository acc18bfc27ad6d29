package ir.vafa.notifications.internal;

import ir.vafa.notifications.Channel;
import ir.vafa.notifications.NotificationMessage;
import ir.vafa.notifications.SmsGateway;
import org.springframework.stereotype.Component;

/** SMS through the installation's {@link SmsGateway}. */
@Component
class SmsChannel implements NotificationChannel {

	private final SmsGateway gateway;

	SmsChannel(SmsGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public void send(NotificationMessage message) throws Exception {
		gateway.send(message.recipient(), message.body());
	}
}
