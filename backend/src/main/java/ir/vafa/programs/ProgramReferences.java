package ir.vafa.programs;

import ir.vafa.platform.ApiProblem.FieldError;

/**
 * Checks of a program document against what other modules own (a stamp card's reward must be in the catalog): a
 * module that owns such things implements this, so that programs need not know it. Run, in the current tenant,
 * when a document is validated, saved as a draft or published; not when a published version is compiled again.
 */
public interface ProgramReferences {

	/** Errors refuse a publish; warnings come back with it. Fields are JSON paths in the document. */
	Found check(ProgramDefinition definition);

	record Found(java.util.List<FieldError> errors, java.util.List<FieldError> warnings) {

		public static Found nothing() {
			return new Found(java.util.List.of(), java.util.List.of());
		}
	}
}
