package ir.vafa.console.programs.editor;

import java.io.Serializable;

import ir.vafa.programs.CalendarSystem;
import ir.vafa.programs.Expiry;
import ir.vafa.programs.Lifecycle;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.programs.UsedRewardReturn;

/** Pending days, expiry and the return policies being edited. */
public final class LifecycleDraft implements Serializable {

	/** What a document that leaves the policy out gets (the backend's default). */
	static final ReturnPolicy DEFAULT_RETURN_POLICY = ReturnPolicy.NEGATIVE_BALANCE;
	static final UsedRewardReturn DEFAULT_USED_REWARD_RETURN = UsedRewardReturn.LEAVE_CARD_SHORT;

	private Integer pendingDays;
	private Expiry.Kind expiryKind;
	private Integer expiryMonths;
	private Boolean endOfMonth;
	private Expiry.Period period;
	private CalendarSystem calendar;
	private ReturnPolicy returnPolicy;
	private UsedRewardReturn usedRewardReturn;
	private boolean given;

	public static LifecycleDraft of(Lifecycle lifecycle) {
		LifecycleDraft draft = new LifecycleDraft();
		if (lifecycle == null) {
			draft.expiryKind = Expiry.Kind.NONE;
			return draft;
		}
		draft.given = true;
		draft.pendingDays = lifecycle.pendingDays();
		Expiry expiry = lifecycle.expiry();
		draft.expiryKind = expiry == null || expiry.kind() == null ? Expiry.Kind.NONE : expiry.kind();
		if (expiry != null) {
			draft.expiryMonths = expiry.months();
			draft.endOfMonth = expiry.endOfMonth();
			draft.period = expiry.period();
			draft.calendar = expiry.calendar();
		}
		draft.returnPolicy = lifecycle.returnPolicy();
		draft.usedRewardReturn = lifecycle.usedRewardReturn();
		return draft;
	}

	/** Null when none was read and nothing is set, as the document had it. */
	public Lifecycle toLifecycle() {
		Expiry expiry = switch (expiryKind == null ? Expiry.Kind.NONE : expiryKind) {
			case NONE -> null;
			case ROLLING -> new Expiry(Expiry.Kind.ROLLING, expiryMonths, endOfMonth, null, null);
			case CALENDAR -> new Expiry(Expiry.Kind.CALENDAR, null, null, period, calendar);
		};
		if (!given && pendingDays == null && expiry == null && returnPolicy == null
				&& usedRewardReturn == null) {
			return null;
		}
		return new Lifecycle(pendingDays, expiry, returnPolicy, usedRewardReturn);
	}

	public Integer getPendingDays() {
		return pendingDays;
	}

	public void setPendingDays(Integer pendingDays) {
		this.pendingDays = pendingDays;
	}

	public Expiry.Kind getExpiryKind() {
		return expiryKind;
	}

	public void setExpiryKind(Expiry.Kind expiryKind) {
		this.expiryKind = expiryKind;
	}

	public Integer getExpiryMonths() {
		return expiryMonths;
	}

	public void setExpiryMonths(Integer expiryMonths) {
		this.expiryMonths = expiryMonths;
	}

	public Boolean getEndOfMonth() {
		return endOfMonth;
	}

	public void setEndOfMonth(Boolean endOfMonth) {
		this.endOfMonth = Unchanged.unlessSame(this.endOfMonth, endOfMonth);
	}

	public Expiry.Period getPeriod() {
		return period;
	}

	public void setPeriod(Expiry.Period period) {
		this.period = period;
	}

	public CalendarSystem getCalendar() {
		return calendar;
	}

	public void setCalendar(CalendarSystem calendar) {
		this.calendar = Unchanged.unlessDefault(this.calendar, calendar, CalendarSystem.GREGORIAN);
	}

	public ReturnPolicy getReturnPolicy() {
		return returnPolicy;
	}

	public void setReturnPolicy(ReturnPolicy returnPolicy) {
		this.returnPolicy = Unchanged.unlessDefault(this.returnPolicy, returnPolicy, DEFAULT_RETURN_POLICY);
	}

	public UsedRewardReturn getUsedRewardReturn() {
		return usedRewardReturn;
	}

	public void setUsedRewardReturn(UsedRewardReturn usedRewardReturn) {
		this.usedRewardReturn = Unchanged.unlessDefault(this.usedRewardReturn, usedRewardReturn,
				DEFAULT_USED_REWARD_RETURN);
	}
}
