package ir.vafa.programs.internal;

import java.security.Principal;
import java.util.List;

import ir.vafa.platform.ApiProblem;
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
class ProgramController {

	private final Programs programs;

	ProgramController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping
	ProgramView current() {
		return programs.current().orElseThrow(() -> ApiProblem.notFound("No program has been published yet"));
	}

	@PutMapping
	ProgramView publish(@Valid @RequestBody ProgramDefinition definition, Principal caller) {
		return programs.publish(definition, caller.getName());
	}

	@GetMapping("/versions")
	List<ProgramView> versions() {
		return programs.versions();
	}

	@GetMapping("/versions/{version}")
	ProgramView version(@PathVariable int version) {
		return programs.version(version).orElseThrow(() -> ApiProblem.notFound("No program version " + version));
	}
}
