package ir.vafa.console.programs.editor;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/** SKUs or categories written as a list, {@code coffee, tea} (Persian commas too), and kept as a set. */
final class ItemsConverter implements Converter<String, Set<String>> {

	@Override
	public Result<Set<String>> convertToModel(String text, ValueContext context) {
		if (text == null || text.isBlank()) {
			return Result.ok(Set.of());
		}
		return Result.ok(Arrays.stream(text.split("[,\u060C]"))
			.map(String::strip)
			.filter(item -> !item.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	@Override
	public String convertToPresentation(Set<String> items, ValueContext context) {
		return items == null ? "" : String.join(", ", items);
	}
}
