package ir.vafa.programs.internal;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import ir.vafa.platform.ApiProblem;
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
class ProgramController {

	private final Programs programs;

	ProgramController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping
	PublishedProgram current() {
		return programs.current().orElseThrow(() -> ApiProblem.notFound("No program has been published yet"));
	}

	/** Publishes a new version and makes it current at once. */
	@PutMapping
	PublishedProgram publish(@RequestBody ProgramDefinition definition, Principal caller) {
		return programs.publish(definition, caller.getName());
	}

	@GetMapping("/state")
	ProgramState state() {
		return programs.state();
	}

	@GetMapping("/versions")
	List<PublishedProgram> versions() {
		return programs.versions();
	}

	@GetMapping("/versions/{version}")
	PublishedProgram version(@PathVariable int version) {
		return programs.version(version).orElseThrow(() -> ApiProblem.notFound("No program version " + version));
	}

	/** What changed from version {@code against} (the one serving now when left out) to this one. */
	@GetMapping("/versions/{version}/changes")
	List<ProgramChange> changes(@PathVariable int version, @RequestParam(required = false) Integer against) {
		int from = against != null ? against : serving();
		return programs.diff(from, version);
	}

	@PostMapping("/validation")
	ProgramValidation validate(@RequestBody ProgramDefinition definition) {
		return programs.validate(definition);
	}

	@GetMapping("/draft")
	Programs.Draft draft() {
		return programs.draft().orElseThrow(() -> ApiProblem.notFound("There is no draft"));
	}

	@PutMapping("/draft")
	Programs.Draft saveDraft(@RequestBody ProgramDefinition definition, Principal caller) {
		return programs.saveDraft(definition, caller.getName());
	}

	@DeleteMapping("/draft")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void discardDraft(Principal caller) {
		programs.discardDraft(caller.getName());
	}

	@GetMapping("/draft/changes")
	List<ProgramChange> draftChanges() {
		return programs.draftDiff();
	}

	@PostMapping("/draft/publication")
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
	ProgramState rollback(@RequestBody RollbackRequest request, Principal caller) {
		if (request.version() == null) {
			throw ApiProblem.invalid("version", "is required: the version to serve again");
		}
		return programs.rollback(request.version(), caller.getName());
	}

	@DeleteMapping("/schedule")
	ProgramState cancelSchedule(Principal caller) {
		return programs.cancelSchedule(caller.getName());
	}

	@GetMapping("/audit")
	List<ProgramAudit> audit(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
			@RequestParam(required = false) Long before) {
		return programs.audit(limit, before);
	}

	/**
	 * When the draft is to serve from: a local date and time in the program's time zone ({@code 2027-03-21T00:00}),
	 * or an instant with an offset ({@code 2027-03-20T20:30:00Z}).
	 */
	record PublicationRequest(String activateAt) {
	}

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
