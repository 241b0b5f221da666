package org.partnergraph.query;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A query of the {@code cypher/} library.
 *
 * @param name the file name without {@code .cypher}
 * @param title the first comment line
 * @param description the other comment lines before the first {@code :param}
 * @param parameters what the caller may set, with the file's defaults
 * @param cypher the query itself
 */
public record NamedQuery(String name, String title, String description, List<Parameter> parameters,
		@JsonIgnore String cypher) {

	/**
	 * @param defaultValue the Cypher expression the file gives as default
	 */
	public record Parameter(String name, String defaultValue) {
	}

}
