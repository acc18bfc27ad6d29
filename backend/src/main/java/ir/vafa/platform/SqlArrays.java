package ir.vafa.platform;

import java.sql.Connection;
import java.util.Collection;
import java.util.function.Function;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Statement parameters that are PostgreSQL arrays, for writing many rows in one statement with {@code unnest}.
 * One multi-row statement is one round trip and one executor run; a JDBC batch of single-row inserts is as many
 * executor runs as rows (each re-preparing the table's check constraints).
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/**
	 * The values of {@code items} picked by {@code value}, as a parameter of the PostgreSQL array type whose
	 * element type is {@code elementType} (for example {@code "uuid"}, {@code "int4"}, {@code "numeric"}).
	 */
	public static <T> SqlTypeValue of(String elementType, Collection<T> items, Function<? super T, ?> value) {
		Object[] values = items.stream().map(value).toArray();
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName)
					throws java.sql.SQLException {
				return connection.createArrayOf(elementType, values);
			}
		};
	}
}
