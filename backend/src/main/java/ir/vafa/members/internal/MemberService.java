package ir.vafa.members.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.members.MemberIdentifiers;
import ir.vafa.members.MemberRef;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberService implements Members {

	private final MemberRepository members;
	private final MemberLookup lookup;
	private final MemberIdCache ids;
	private final Clock clock;

	MemberService(MemberRepository members, MemberLookup lookup, MemberIdCache ids, Clock clock) {
		this.members = members;
		this.lookup = lookup;
		this.ids = ids;
		this.clock = clock;
	}

	@Override
	@Transactional
	public MemberView enroll(NewMember request) {
		UUID tenant = CurrentTenant.id();
		String phone = MemberIdentifiers.phone(request.phone());
		String email = MemberIdentifiers.email(request.email());
		String card = MemberIdentifiers.cardNumber(request.cardNumber());
		if (phone != null && !phone.matches("\\+?[0-9]{5,15}")) {
			// what is left once spaces and dashes are gone must be a number E.164 allows
			throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid request",
					"phone: must be a phone number of 5 to 15 digits",
					java.util.List.of(new ApiProblem.FieldError("phone", "must be a phone number of 5 to 15 digits")));
		}
		refuseTaken("phone", phone != null && lookup.by(tenant, "phone", phone).isPresent());
		refuseTaken("email", email != null && lookup.by(tenant, "email", email).isPresent());
		refuseTaken("cardNumber", card != null && lookup.by(tenant, "card_number", card).isPresent());
		MemberEntity member = new MemberEntity(Ids.timeOrdered(), phone, email, card, request.displayName(),
				request.birthday(), request.smsConsented(), request.emailConsented(), clock.instant());
		return members.saveAndFlush(member).view();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberView> get(UUID id) {
		CurrentTenant.id();
		return members.findById(id).map(MemberEntity::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberView> find(MemberRef ref) {
		UUID tenant = CurrentTenant.id();
		Identifier given = Identifier.of(ref);
		return lookup.by(tenant, given.column(), given.value());
	}

	/** On every purchase's path: remembered by this node, else one indexed look-up (see {@link MemberLookup}). */
	@Override
	public Optional<UUID> idOf(MemberRef ref) {
		UUID tenant = CurrentTenant.id();
		Identifier given = Identifier.of(ref);
		return ids.id(tenant, given.column(), given.value(),
				() -> lookup.by(tenant, given.column(), given.value()).map(MemberView::id));
	}

	/** The column a reference's identifier is kept in, and its value as kept there. */
	private record Identifier(String column, Object value) {

		static Identifier of(MemberRef ref) {
			if (ref.id() != null) {
				return new Identifier("id", ref.id());
			}
			if (ref.phone() != null) {
				return new Identifier("phone", MemberIdentifiers.phone(ref.phone()));
			}
			if (ref.email() != null) {
				return new Identifier("email", MemberIdentifiers.email(ref.email()));
			}
			return new Identifier("card_number", MemberIdentifiers.cardNumber(ref.cardNumber()));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberView> lookup(String any) {
		if (any == null || any.isBlank()) {
			return Optional.empty();
		}
		String text = any.trim();
		Optional<MemberView> byCard = find(new MemberRef(null, null, null, text));
		if (byCard.isPresent()) {
			return byCard;
		}
		if (text.contains("@")) {
			return find(new MemberRef(null, null, text, null));
		}
		return find(new MemberRef(null, text, null, null));
	}

	private static void refuseTaken(String field, boolean taken) {
		if (taken) {
			throw ApiProblem.conflict(field, "Another member of this program has this " + field);
		}
	}
}
