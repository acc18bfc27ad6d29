package ir.vafa.memberpage;

import java.time.Instant;

/**
 * A link to a member's page: {@code url} is the console's page for the token ({@code …/card/<token>}), to be sent to
 * the member; it works until {@code expiresAt} or until the member's links are revoked.
 */
public record PageLink(String url, String token, Instant expiresAt) {
}
