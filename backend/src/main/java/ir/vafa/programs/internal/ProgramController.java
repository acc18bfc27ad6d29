package ir.vafa.programs.internal;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import ir.vafa.programs.ProgramAudit;
import ir.vafa.programs.ProgramChange;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramState;
import ir.vafa.programs.ProgramValidation;
import ir.vafa.programs.Programs;
import ir.vafa.programs.PublishedProgram;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's program: versions, the draft, publishing now or at a time, rollback, the audit log. */
@RestController
@RequestMapping("/api/program")
@Tag(name = "programs", description = "The tenant's loyalty program: rules, lifecycle and tiers, published as immutable "
		+ "versions that serve purchases now or from a scheduled time; a draft, rollback, the audit log "
		+ "(see docs/rule-authoring.md)")
class ProgramController {

	private final Programs programs;

	ProgramController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping
	@Operation(operationId = "getCurrentProgram", summary = "Read the version serving purchases now")
	@ApiResponse(responseCode = "200", description = "The version serving now", useReturnTypeSchema = true)
	@Refusal.NotFound("No version serves yet (none published, or the first is scheduled for later)")
	PublishedProgram current() {
		return programs.current().orElseThrow(() -> ApiProblem.notFound("No program has been published yet"));
	}

	/** Publishes a new version and makes it current at once. */
	@PutMapping
	@Operation(operationId = "publishProgram", summary = "Publish a new version, serving at once", description = """
			Checks the whole document (settings, lifecycle, tier ladder, rules and how they interact), stores it as \
			the next immutable version and makes it the one serving purchases, on this node at once and on the \
			others within seconds. A version scheduled for later is cancelled. The answer carries the warnings \
			(rules that can pay twice for one purchase, rules that fire only in unlikely cases).""")
	@ApiResponse(responseCode = "200", description = "The new version, now serving, with its warnings",
			useReturnTypeSchema = true)
	@Refusal.Unprocessable("The document is invalid; `errors` names each violation by its JSON path "
			+ "(`rules[2].spendUnit`, `tiers.levels[1].threshold`, `lifecycle.pendingDays`)")
	PublishedProgram publish(@RequestBody ProgramDefinition definition, Principal caller) {
		return programs.publish(definition, caller.getName());
	}

	@GetMapping("/state")
	@Operation(operationId = "getProgramState", summary = "Which version serves now and which from when")
	@ApiResponse(responseCode = "200", description = "The program's state (all null before the first publish)",
			useReturnTypeSchema = true)
	ProgramState state() {
		return programs.state();
	}

	@GetMapping("/versions")
	@Operation(operationId = "listProgramVersions", summary = "List the published versions",
			description = "Newest first; empty before the first publish.")
	@ApiResponse(responseCode = "200", description = "Every published version", useReturnTypeSchema = true)
	List<PublishedProgram> versions() {
		return programs.versions();
	}

