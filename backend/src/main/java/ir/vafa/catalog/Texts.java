package ir.vafa.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text in English and in Persian. */
public record Texts(@NotBlank @Size(max = 500) String en, @NotBlank @Size(max = 500) String fa) {
}
