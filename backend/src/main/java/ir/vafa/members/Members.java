package ir.vafa.members;

import java.util.Optional;
import java.util.UUID;

/** The current tenant's members. */
public interface Members {

	MemberView enroll(NewMember member);

	Optional<MemberView> get(UUID id);

	Optional<MemberView> find(MemberRef ref);

	/** The id of the member the reference names; this node remembers the answers it found. */
	Optional<UUID> idOf(MemberRef ref);

	/** Looks a member up by whatever the text is: card number, phone or email. */
	Optional<MemberView> lookup(String anyIdentifier);
}
