package ir.vafa.platform.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into {@code application/problem+json} with an {@code errors} list naming the fields at
 * fault, so a POS integrator can see which field of which line was wrong.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
		ResponseEntity<ProblemDetail> response = respond(problem.status(), problem.title(), problem.getMessage(),
				problem.errors());
		if (problem.retryAfterSeconds() == null) {
			return response;
		}
		return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()))
			.body(response.getBody());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return respond(HttpStatus.BAD_REQUEST, "Invalid request", e.getName() + " is malformed",
				List.of(new FieldError(e.getName(), "is malformed")));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return respond(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data", List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		e.getBindingResult().getFieldErrors()
			.forEach(f -> errors.add(new FieldError(jsonPath(f.getField()), f.getDefaultMessage())));
		e.getBindingResult().getGlobalErrors()
			.forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
		errors.sort((a, b) -> a.field().compareTo(b.field()));
		return widen(respond(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> {
			if (result instanceof ParameterErrors bean) {
				// a validated body: name the fields inside it, as for a plain @Valid body
				bean.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
			}
			else {
				result.getResolvableErrors().forEach(err -> errors.add(
						new FieldError(result.getMethodParameter().getParameterName(), err.getDefaultMessage())));
			}
		});
		return widen(respond(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = e.getCause() instanceof JacksonException je ? pathOf(je) : "";
		if (field.isEmpty()) {
			return widen(respond(HttpStatus.BAD_REQUEST, "Malformed request", "The body is not valid JSON", List.of()));
		}
		List<FieldError> errors = List.of(new FieldError(field, "is missing, malformed or of the wrong type"));
		return widen(respond(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed", List.of());
	}

	static String pathOf(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Bean validation names nested fields {@code lines[0].sku} already; kept as the one place to adjust. */
	private static String jsonPath(String field) {
		return field;
	}

	private static String describe(List<FieldError> errors) {
		return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
	}

	static ResponseEntity<ProblemDetail> respond(HttpStatus status, String title, String detail, List<FieldError> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		body.setType(URI.create("about:blank"));
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}
}
