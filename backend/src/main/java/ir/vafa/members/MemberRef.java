package ir.vafa.members;

import java.util.UUID;

/**
 * How a POS names a member on a purchase: by id, phone, email or card number (exactly one).
 */
public record MemberRef(UUID id, String phone, String email, String cardNumber) {

	/** The JSON path of the identifier given, for error messages. */
	public String field() {
		if (id != null) {
			return "id";
		}
		if (phone != null) {
			return "phone";
		}
		return email != null ? "email" : "cardNumber";
	}

	public int given() {
		return (id != null ? 1 : 0) + (phone != null ? 1 : 0) + (email != null ? 1 : 0) + (cardNumber != null ? 1 : 0);
	}
}
