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
import org.springframework.stereotype.Service;

/**
 * Runs the queries of the library for the API: in a read-only transaction, with a
 * timeout, and with {@code $visible} always bound to what the caller may see, whatever
 * the request says.
 */
@Service
public class QueryService {

	private static final int MAX_ROWS = 10_000;

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

	public QueryResult run(String name, Map<String, Object> given) {
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
				return new QueryResult(name, columns, rows, rows.size(), truncated);
			}, config);
		}
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
	 */
	public record QueryResult(String name, List<String> columns, List<Map<String, Object>> rows, int rowCount,
			boolean truncated) {
	}

}
