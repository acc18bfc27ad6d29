package ir.vafa.rules;

/** Names the rule, and the program version, behind an effect: the ledger keeps it for audits and returns. */
public record RuleRef(String ruleId, String ruleName, int programVersion) {
}
