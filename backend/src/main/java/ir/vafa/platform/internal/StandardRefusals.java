package ir.vafa.platform.internal;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import ir.vafa.platform.Refusal;
import jakarta.validation.Constraint;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * What every API operation may answer whatever its own code does, so no controller repeats it: the bearer
 * requirement with its 401 and 403 (the API's security chain and the tenant filter), and, for operations that read
 * a body or a typed or validated parameter, the 400 of {@link ProblemHandler}, plus for a body the 413 of
 * {@link BodySizeLimitFilter} and the 415 of a body that is not JSON. A status the operation documents itself is
 * left as it is.
 */
final class StandardRefusals implements GlobalOperationCustomizer {

	private final String scheme;
	private final long maxBodyBytes;

	StandardRefusals(String scheme, long maxBodyBytes) {
		this.scheme = scheme;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses();
		// An operation that declares a security requirement of its own (the member page's link token) documents its
		// own 401; every other one needs the bearer token.
		if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
			operation.addSecurityItem(new SecurityRequirement().addList(scheme));
			responses.computeIfAbsent("401", code -> problem(
					"No bearer token, or one that is malformed, expired, or not for this API (audience vafa-api)")
				.addHeaderObject("WWW-Authenticate", new Header().description("The bearer challenge, with the error")
					.schema(new StringSchema())));
			responses.computeIfAbsent("403", code -> problem("The token's roles do not allow this operation; or its "
					+ "tenant is suspended or unknown; or the operation acts for a tenant and the token names none"));
		}
		boolean body = operation.getRequestBody() != null;
		boolean parameters = Arrays.stream(handler.getMethodParameters())
			.anyMatch(StandardRefusals::isConvertedOrChecked);
		if (body || parameters) {
			responses.computeIfAbsent("400", code -> problem(badRequest(body, parameters)));
		}
		if (body) {
			responses.computeIfAbsent("413", code -> problem("The body is over " + maxBodyBytes
					+ " bytes, or sent without a Content-Length: refused before it is read (`errors` names `body`)"));
			responses.computeIfAbsent("415", code -> problem("The body is not sent as application/json"));
		}
		operation.setResponses(byStatus(responses));
		return operation;
	}

	/** Success first, then the refusals in the order of their codes, as people scan them. */
	private static ApiResponses byStatus(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(response -> sorted.addApiResponse(response.getKey(), response.getValue()));
		sorted.setExtensions(responses.getExtensions());
		return sorted;
	}

	private static String badRequest(boolean body, boolean parameters) {
		String what = body && parameters ? "The body or a parameter" : body ? "The body" : "A parameter";
		return what + " is malformed, missing a required value, or out of range; `errors` names each field at fault"
				+ (body ? " by its JSON path (`lines[2].unitPrice`)" : "");
	}

	/** A parameter Spring converts from text or validates: bad input there is a 400 before the operation runs. */
	private static boolean isConvertedOrChecked(MethodParameter parameter) {
		boolean bound = parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(RequestParam.class)
				|| parameter.hasParameterAnnotation(RequestHeader.class);
		return bound && (parameter.getParameterType() != String.class || isRequiredAndUndefaulted(parameter)
				|| Arrays.stream(parameter.getParameterAnnotations()).anyMatch(StandardRefusals::isConstraint));
	}

	private static boolean isRequiredAndUndefaulted(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		return (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue()))
				|| (header != null && header.required() && ValueConstants.DEFAULT_NONE.equals(header.defaultValue()));
	}

	private static boolean isConstraint(Annotation annotation) {
		return annotation.annotationType().isAnnotationPresent(Constraint.class);
	}

	static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(new Content().addMediaType(
				org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref(Refusal.PROBLEM))));
	}
}
