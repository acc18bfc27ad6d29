package ir.vafa.memberpage;

import java.util.UUID;

/**
 * Links to members' own pages, and what a link shows. Making and revoking links acts for the current tenant (staff);
 * {@link #open} acts for the tenant the verified token names, whoever holds it.
 */
public interface MemberPages {

	/**
	 * A new link to the member's page, valid for {@code validDays} (null: the configured default), refused (400 naming
	 * {@code validDays}) outside 1 to the configured maximum; 404 for a member the tenant does not have.
	 */
	PageLink createLink(UUID member, Integer validDays, String actor);

	/** Every link of the member made so far stops working; links made afterwards work. 404 as for a link. */
	void revokeLinks(UUID member, String actor);

	/**
	 * What the token's holder may see: the member's page, or why not. Never throws for a bad token: a forged,
	 * altered or cut token is {@link MemberPageAccess.Invalid}; an expired or revoked one (or one whose member or
	 * tenant is gone or suspended) {@link MemberPageAccess.Expired}.
	 */
	MemberPageAccess open(String token);

	/**
	 * The token's member takes {@code rewardCode} of the choices a full card offered (as staff do, with the same
	 * refusals: 404 for a reward not theirs, 409, 422), then sees their page; a bad token is refused as by
	 * {@link #open}, and nothing is chosen.
	 */
	MemberPageAccess choose(String token, UUID reward, String rewardCode);
}
