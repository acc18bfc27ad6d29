package ir.vafa.notifications;

/** How a message reaches a member: to their email address, or to their phone by SMS. */
public enum Channel {
	EMAIL, SMS
}
