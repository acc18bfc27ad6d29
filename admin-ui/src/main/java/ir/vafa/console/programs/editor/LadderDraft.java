package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ir.vafa.programs.CalendarSystem;
import ir.vafa.programs.TierLadder;
import ir.vafa.programs.TierLadder.Qualification;

/** The tier ladder being edited; {@link #isEnabled() off} means the program has none. */
public final class LadderDraft implements Serializable {

	private boolean enabled;
	private Qualification.Metric metric;
	private Qualification.Window window;
	private Integer months;
	private CalendarSystem calendar;
	private Integer gracePeriodDays;
	private final List<LevelDraft> levels = new ArrayList<>();

	public static LadderDraft of(TierLadder ladder) {
		LadderDraft draft = new LadderDraft();
		if (ladder == null) {
			// What a ladder switched on starts from: spend over the last 12 months, everyone in the first tier.
			draft.metric = Qualification.Metric.SPEND;
			draft.window = Qualification.Window.ROLLING;
			draft.months = 12;
			draft.gracePeriodDays = 30;
			draft.levels.add(LevelDraft.newLevel("regular", BigDecimal.ZERO));
			return draft;
		}
		draft.enabled = true;
		Qualification q = ladder.qualification();
		if (q != null) {
			draft.metric = q.metric();
			draft.window = q.window();
			draft.months = q.months();
			draft.calendar = q.calendar();
		}
		draft.gracePeriodDays = ladder.gracePeriodDays();
		if (ladder.levels() != null) {
			ladder.levels().forEach(level -> draft.levels.add(LevelDraft.of(level)));
		}
		return draft;
	}

	/** Null when the ladder is off. */
	public TierLadder toLadder() {
		if (!enabled) {
			return null;
		}
		return new TierLadder(new Qualification(metric, window, months, calendar), gracePeriodDays,
				levels.stream().map(LevelDraft::toLevel).toList());
	}

	/** The tiers' ids, lowest first, for rules limited to tiers; none while the ladder is off. */
	public List<String> tierIds() {
		return enabled ? levels.stream().map(LevelDraft::getId).filter(id -> id != null && !id.isBlank()).toList()
				: List.of();
	}

	public List<LevelDraft> levels() {
		return levels;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Qualification.Metric getMetric() {
		return metric;
	}

	public void setMetric(Qualification.Metric metric) {
		this.metric = metric;
	}

	public Qualification.Window getWindow() {
		return window;
	}

	public void setWindow(Qualification.Window window) {
		this.window = window;
	}

	public Integer getMonths() {
		return months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public CalendarSystem getCalendar() {
		return calendar;
	}

	public void setCalendar(CalendarSystem calendar) {
		this.calendar = Unchanged.unlessDefault(this.calendar, calendar, CalendarSystem.GREGORIAN);
	}

	public Integer getGracePeriodDays() {
		return gracePeriodDays;
	}

	public void setGracePeriodDays(Integer gracePeriodDays) {
		this.gracePeriodDays = gracePeriodDays;
	}
}
