package org.partnergraph.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports why the service could not start. An analysis of one line (ours: a busy port, a
 * data directory in use) is logged as one line; a longer one as Spring Boot lays it out.
 * Spring Boot's own reporter is switched off in application.yaml, so each failure is
 * reported once. Either way the stack trace is left out: it is logged at DEBUG by Spring
 * Boot for whoever needs it.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

	private static final Logger log = LoggerFactory.getLogger(OneLineFailureReporter.class);

	@Override
	public void report(FailureAnalysis analysis) {
		String description = analysis.getDescription();
		String action = analysis.getAction();
		if (isOneLine(description) && isOneLine(action)) {
			log.error("Cannot start: {}{}", description, (action != null) ? " " + action : "");
			return;
		}
		var text = new StringBuilder("Cannot start.\n\nDescription:\n\n").append(description).append('\n');
		if (action != null) {
			text.append("\nAction:\n\n").append(action).append('\n');
		}
		log.error(text.toString());
	}

	private static boolean isOneLine(String text) {
		return text == null || !text.strip().contains("\n");
	}

}
