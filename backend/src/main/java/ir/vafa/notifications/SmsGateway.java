package ir.vafa.notifications;

/**
 * Sends a text message to a phone. An installation plugs its SMS provider in by declaring a bean of this type; without
 * one, messages are written to the log (the demo's gateway). Throwing means "not sent": the delivery job retries.
 */
public interface SmsGateway {

	void send(String phone, String text) throws Exception;
}
