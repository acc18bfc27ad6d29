package ir.vafa.catalog;

import java.time.Instant;

/**
 * A reward of the catalog as it stands: what the merchant wrote, how many are gone, and whether members can take it
 * now ({@code available}: not archived, inside its validity, stock left).
 *
 * @param issued    how many have been issued (redeemed, or held by an open reservation)
 * @param remaining how many can still be issued; null without a {@code stock.total}
 * @param revision  1 when created, one more with each change; {@code If-Match} on an update names the one it read
 */
public record CatalogReward(RewardDefinition definition, int issued, Integer remaining, boolean available,
		boolean archived, int revision, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public String code() {
		return definition.code();
	}
}
