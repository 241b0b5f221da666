package org.partnergraph.query;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.NetworkFilter;
import org.springframework.stereotype.Service;

/**
 * Runs the queries of the library for the API: in a read-only transaction, with a
 * timeout, and with {@code $visible} always bound to what the caller may see, whatever
 * the request says.
 */
@Service
public class QueryService {

	private static final int MAX_ROWS = 10_000;

	/** The parameter of a query that asks about one day: that day is its asOf. */
	private static final String DAY = "day";

	private final QueryLibrary library;

	private final Driver driver;

	private final Duration timeout;

	QueryService(QueryLibrary library, Driver driver,
			@org.springframework.beans.factory.annotation.Value("${partnergraph.query-timeout:30s}") Duration timeout) {
		this.library = library;
		this.driver = driver;
		this.timeout = timeout;
	}

	public Collection<NamedQuery> list() {
		return this.library.all();
	}

	/**
	 * Runs a query counting the ties {@code filter} counts (its {@code asOf},
	 * {@code current}, {@code includePlanned} and {@code includeUnknown}, from the
	 * request's query string), as every other answer does. The same four may be given in
	 * the body instead, where they win; a query's {@code day}, where it takes one, is its
	 * {@code asOf}. The answer says which date and statuses it used.
	 */
	public QueryResult run(String name, Map<String, Object> given, NetworkFilter filter) {
		NamedQuery query = this.library.find(name).orElseThrow(() -> new NotFoundException("No query '" + name + "'"));
		var parameters = new HashMap<String, Object>();
		var declared = new ArrayList<String>();
		query.parameters().forEach(parameter -> declared.add(parameter.name()));
		for (String key : given.keySet()) {
			if (!declared.contains(key) || Visibility.PARAMETER.equals(key)) {
				throw new BadParameterException(key, "query '" + name + "' takes no parameter '" + key + "'",
						declared.stream().filter(p -> !Visibility.PARAMETER.equals(p)).toList());
			}
		}
		checkDates(query, given);
		NetworkFilter time = timeOf(given, filter);
		NetworkFilter.Basis basis = time.basis();
		var config = TransactionConfig.builder().withTimeout(this.timeout).build();
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				for (NamedQuery.Parameter parameter : query.parameters()) {
					if (!given.containsKey(parameter.name())) {
						// The file's default is a Cypher expression: let Cypher evaluate
						// it.
						parameters.put(parameter.name(),
								tx.run("RETURN " + parameter.defaultValue() + " AS value")
									.single()
									.get("value")
									.asObject());
					}
				}
				parameters.putAll(given);
				// The time parameters are bound whether the file declares them or not,
				// and always as parsed, so a date given as text compares as a date.
				parameters.put("asOf", time.asOf());
				parameters.put("current", time.current());
				parameters.put("includePlanned", time.includePlanned());
				parameters.put("includeUnknown", time.includeUnknown());
				parameters.put(Visibility.PARAMETER, Visibility.current().names());
				var result = tx.run(query.cypher(), parameters);
				List<String> columns = result.keys();
				var rows = new ArrayList<Map<String, Object>>();
				boolean truncated = false;
				while (result.hasNext()) {
					var record = result.next();
					if (rows.size() == MAX_ROWS) {
						truncated = true;
						break;
					}
					var row = new LinkedHashMap<String, Object>();
					for (String column : columns) {
						row.put(column, plain(record.get(column)));
					}
					rows.add(row);
				}
				return new QueryResult(name, columns, rows, rows.size(), truncated, basis);
			}, config);
		}
	}

	/**
	 * The time of a run: the request's filter, with what the body gives instead, read by
	 * the same rules (a bad value is a 400 naming the parameter).
	 */
	private static NetworkFilter timeOf(Map<String, Object> given, NetworkFilter filter) {
		Object day = given.get(DAY);
		String asOf = text(given.getOrDefault("asOf", (day instanceof String) ? day : null));
		if (asOf == null && !given.containsKey("current") && !given.containsKey("includePlanned")
				&& !given.containsKey("includeUnknown")) {
			return filter;
		}
		return NetworkFilter.parse(null, null, null, null, (asOf != null) ? asOf : filter.asOf().toString(), null,
				text(given.getOrDefault("current", Boolean.toString(filter.current()))),
				text(given.getOrDefault("includePlanned", Boolean.toString(filter.includePlanned()))),
				text(given.getOrDefault("includeUnknown", Boolean.toString(filter.includeUnknown()))), filter.asOf());
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

	/**
	 * A parameter the query reads as {@code date($name)} must be a date, or the database
	 * would stop the query with an error of its own; a bad one is a bad parameter, named.
	 */
	private static void checkDates(NamedQuery query, Map<String, Object> given) {
		for (var entry : given.entrySet()) {
			if (!query.cypher().contains("date($" + entry.getKey() + ")")) {
				continue;
			}
			Object value = entry.getValue();
			if (!(value instanceof String text) || !isDate(text)) {
				throw new BadParameterException(entry.getKey(),
						entry.getKey() + " '" + value + "' is not a date (YYYY-MM-DD)");
			}
		}
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * Driver values as JSON-friendly Java values; nodes and relationships as their
	 * properties.
	 */
	private static Object plain(Value value) {
		Object object = value.asObject();
		if (object instanceof Entity entity) {
			return entity.asMap();
		}
		return object;
	}

	/**
	 * @param truncated whether rows stop at the limit of 10,000
	 * @param basis the date and statuses of the ties the query counted
	 */
	public record QueryResult(String name, List<String> columns, List<Map<String, Object>> rows, int rowCount,
			boolean truncated, NetworkFilter.Basis basis) {
	}

}
