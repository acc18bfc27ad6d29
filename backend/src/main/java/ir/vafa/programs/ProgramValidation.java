package ir.vafa.programs;

import java.util.List;

import ir.vafa.platform.ApiProblem.FieldError;

/**
 * What checking a program found: {@code errors} refuse a publish, {@code warnings} (rules that can pay twice for one
 * purchase, rules that fire only in unlikely cases) come back with it. Fields are JSON paths in the document
 * ({@code rules[2].window}, {@code tiers.levels[1].threshold}).
 */
public record ProgramValidation(List<FieldError> errors, List<FieldError> warnings) {

	public ProgramValidation {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean valid() {
		return errors.isEmpty();
	}
}
