package ir.vafa.notifications;

/** A template rendered: what the member would read. */
public record Preview(String subject, String body) {
}
