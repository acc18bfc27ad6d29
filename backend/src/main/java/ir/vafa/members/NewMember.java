package ir.vafa.members;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Enrolment: at least one of phone, email and card number. */
@Schema(example = """
		{
		  "phone": "0912 345 6789",
		  "email": "sara.ahmadi@example.ir",
		  "cardNumber": "PARDIS-0042",
		  "displayName": "سارا احمدی",
		  "birthday": "1994-03-21",
		  "consentSms": true,
		  "consentEmail": false
		}""")
public record NewMember(
		@Pattern(regexp = "[+0-9۰-۹٠-٩ ()-]{5,24}", message = "must be a phone number") String phone,
		@Email @Size(max = 320) String email,
		@Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be 1-64 letters, digits or dashes") String cardNumber,
		@Size(max = 200) String displayName,
		@Past LocalDate birthday,
		Boolean consentSms,
		Boolean consentEmail) {

	/** Consent is opt-in: left out means no. */
	public boolean smsConsented() {
		return Boolean.TRUE.equals(consentSms);
	}

	public boolean emailConsented() {
		return Boolean.TRUE.equals(consentEmail);
	}

	@AssertTrue(message = "give at least one of phone, email and cardNumber")
	public boolean isIdentified() {
		return phone != null || email != null || cardNumber != null;
	}
}
