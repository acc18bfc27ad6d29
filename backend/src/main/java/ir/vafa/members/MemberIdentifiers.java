package ir.vafa.members;

import java.util.Locale;

/**
 * One spelling for each identifier, so "۰۹۱۲ ۳۴۵ ۶۷۸۹", "00989123456789" and "+98 912 345 6789" are one member.
 * Persian and Arabic digits become ASCII; an Iranian mobile number written nationally (09…) gets +98.
 */
public final class MemberIdentifiers {

	private MemberIdentifiers() {
	}

	public static String phone(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : raw.trim().toCharArray()) {
			if (c >= '۰' && c <= '۹') {
				digits.append((char) ('0' + (c - '۰')));
			}
			else if (c >= '٠' && c <= '٩') {
				digits.append((char) ('0' + (c - '٠')));
			}
			else if (Character.isDigit(c) || (c == '+' && digits.isEmpty())) {
				digits.append(c);
			}
		}
		String phone = digits.toString();
		if (phone.startsWith("00")) {
			return "+" + phone.substring(2);
		}
		if (phone.startsWith("09") && phone.length() == 11) {
			return "+98" + phone.substring(1);
		}
		return phone;
	}

	public static String email(String raw) {
		return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
	}

	public static String cardNumber(String raw) {
		return raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
	}
}
