package ir.vafa.notifications.internal;

import ir.vafa.notifications.Channel;
import ir.vafa.notifications.NotificationMessage;

/** One way of reaching members. {@link #send} returns once the message is handed over, and throws when it is not. */
interface NotificationChannel {

	Channel channel();

	void send(NotificationMessage message) throws Exception;
}
