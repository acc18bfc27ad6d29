package ir.vafa.programs.internal;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramView;
import ir.vafa.programs.Programs;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/program")
@Tag(name = "programs", description = "The tenant's loyalty program: rules that turn purchases into points, stamps "
		+ "and rewards, published as immutable versions (see docs/rule-authoring.md)")
class ProgramController {

	private final Programs programs;

	ProgramController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping
	@Operation(operationId = "getCurrentProgram", summary = "Read the current program")
	@ApiResponse(responseCode = "200", description = "The current version", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has not published a program yet")
	ProgramView current() {
		return programs.current().orElseThrow(() -> ApiProblem.notFound("No program has been published yet"));
	}

	@PutMapping
	@Operation(operationId = "publishProgram", summary = "Publish a new program version", description = """
			Checks and compiles the rules, then makes them the current version: purchases from now on are \
			evaluated against it (on other nodes within about a second), and each ledger line names the version \
			that earned it. Earlier versions stay readable.""")
	@ApiResponse(responseCode = "200", description = "The new version, now current", useReturnTypeSchema = true)
	@Refusal.Unprocessable("The currency is not an ISO 4217 currency, the time zone is unknown, or a rule is "
			+ "invalid; `errors` names each by JSON path (`rules[2].spendUnit`)")
	ProgramView publish(@Valid @RequestBody ProgramDefinition definition, Principal caller) {
		return programs.publish(definition, caller.getName());
	}

	@GetMapping("/versions")
	@Operation(operationId = "listProgramVersions", summary = "List the published versions",
			description = "Newest first; empty before the first publish.")
	@ApiResponse(responseCode = "200", description = "Every published version", useReturnTypeSchema = true)
	List<ProgramView> versions() {
		return programs.versions();
	}

	@GetMapping("/versions/{version}")
	@Operation(operationId = "getProgramVersion", summary = "Read one published version")
	@ApiResponse(responseCode = "200", description = "The version", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no such version")
	ProgramView version(@PathVariable int version) {
		return programs.version(version).orElseThrow(() -> ApiProblem.notFound("No program version " + version));
	}
}
