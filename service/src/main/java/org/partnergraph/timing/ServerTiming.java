package org.partnergraph.timing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a request's time went inside the service, sent back in the standard
 * {@code Server-Timing} header, e.g. {@code queue;dur=0.0, projection;dur=12.5,
 * analysis;dur=431.0}: waiting for a turn to compute, reading the network into memory,
 * and the analysis (which includes the projection it reads), apart from the HTTP and JSON
 * around them. An algorithm's own time is analysis minus projection. The benchmarks read
 * it; a browser's developer tools show it too.
 */
public final class ServerTiming {

	private static final String ATTRIBUTE = ServerTiming.class.getName();

	private ServerTiming() {
	}

	/**
	 * Adds the time since {@code startedNanos} ({@link System#nanoTime()}) to the metric;
	 * outside a request it does nothing.
	 */
	public static void add(String metric, long startedNanos) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		double millis = (System.nanoTime() - startedNanos) / 1e6;
		@SuppressWarnings("unchecked")
		var metrics = (Map<String, Double>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (metrics == null) {
			metrics = new LinkedHashMap<>();
			request.setAttribute(ATTRIBUTE, metrics, RequestAttributes.SCOPE_REQUEST);
		}
		metrics.merge(metric, millis, Double::sum);
	}

	/** The header value for what this request recorded, or null when nothing was. */
	static String header(RequestAttributes request) {
		@SuppressWarnings("unchecked")
		var metrics = (Map<String, Double>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (metrics == null || metrics.isEmpty()) {
			return null;
		}
		var header = new StringBuilder();
		metrics.forEach((metric, millis) -> {
			if (!header.isEmpty()) {
				header.append(", ");
			}
			header.append(metric).append(";dur=").append(String.format(java.util.Locale.ROOT, "%.1f", millis));
		});
		return header.toString();
	}

}
