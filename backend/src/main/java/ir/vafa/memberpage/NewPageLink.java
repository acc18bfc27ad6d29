package ir.vafa.memberpage;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How long a new link works: {@code validDays} days from now (left out: the configured default, 30). */
@Schema(example = """
		{ "validDays": 14 }""")
public record NewPageLink(@Min(1) @Max(3650) Integer validDays) {
}
