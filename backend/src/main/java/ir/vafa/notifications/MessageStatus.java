package ir.vafa.notifications;

/** PENDING until sent, or given up after the last attempt (FAILED, with the last error). */
public enum MessageStatus {
	PENDING, SENT, FAILED
}
