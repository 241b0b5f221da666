package org.partnergraph.change;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.analysis.AnalysisService;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;
import org.partnergraph.web.FilterParameters;
import org.partnergraph.web.RequestParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network")
class DiffController {

	private final GraphStore store;

	private final AnalysisService analysis;

	DiffController(GraphStore store, AnalysisService analysis) {
		this.store = store;
		this.analysis = analysis;
	}

	@Operation(summary = "How the network changed between two dates",
			description = "The links that started and ended between from and to, and the summary metrics of the "
					+ "ties current on each date (includePlanned and includeUnknown as for GET /api/v1/network). "
					+ "Takes the filters of GET /api/v1/network except asOf and current, and cache.")
	@GetMapping("/api/v1/network/diff")
	NetworkDiff diff(HttpServletRequest request, @FilterParameters(except = { "asOf", "current" }) NetworkFilter filter,
			@RequestParam String from, @RequestParam String to) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (end.isBefore(start)) {
			throw new BadParameterException("to", "to (" + end + ") is before from (" + start + ")", List.of());
		}
		boolean cache = RequestParameters.useCache(request);
		// Every link, whatever its status, for the ones that started or ended between the
		// dates.
		Projection everything = this.store.projection(filter.everyLink(), cache);
		var started = new ArrayList<NetworkDiff.LinkChange>();
		var ended = new ArrayList<NetworkDiff.LinkChange>();
		for (Projection.Link link : everything.links()) {
			if (link.start() != null && link.start().isAfter(start) && !link.start().isAfter(end)) {
				started.add(change(everything, link));
			}
			if (link.end() != null && !link.end().isBefore(start) && link.end().isBefore(end)) {
				ended.add(change(everything, link));
			}
		}
		Comparator<NetworkDiff.LinkChange> order = Comparator.comparing(NetworkDiff.LinkChange::id);
		started.sort(order);
		ended.sort(order);
		return new NetworkDiff(start, end, started, ended, this.analysis.summary(filter.on(start), cache),
				this.analysis.summary(filter.on(end), cache));
	}

	private static NetworkDiff.LinkChange change(Projection projection, Projection.Link link) {
		Projection.Node from = projection.nodes().get(link.from());
		Projection.Node to = projection.nodes().get(link.to());
		return new NetworkDiff.LinkChange(link.id(), link.type().name(), from.id(), from.name(), to.id(), to.name(),
				link.start(), link.end());
	}

	private static LocalDate date(String parameter, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(parameter, parameter + " '" + value + "' is not a date (YYYY-MM-DD)",
					List.of());
		}
	}

}
