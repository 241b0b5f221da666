package org.partnergraph.startup;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a {@link StartupProblem}, and the web server's own "port in use", into an
 * analysis that names the setting to change. Ordered first, so it answers before Spring
 * Boot's generic analyzer for a busy port, which names no setting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupProblemFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StartupProblem problem) {
				return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
			}
			if (cause instanceof PortInUseException busy) {
				// The web server binds last; HttpPortCheck usually catches this first.
				var problem = HttpPortCheck.portInUse(busy.getPort(), busy);
				return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
			}
		}
		return null;
	}

}
