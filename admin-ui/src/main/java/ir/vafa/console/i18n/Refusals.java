package ir.vafa.console.i18n;

import ir.vafa.platform.ApiProblem;

/**
 * A refusal of the backend said in the user's language. The backend words its refusals in English for the API's
 * readers; the console knows the common ones by the field they name and their status ({@code refusal.points.409}:
 * not enough points) and says those in the user's language, the backend's own words following for the detail.
 * A refusal it does not know is shown as the backend said it.
 */
public final class Refusals {

	private Refusals() {
	}

	public static String say(ApiProblem problem, Messages messages) {
		String field = problem.errors().isEmpty() ? null : problem.errors().getFirst().field();
		String detail = problem.errors().isEmpty() ? problem.getMessage() : problem.errors().getFirst().message();
		String key = "refusal." + (field == null ? "" : field + ".") + problem.status().value();
		if (!messages.has(key)) {
			return messages.get("common.refused", detail);
		}
		// the English detail helps support; in English it would only repeat the sentence
		return messages.locale().getLanguage().equals("en") ? messages.get(key) + " (" + detail + ")" : messages.get(key);
	}
}
