package ir.vafa.programs;

import java.time.Instant;
import java.util.List;

import ir.vafa.rules.PointRounding;
import ir.vafa.rules.RuleSpec;

public record ProgramView(int version, String name, String currency, String timezone, PointRounding rounding,
		List<RuleSpec> rules, Instant publishedAt, String publishedBy) {
}
