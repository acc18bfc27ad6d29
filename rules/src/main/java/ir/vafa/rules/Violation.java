package ir.vafa.rules;

/** One thing wrong with a program, at a field path such as {@code rules[2].spendUnit}. */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