	@GetMapping("/versions/{version}")
	@Operation(operationId = "getProgramVersion", summary = "Read one published version")
	@ApiResponse(responseCode = "200", description = "The version", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no such version")
	PublishedProgram version(@PathVariable int version) {
		return programs.version(version).orElseThrow(() -> ApiProblem.notFound("No program version " + version));
	}

	/** What changed from version {@code against} (the one serving now when left out) to this one. */
	@GetMapping("/versions/{version}/changes")
	@Operation(operationId = "getProgramVersionChanges", summary = "What changed between two versions",
			description = "Each change as a JSON path with its value before and after; rules are matched by id.")
	@Parameter(name = "against", in = ParameterIn.QUERY,
			description = "The version to compare with; the one serving now when left out")
	@ApiResponse(responseCode = "200", description = "The changes, in document order", useReturnTypeSchema = true)
	@Refusal.NotFound("Either version does not exist, or none serves yet and `against` is left out")
	List<ProgramChange> changes(@PathVariable int version, @RequestParam(required = false) Integer against) {
		int from = against != null ? against : serving();
		return programs.diff(from, version);
	}

	@PostMapping("/validation")
	@Operation(operationId = "validateProgram", summary = "Check a program document without storing it")
	@ApiResponse(responseCode = "200", description = "Errors (which would refuse a publish) and warnings, each with "
			+ "its JSON path; both empty for a clean program", useReturnTypeSchema = true)
	ProgramValidation validate(@RequestBody ProgramDefinition definition) {
		return programs.validate(definition);
	}

	@GetMapping("/draft")
	@Operation(operationId = "getProgramDraft", summary = "Read the draft, with what validation says of it now")
	@ApiResponse(responseCode = "200", description = "The draft", useReturnTypeSchema = true)
	@Refusal.NotFound("There is no draft")
	Programs.Draft draft() {
		return programs.draft().orElseThrow(() -> ApiProblem.notFound("There is no draft"));
	}

	@PutMapping("/draft")
	@Operation(operationId = "saveProgramDraft", summary = "Keep a draft, whatever its state",
			description = "The draft is stored as sent (an invalid one too) and its validation is answered with it; "
					+ "saving is written to the audit log with what changed.")
	@ApiResponse(responseCode = "200", description = "The draft as kept, with its validation",
			useReturnTypeSchema = true)
	Programs.Draft saveDraft(@RequestBody ProgramDefinition definition, Principal caller) {
		return programs.saveDraft(definition, caller.getName());
	}

	@DeleteMapping("/draft")
	@Operation(operationId = "discardProgramDraft", summary = "Throw the draft away")
	@ApiResponse(responseCode = "204", description = "The draft is gone")
	@Refusal.NotFound("There is no draft")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void discardDraft(Principal caller) {
		programs.discardDraft(caller.getName());
	}

	@GetMapping("/draft/changes")
	@Operation(operationId = "getProgramDraftChanges", summary = "What the draft changes against the version serving now")
	@ApiResponse(responseCode = "200", description = "The changes", useReturnTypeSchema = true)
	@Refusal.NotFound("There is no draft")
	List<ProgramChange> draftChanges() {
		return programs.draftDiff();
	}

	@PostMapping("/draft/publication")
	@Operation(operationId = "publishProgramDraft", summary = "Publish the draft, at once or from a time",
			description = """
					Stores the draft as the next version. Without `activateAt` it serves at once; with it, from that \
					time (a local date and time in the program's time zone, `2027-03-21T00:00`, or an instant with an \
					offset): purchases before it use the version serving now, from it on the new one, on every node \
					at that very time. A version already scheduled is replaced. The draft is then gone.""")
	@ApiResponse(responseCode = "201", description = "The version published and the state it leaves",
			useReturnTypeSchema = true)
	@Refusal.NotFound("There is no draft")
	@Refusal.Unprocessable("The draft is invalid (`errors` by JSON path), or `activateAt` is malformed or not in the "
			+ "future")
	@ResponseStatus(HttpStatus.CREATED)
	Programs.Publication publishDraft(@RequestBody(required = false) PublicationRequest request, Principal caller) {
		Instant activateAt = null;
		if (request != null && request.activateAt() != null && !request.activateAt().isBlank()) {
			ZoneId zone = programs.draft().map(d -> ProgramChecks.zoneOf(d.definition().timezone()))
				.orElse(ZoneId.of("UTC"));
			activateAt = parse(request.activateAt(), zone == null ? ZoneId.of("UTC") : zone);
		}
		return programs.publishDraft(activateAt, caller.getName());
	}

	@PostMapping("/rollback")
	@Operation(operationId = "rollBackProgram", summary = "Serve an earlier version again, at once",
			description = "Moves the current pointer back (no new version number); every node serves it within "
					+ "seconds, this one at once. A scheduled activation stays.")
	@ApiResponse(responseCode = "200", description = "The state after the rollback", useReturnTypeSchema = true)
	@Refusal.Unprocessable("`version` is missing, is no published version, or already serves")
	ProgramState rollback(@RequestBody RollbackRequest request, Principal caller) {
		if (request.version() == null) {
			throw ApiProblem.invalid("version", "is required: the version to serve again");
		}
		return programs.rollback(request.version(), caller.getName());
	}

	@DeleteMapping("/schedule")
	@Operation(operationId = "cancelProgramSchedule", summary = "Cancel the scheduled activation")
	@ApiResponse(responseCode = "200", description = "The state after it", useReturnTypeSchema = true)
	@Refusal.NotFound("No activation is scheduled")
	ProgramState cancelSchedule(Principal caller) {
		return programs.cancelSchedule(caller.getName());
	}

	@GetMapping("/audit")
	@Operation(operationId = "listProgramAudit", summary = "Who changed, published, scheduled or rolled back what",
			description = "Newest first; each publish with what it changed against the version serving then.")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "1-500, default 50")
	@Parameter(name = "before", in = ParameterIn.QUERY, description = "An entry id: the page before it")
	@ApiResponse(responseCode = "200", description = "The audit entries", useReturnTypeSchema = true)
	List<ProgramAudit> audit(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
			@RequestParam(required = false) Long before) {
		return programs.audit(limit, before);
	}

	/**
	 * When the draft is to serve from: a local date and time in the program's time zone ({@code 2027-03-21T00:00}),
	 * or an instant with an offset ({@code 2027-03-20T20:30:00Z}).
	 */
	@Schema(example = """
			{"activateAt": "2027-03-21T00:00"}""")
	record PublicationRequest(String activateAt) {
	}

	@Schema(example = """
			{"version": 1}""")
	record RollbackRequest(Integer version) {
	}

	static Instant parse(String text, ZoneId zone) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeException e) {
				throw ApiProblem.invalid("activateAt",
						"must be a local date and time such as 2027-03-21T00:00, or an instant such as 2027-03-20T20:30:00Z");
			}
		}
	}

	private int serving() {
		Integer current = programs.current().map(PublishedProgram::version).orElse(null);
		if (current == null) {
			throw ApiProblem.notFound("No version serves yet; name one with ?against=");
		}
		return current;
	}
}
