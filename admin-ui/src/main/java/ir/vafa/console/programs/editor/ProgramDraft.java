package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import java.math.BigDecimal;

import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.TillSettings;
import ir.vafa.rules.PointRounding;

/**
 * The editor's working copy of a program document, mutable for the forms' binders. Read from the draft or from the
 * current version; {@link #toDefinition()} gives the document back, unchanged where nobody edited it, so the
 * difference against the live version shows only what the user changed.
 */
public final class ProgramDraft implements Serializable {

	private Integer schemaVersion;
	private String name;
	private String currency;
	private String timezone;
	private PointRounding rounding;
	private LifecycleDraft lifecycle;
	private LadderDraft ladder;
	/** Kept as read until a field changes it, so an untouched program shows no change there. */
	private TillSettings redemption;
	private final List<RuleDraft> rules = new ArrayList<>();

	public static ProgramDraft of(ProgramDefinition definition) {
		ProgramDraft draft = new ProgramDraft();
		draft.schemaVersion = definition.schemaVersion();
		draft.name = definition.name();
		draft.currency = definition.currency();
		draft.timezone = definition.timezone();
		draft.rounding = definition.rounding();
		draft.lifecycle = LifecycleDraft.of(definition.lifecycle());
		draft.ladder = LadderDraft.of(definition.tiers());
		draft.redemption = definition.redemption();
		if (definition.rules() != null) {
			definition.rules().forEach(rule -> draft.rules.add(RuleDraft.of(rule)));
		}
		return draft;
	}

	/** A first program: rules to be added, in rials and Tehran time unless changed. */
	public static ProgramDraft blank() {
		return of(new ProgramDefinition("", "IRR", "Asia/Tehran", PointRounding.DOWN, List.of()));
	}

	public ProgramDefinition toDefinition() {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle.toLifecycle(),
				ladder.toLadder(), rules.stream().map(RuleDraft::toDefinition).toList(), redemption);
	}

	public LifecycleDraft lifecycle() {
		return lifecycle;
	}

	public LadderDraft ladder() {
		return ladder;
	}

	public List<RuleDraft> rules() {
		return rules;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Unchanged.unlessSame(this.name, name);
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = Unchanged.unlessSame(this.currency, currency);
	}

	public String getTimezone() {
		return timezone;
	}

	public void setTimezone(String timezone) {
		this.timezone = Unchanged.unlessSame(this.timezone, timezone);
	}

	public BigDecimal getPointValue() {
		return redemption == null ? null : redemption.pointValue();
	}

	public void setPointValue(BigDecimal value) {
		BigDecimal now = getPointValue();
		if (value == null ? now != null : now == null || value.compareTo(now) != 0) {
			redemption = settings(value, getReservationMinutes());
		}
	}

	public Integer getReservationMinutes() {
		return redemption == null ? null : redemption.reservationMinutes();
	}

	public void setReservationMinutes(Integer minutes) {
		if (!java.util.Objects.equals(minutes, getReservationMinutes())) {
			redemption = settings(getPointValue(), minutes);
		}
	}

	private static TillSettings settings(BigDecimal value, Integer minutes) {
		return value == null && minutes == null ? null : new TillSettings(value, minutes);
	}

	public PointRounding getRounding() {
		return rounding;
	}

	public void setRounding(PointRounding rounding) {
		this.rounding = rounding;
	}
}
