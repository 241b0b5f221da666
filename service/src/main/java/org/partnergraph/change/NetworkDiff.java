package org.partnergraph.change;

import java.time.LocalDate;
import java.util.List;

import org.partnergraph.analysis.AnalysisResults;

/**
 * How the network changed between two dates.
 *
 * @param started links whose start falls after {@code from} and on or before {@code to}
 * @param ended links whose end falls on or after {@code from} and before {@code to}
 * @param before the main metrics of the network alive on {@code from}
 * @param after the same on {@code to}
 */
public record NetworkDiff(LocalDate from, LocalDate to, List<LinkChange> started, List<LinkChange> ended,
		AnalysisResults.Summary before, AnalysisResults.Summary after) {

	public record LinkChange(String id, String type, String from, String fromName, String to, String toName,
			LocalDate start, LocalDate end) {
	}

}
