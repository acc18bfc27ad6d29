package ir.vafa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;

/**
 * An operation's own refusals in the OpenAPI document, one annotation per status, each saying when the operation
 * answers it: {@code @Refusal.NotFound("No member with this id in the caller's tenant")}. Every refusal is a
 * problem+json {@code ProblemDetail} ({@link ApiProblem}). What all operations share is added to each by the
 * document itself and needs no annotation: the bearer token's 401 and 403, and, where a body or a typed parameter
 * is read, 400, 413 and 415.
 */
public final class Refusal {

	/** The problem+json body of every refusal, registered once in the document's components. */
	public static final String PROBLEM = "#/components/schemas/ProblemDetail";

	private Refusal() {
	}

	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "404",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	public @interface NotFound {
		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value();
	}

	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "409",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	public @interface Conflict {
		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value();
	}

	/** An {@code If-Match} that no longer names the resource's revision: someone changed it since it was read. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "412",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	public @interface PreconditionFailed {
		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value();
	}

	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "422",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	public @interface Unprocessable {
		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value();
	}

	/** The caller tried too often (guessing codes, say): a {@code Retry-After} header says when it may again. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "429",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	public @interface TooMany {
		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value();
	}

	/** For failures an operation meets by design, such as Keycloak refusing a step; not for bugs. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "500",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	public @interface Failed {
		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value();
	}
}
