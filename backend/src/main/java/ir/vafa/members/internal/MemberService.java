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
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberService implements Members {

	private final MemberRepository members;
	private final Clock clock;

	MemberService(MemberRepository members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	@Override
	@Transactional
	public MemberView enroll(NewMember request) {
		CurrentTenant.id();
		String phone = MemberIdentifiers.phone(request.phone());
		String email = MemberIdentifiers.email(request.email());
		String card = MemberIdentifiers.cardNumber(request.cardNumber());
		refuseTaken("phone", phone != null && members.findByPhone(phone).isPresent());
		refuseTaken("email", email != null && members.findByEmail(email).isPresent());
		refuseTaken("cardNumber", card != null && members.findByCardNumber(card).isPresent());
		MemberEntity member = new MemberEntity(UUID.randomUUID(), phone, email, card, request.displayName(),
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
		CurrentTenant.id();
		Optional<MemberEntity> found;
		if (ref.id() != null) {
			found = members.findById(ref.id());
		}
		else if (ref.phone() != null) {
			found = members.findByPhone(MemberIdentifiers.phone(ref.phone()));
		}
		else if (ref.email() != null) {
			found = members.findByEmail(MemberIdentifiers.email(ref.email()));
		}
		else {
			found = members.findByCardNumber(MemberIdentifiers.cardNumber(ref.cardNumber()));
		}
		return found.map(MemberEntity::view);
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
