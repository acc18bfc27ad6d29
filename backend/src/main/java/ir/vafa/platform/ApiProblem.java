package ir.vafa.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API reports as {@code application/problem+json}. {@code errors} names each field at fault
 * (JSON paths such as {@code lines[2].unitPrice}); it is empty when the problem is not about a field.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;
	private final String title;
	private final List<FieldError> errors;
	private final Long retryAfterSeconds;

	public ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
		this(status, title, detail, errors, null);
	}

	private ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors, Long retryAfterSeconds) {
		super(detail);
		this.status = status;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** 429 with a {@code Retry-After} header: the caller tried too often; it may again after that many seconds. */
	public static ApiProblem tooMany(String detail, long retryAfterSeconds) {
		return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of(),
				Math.max(1, retryAfterSeconds));
	}

	public static ApiProblem invalid(String field, String message) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", field + ": " + message,
				List.of(new FieldError(field, message)));
	}

	public static ApiProblem invalid(List<FieldError> errors) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
				errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
	}

	/** Fields missing, malformed or out of range, found by checks of the request alone: 400, as bean validation's. */
	public static ApiProblem malformed(List<FieldError> errors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
	}

	public static ApiProblem notFound(String what) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what, List.of());
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
	}

	public static ApiProblem conflict(String field, String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of(new FieldError(field, detail)));
	}

	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** Seconds until the caller may try again, for a 429; else null. */
	public Long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	public record FieldError(String field, String message) {
	}
}
