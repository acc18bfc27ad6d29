package ir.vafa.platform.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import ir.vafa.platform.ApiProblem.FieldError;

/**
 * The shape of every refusal as the API writes it ({@link ProblemHandler}, the security chain, the body-size
 * filter), for the OpenAPI document only: Spring's {@code ProblemDetail} keeps {@code errors} in a map that
 * swagger-core would describe as a property named {@code properties}.
 */
@Schema(name = "ProblemDetail", description = "RFC 9457 problem details, with the fields at fault in `errors`")
record ProblemSchema(
		@Schema(example = "about:blank") URI type,
		@Schema(example = "Invalid request") String title,
		@Schema(example = "422") int status,
		@Schema(example = "total: is 4000000 but the lines add up to 4100000") String detail,
		@Schema(description = "The request's path, when Spring adds it", example = "/api/purchases") URI instance,
		@ArraySchema(arraySchema = @Schema(description = "The fields at fault, by JSON path; left out when the "
				+ "problem is not about a field")) List<FieldError> errors) {
}
