package ir.vafa.memberpage;

/** What a member page token opens: the page, or the reason it opens nothing. */
public sealed interface MemberPageAccess {

	/** A valid token: the member's page as of now. */
	record Granted(MemberPageView page) implements MemberPageAccess {
	}

	/** Signed by us, but past its expiry, revoked, or its member or tenant gone or suspended. */
	record Expired() implements MemberPageAccess {
	}

	/** Not a token we signed as it is: malformed, altered in any byte, or cut. */
	record Invalid() implements MemberPageAccess {
	}
}
