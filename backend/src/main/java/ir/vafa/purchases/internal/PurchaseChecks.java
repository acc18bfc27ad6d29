package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.purchases.PurchaseRequest;

/** The checks of a purchase that need the program or the clock; each names the field at fault. */
final class PurchaseChecks {

	private PurchaseChecks() {
	}

	/** {@code program} is null before the tenant's first one: any currency is taken then. */
	static void verify(PurchaseRequest request, ActiveProgram program, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		if (program != null && !program.currency().getCurrencyCode().equals(request.currency())) {
			errors.add(new FieldError("currency", "the program's currency is " + program.currency().getCurrencyCode()));
		}
		if (request.occurredAt().isAfter(now.plus(PurchaseService.FUTURE_TOLERANCE))) {
			errors.add(new FieldError("occurredAt", "is in the future"));
		}
		for (int i = 0; i < request.lines().size(); i++) {
			PurchaseRequest.Line line = request.lines().get(i);
			if (line.netAmount().signum() < 0) {
				errors.add(new FieldError("lines[" + i + "].discount", "is more than the line's amount"));
			}
		}
		BigDecimal lines = PurchaseService.sumOfLines(request);
		if (lines.compareTo(request.total()) != 0) {
			errors.add(new FieldError("total", "is " + request.total().toPlainString() + " but the lines add up to "
					+ lines.toPlainString()));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
	}
}
