package ir.vafa.programs;

import java.time.ZoneId;
import java.util.Currency;

import ir.vafa.rules.CompiledProgram;

/** The compiled current version of a tenant's program, ready to evaluate purchases against. */
public record ActiveProgram(int version, Currency currency, ZoneId zone, CompiledProgram compiled) {
}
