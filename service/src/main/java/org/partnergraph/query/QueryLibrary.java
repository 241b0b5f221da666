package org.partnergraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hand-run Cypher of the {@code cypher/} folder, read from the jar. Each file opens
 * with comment lines (a title, then a description), then {@code :param name => default;}
 * lines as Neo4j Browser and cypher-shell take them, then the query.
 */
@Component
class QueryLibrary {

	private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+?);?\\s*$");

	private final Map<String, NamedQuery> queries = new TreeMap<>();

	QueryLibrary() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver(QueryLibrary.class.getClassLoader())
				.getResources("classpath*:partnergraph/cypher/*.cypher");
			for (Resource file : files) {
				NamedQuery query = parse(file.getFilename().replaceFirst("\\.cypher$", ""),
						file.getContentAsString(StandardCharsets.UTF_8));
				this.queries.put(query.name(), query);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the query library", ex);
		}
	}

	Collection<NamedQuery> all() {
		return this.queries.values();
	}

	Optional<NamedQuery> find(String name) {
		return Optional.ofNullable(this.queries.get(name));
	}

	static NamedQuery parse(String name, String text) {
		String title = null;
		var description = new StringBuilder();
		var parameters = new ArrayList<NamedQuery.Parameter>();
		var cypher = new StringBuilder();
		boolean header = true;
		for (String line : text.lines().toList()) {
			Matcher param = PARAM.matcher(line.strip());
			if (header && line.startsWith("//")) {
				String comment = line.substring(2).strip();
				if (title == null) {
					title = comment;
				}
				else {
					description.append(description.isEmpty() ? "" : " ").append(comment);
				}
			}
			else if (param.matches()) {
				header = false;
				parameters.add(new NamedQuery.Parameter(param.group(1), param.group(2).strip()));
			}
			else {
				header = false;
				cypher.append(line).append('\n');
			}
		}
		String query = cypher.toString().strip();
		if (query.endsWith(";")) {
			query = query.substring(0, query.length() - 1);
		}
		return new NamedQuery(name, title == null ? name : title, description.toString(), List.copyOf(parameters),
				query);
	}

}
