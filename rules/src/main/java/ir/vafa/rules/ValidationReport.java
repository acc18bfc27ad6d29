package ir.vafa.rules;

import java.util.List;

/**
 * What checking a program found. {@code errors} refuse a publish; {@code warnings} do not (a rule that overlaps
 * another and pays twice may be what the merchant wants) but are shown with it. Each names the field path of the
 * rule it is about ({@code rules[2].window}).
 */
public record ValidationReport(List<Violation> errors, List<Violation> warnings) {

    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
