package ir.vafa.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bean validation of a request where no controller ran it: the console calls the modules' services directly. The
 * errors are the ones the API answers for the same request, 400 with the fields at their JSON paths.
 */
public final class WellFormed {

	private WellFormed() {
	}

	/** The request's violations, by field; {@code tiers[0].<list element>} is {@code tiers[0]} in the API's paths. */
	public static <T> List<ApiProblem.FieldError> violations(Validator validator, T request) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<T> violation : validator.validate(request)) {
			errors.add(new ApiProblem.FieldError(violation.getPropertyPath().toString().replace(".<list element>", "")
				.replace(".<iterable element>", ""), violation.getMessage()));
		}
		errors.sort(Comparator.comparing(ApiProblem.FieldError::field));
		return errors;
	}

	/** Throws the 400 {@link ApiProblem} of the request's violations, if it has any. */
	public static <T> void check(Validator validator, T request) {
		List<ApiProblem.FieldError> errors = violations(validator, request);
		if (!errors.isEmpty()) {
			throw ApiProblem.malformed(errors);
		}
	}
}
