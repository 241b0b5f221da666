package org.partnergraph.briefing;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.partnergraph.gap.GapResults;

/**
 * One finding in words, with what it rests on.
 *
 * @param key stable name of the finding (its kind and subject), the same for the same
 * data
 * @param text one plain sentence
 * @param importance from 0 to 100; findings are listed most important first
 * @param source the analysis it comes from, e.g. {@code gaps/sector-matrix}
 * @param sourceTitle that analysis for people
 * @param api the API call whose answer holds the numbers
 * @param link the page that shows it: the saved view, or the explorer with the same
 * filters
 * @param numbers the figures behind the sentence, by name
 * @param stakeholders the organisations it names
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(String key, String text, int importance, String source, String sourceTitle, String api,
		String link, Map<String, Object> numbers, List<GapResults.StakeholderRef> stakeholders) {

	/**
	 * The findings of one network.
	 *
	 * @param levels the confidentiality levels they were computed at
	 * @param findings most important first
	 * @param more findings left out by the limit
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Findings(List<String> levels, List<Finding> findings, int more) {
	}

}
