package ir.vafa.purchases;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Lines (by number) and quantities going back. {@code returnId} is the POS's id for the return: retries are safe. */
@Schema(example = """
		{"returnId": "pardis-vanak-1-20261128-0042-r1", "lines": [{"lineNo": 2, "quantity": 1}]}""")
public record ReturnRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "must be letters, digits or ._:/-") String returnId,
		@NotEmpty @Size(max = PurchaseRequest.MAX_LINES) List<@Valid @NotNull Line> lines) {

	/** Named apart from a purchase's line, which would otherwise share the schema name {@code Line}. */
	@Schema(name = "ReturnLine")
	public record Line(@Min(1) int lineNo, @Positive int quantity) {
	}
}
