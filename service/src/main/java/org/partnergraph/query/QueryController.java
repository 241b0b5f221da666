package org.partnergraph.query;

import java.util.Collection;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.FilterParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/queries")
@Tag(name = "Queries", description = "The gap questions of the cypher/ library, run by name")
class QueryController {

	private final QueryService queries;

	QueryController(QueryService queries) {
		this.queries = queries;
	}

	@Operation(summary = "The named queries, with their parameters and defaults")
	@GetMapping
	Collection<NamedQuery> list() {
		return this.queries.list();
	}

	@Operation(summary = "Run a named query",
			description = "Body: a JSON object of parameters; those left out take "
					+ "the file's defaults. Runs read-only with a timeout, on what the caller may see. "
					+ "Like every answer it counts the ties of today: asOf (a date), current=false (every link), "
					+ "includePlanned and includeUnknown, in the query string or the body, choose others; "
					+ "basis says which date and statuses it used.")
	@PostMapping("/{name}")
	QueryService.QueryResult run(@PathVariable String name,
			@RequestBody(required = false) Map<String, Object> parameters,
			@FilterParameters(except = { "country", "sector", "linkType", "theme", "confidentiality", "attribute" },
					cache = false) NetworkFilter filter) {
		return this.queries.run(name, parameters == null ? Map.of() : parameters, filter);
	}

}
