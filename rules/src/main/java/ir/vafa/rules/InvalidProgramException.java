package ir.vafa.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A program that cannot be published, with every reason at once so that an editor can show them all. */
public final class InvalidProgramException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidProgramException(List<Violation> violations) {
        super("invalid program: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
