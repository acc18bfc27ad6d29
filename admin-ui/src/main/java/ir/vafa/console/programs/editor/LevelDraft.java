package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.math.BigDecimal;

import ir.vafa.programs.TierLadder;

/** One tier of the ladder being edited. */
public final class LevelDraft implements Serializable {

	private String id;
	private String nameEn;
	private String nameFa;
	private BigDecimal threshold;
	private BigDecimal pointsMultiplier;
	private String rewardCode;
	/** The rewards reaching the tier offers besides {@code rewardCode}; none: no choice. */
	private ChoiceDraft choice = new ChoiceDraft();

	public static LevelDraft of(TierLadder.Level level) {
		LevelDraft draft = new LevelDraft();
		draft.id = level.id();
		draft.nameEn = level.name() == null ? null : level.name().en();
		draft.nameFa = level.name() == null ? null : level.name().fa();
		draft.threshold = level.threshold();
		draft.pointsMultiplier = level.pointsMultiplier();
		draft.rewardCode = level.rewardCode();
		draft.choice = ChoiceDraft.of(level.choice());
		return draft;
	}

	/** A new tier above the given threshold (or the lowest, at 0). */
	public static LevelDraft newLevel(String id, BigDecimal threshold) {
		LevelDraft draft = new LevelDraft();
		draft.id = id;
		draft.nameEn = "";
		draft.nameFa = "";
		draft.threshold = threshold;
		return draft;
	}

	public TierLadder.Level toLevel() {
		TierLadder.Names names = nameEn == null && nameFa == null ? null : new TierLadder.Names(nameEn, nameFa);
		return new TierLadder.Level(id, names, threshold, pointsMultiplier, rewardCode, choice.toChoice());
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = Unchanged.unlessSame(this.nameEn, nameEn);
	}

	public String getNameFa() {
		return nameFa;
	}

	public void setNameFa(String nameFa) {
		this.nameFa = Unchanged.unlessSame(this.nameFa, nameFa);
	}

	public BigDecimal getThreshold() {
		return threshold;
	}

	public void setThreshold(BigDecimal threshold) {
		this.threshold = threshold;
	}

	public BigDecimal getPointsMultiplier() {
		return pointsMultiplier;
	}

	public void setPointsMultiplier(BigDecimal pointsMultiplier) {
		this.pointsMultiplier = pointsMultiplier;
	}

	public String getRewardCode() {
		return rewardCode;
	}

	/** Emptied: no reward. */
	public void setRewardCode(String rewardCode) {
		this.rewardCode = rewardCode == null || rewardCode.isBlank() ? null : rewardCode.strip();
	}

	public ChoiceDraft choice() {
		return choice;
	}
}
