package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The console's date fields on their own, no Spring and no browser: typing is setting the part's value through the
 * ids a browser test would use.
 */
class JalaliDateFieldTest {

	private static final Messages PERSIAN = Messages.of(Language.PERSIAN);
	private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

	@Test
	void inPersianAJalaliDateTypedInLatinDigitsIsTheGregorianDay() {
		LocalizedDateField field = dateField(PERSIAN);

		type(field, "1405/9/10");

		assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(field.isInvalid()).isFalse();
	}

	@Test
	void whatWasTypedIsRewrittenInPersianDigitsAndNamedInWords() {
		LocalizedDateField field = dateField(PERSIAN);

		type(field, "14050910");

		assertThat(text(field).getValue()).isEqualTo("۱۴۰۵/۰۹/۱۰");
		assertThat(text(field).getHelperText()).isEqualTo("سه‌شنبه ۱۰ آذر ۱۴۰۵");
	}

	@Test
	void persianDigitsReadToo() {
		LocalizedDateField field = dateField(PERSIAN);

		type(field, "۱۴۰۵/۰۱/۰۱");

		assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 3, 21));
	}

	@Test
	void aGivenDateShowsAsJalali() {
		LocalizedDateField field = dateField(PERSIAN);

		field.setValue(LocalDate.of(2025, 3, 20));

		assertThat(text(field).getValue()).isEqualTo("۱۴۰۳/۱۲/۳۰");
		assertThat(field.getValue()).isEqualTo(LocalDate.of(2025, 3, 20));
	}

	@Test
	void esfand31IsRefusedWithTheMonthsLength() {
		LocalizedDateField field = dateField(PERSIAN);

		type(field, "1405/12/31");

		assertThat(field.getValue()).isNull();
		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).isEqualTo("اسفند ۱۴۰۵ فقط ۲۹ روز دارد");
	}

	@Test
	void aThirteenthMonthAndGibberishAreRefusedInPersian() {
		LocalizedDateField field = dateField(PERSIAN);

		type(field, "1405/13/1");
		assertThat(field.getErrorMessage()).isEqualTo("ماه ۱۳ نداریم: ماه‌ها از ۱ (فروردین) تا ۱۲ (اسفند) هستند");

		type(field, "1405/09");
		assertThat(field.getErrorMessage()).isEqualTo("تاریخ را به شکل سال/ماه/روز بنویسید، مثلاً ۱۴۰۵/۰۹/۱۰");

		type(field, "");
		assertThat(field.isInvalid()).isFalse();
		assertThat(field.getValue()).isNull();
	}

	@Test
	void aBinderShowsTheImpossibleDateRatherThanRequired() {
		LocalizedDateField field = dateField(PERSIAN);
		Binder<Plan> binder = new Binder<>();
		binder.forField(field).asRequired("لازم است").bind(Plan::getStart, Plan::setStart);
		binder.setBean(new Plan());

		type(field, "1405/12/30");

		assertThat(binder.validate().getFieldValidationErrors())
			.singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("اسفند ۱۴۰۵ فقط ۲۹ روز دارد"));
		assertThat(field.isInvalid()).isTrue();
		assertThat(field.getErrorMessage()).isEqualTo("اسفند ۱۴۰۵ فقط ۲۹ روز دارد");
	}

	@Test
	void aBinderWritesTheGregorianDayOnceTheDateIsPossible() throws ValidationException {
		LocalizedDateField field = dateField(PERSIAN);
		Binder<Plan> binder = new Binder<>();
		binder.forField(field).asRequired("لازم است").bind(Plan::getStart, Plan::setStart);
		binder.readBean(new Plan());
		Plan plan = new Plan();

		type(field, "1405/12/30");
		assertThatThrownBy(() -> binder.writeBean(plan)).isInstanceOf(ValidationException.class);

		type(field, "1405/12/29");
		binder.writeBean(plan);

		assertThat(plan.getStart()).isEqualTo(LocalDate.of(2027, 3, 20));
		assertThat(field.isInvalid()).isFalse();
	}

	@Test
	void aBinderHearsWhenAnImpossibleDateIsErasedThoughTheValueStaysEmpty() {
		LocalizedDateField field = dateField(PERSIAN);
		Binder<Plan> binder = new Binder<>();
		binder.forField(field).bind(Plan::getStart, Plan::setStart);
		binder.setBean(new Plan());
		List<Boolean> statuses = new ArrayList<>();
		binder.addStatusChangeListener(e -> statuses.add(e.hasValidationErrors()));

		type(field, "1405/12/31");
		type(field, "");

		assertThat(statuses).containsExactly(true, false);
		assertThat(field.isInvalid()).isFalse();
	}

	@Test
	void clearingEmptiesAnImpossibleEntryToo() {
		LocalizedDateField field = dateField(PERSIAN);
		type(field, "1405/12/31");

		field.clear();

		assertThat(text(field).getValue()).isEmpty();
		assertThat(field.isInvalid()).isFalse();
		assertThat(field.getDefaultValidator().apply(null, null).isError()).isFalse();
	}

	@Test
	void readOnlyReachesTheInput() {
		LocalizedDateField field = dateField(PERSIAN);

		field.setReadOnly(true);

		assertThat(text(field).isReadOnly()).isTrue();
	}

	@Test
	void inEnglishItIsVaadinsDatePickerInEnglish() {
		LocalizedDateField field = dateField(ENGLISH);
		DatePicker picker = part(field, "start-date", DatePicker.class);

		picker.setValue(LocalDate.of(2026, 12, 1));

		assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(picker.getLocale()).isEqualTo(Locale.ENGLISH);
		field.setValue(LocalDate.of(2027, 1, 2));
		assertThat(picker.getValue()).isEqualTo(LocalDate.of(2027, 1, 2));
	}

	@Test
	void theDateTimeFieldInPersianIsAJalaliDayAtATime() {
		LocalizedDateTimeField field = dateTimeField(PERSIAN);

		part(field, "activation-date", TextField.class).setValue("1405/01/01");
		part(field, "activation-time", TimePicker.class).setValue(LocalTime.of(9, 0));

		assertThat(field.getValue()).isEqualTo(LocalDateTime.of(2026, 3, 21, 9, 0));
		assertThat(field.isInvalid()).isFalse();
	}

	@Test
	void theTimePickerWritesTwentyFourHourLatinDigitsInPersian() {
		LocalizedDateTimeField field = dateTimeField(PERSIAN);

		assertThat(part(field, "activation-time", TimePicker.class).getLocale()).isEqualTo(Locale.UK);
		assertThat(part(dateTimeField(ENGLISH), "activation-time", TimePicker.class).getLocale())
			.isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aDateWithoutATimeIsReportedNotGuessed() {
		LocalizedDateTimeField field = dateTimeField(PERSIAN);

		part(field, "activation-date", TextField.class).setValue("1405/01/01");

		assertThat(field.getValue()).isNull();
		assertThat(field.getErrorMessage()).isEqualTo("ساعت را هم وارد کنید");

		part(field, "activation-date", TextField.class).setValue("");
		part(field, "activation-time", TimePicker.class).setValue(LocalTime.NOON);
		assertThat(field.getErrorMessage()).isEqualTo("تاریخ را هم وارد کنید");
	}

	@Test
	void theDateTimeFieldShowsAGivenValueInBothParts() {
		LocalizedDateTimeField field = dateTimeField(PERSIAN);

		field.setValue(LocalDateTime.of(2026, 12, 1, 14, 30));

		assertThat(part(field, "activation-date", TextField.class).getValue()).isEqualTo("۱۴۰۵/۰۹/۱۰");
		assertThat(part(field, "activation-time", TimePicker.class).getValue()).isEqualTo(LocalTime.of(14, 30));
		assertThat(field.isInvalid()).isFalse();
	}

	@Test
	void theDateTimeFieldInEnglishIsDatePickerAndTimePicker() {
		LocalizedDateTimeField field = dateTimeField(ENGLISH);

		part(field, "activation-date", DatePicker.class).setValue(LocalDate.of(2026, 12, 1));
		part(field, "activation-time", TimePicker.class).setValue(LocalTime.of(14, 30));

		assertThat(field.getValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 30));
	}

	private static LocalizedDateField dateField(Messages messages) {
		LocalizedDateField field = new LocalizedDateField(messages, "start");
		field.setId("start");
		return field;
	}

	private static LocalizedDateTimeField dateTimeField(Messages messages) {
		LocalizedDateTimeField field = new LocalizedDateTimeField(messages, "activation");
		field.setId("activation");
		return field;
	}

	private static void type(LocalizedDateField field, String typed) {
		text(field).setValue(typed);
	}

	private static TextField text(LocalizedDateField field) {
		TextField text = part(field, "start-date", TextField.class);
		assertThat(text.getClassNames()).contains("date-part", "jalali-date");
		return text;
	}

	private static <C extends Component> C part(Component field, String id, Class<C> type) {
		return field.getChildren()
			.filter(child -> child.getId().equals(Optional.of(id)))
			.map(type::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no part " + id));
	}

	/** A bean with a date, as a form would edit. */
	static final class Plan {

		private LocalDate start;

		LocalDate getStart() {
			return start;
		}

		void setStart(LocalDate start) {
			this.start = start;
		}
	}
}
