package org.partnergraph.audit;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Audits every read of the API in one place: exports as {@code export} (the network's
 * export files, and the briefing packs of saved views, which are made to leave the
 * building), everything else as {@code view}, including the reads that take a body and so
 * are POSTs (named queries and what-if, which write nothing). Writes (imports, account
 * changes) are audited where they happen, with their outcome; edits in place and reverts
 * by {@link CurationAuditInterceptor}. A handler may add what the parameters do not say
 * ({@link ReadAudit#detail}).
 */
@Component
class ReadAuditInterceptor implements HandlerInterceptor {

	private static final Pattern BRIEFING_PACK = Pattern.compile("/api/v1/views/[^/]+/briefing\\.(pptx|pdf)");

	private final AuditService audit;

	ReadAuditInterceptor(AuditService audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isRead(request) || request.getRequestURI().startsWith("/api/v1/audit")) {
			return;
		}
		String path = request.getRequestURI();
		String action = isExport(path) ? "export" : "view";
		var detail = new StringBuilder();
		if (request.getAttribute(ReadAudit.DETAIL) instanceof String added) {
			detail.append(added).append(' ');
		}
		this.audit.record(action, path, parametersAndStatus(detail, request, response));
	}

	/**
	 * The request's parameters, sorted, and the response's status, after what
	 * {@code detail} holds: the detail of an audit record of a request.
	 */
	static String parametersAndStatus(StringBuilder detail, HttpServletRequest request, HttpServletResponse response) {
		new java.util.TreeMap<>(request.getParameterMap())
			.forEach((name, values) -> detail.append(name).append('=').append(String.join(",", values)).append(' '));
		return detail.append("status=").append(response.getStatus()).toString();
	}

	static boolean isExport(String path) {
		return path.startsWith("/api/v1/export/") || BRIEFING_PACK.matcher(path).matches();
	}

	private static boolean isRead(HttpServletRequest request) {
		if ("GET".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI();
		return "POST".equals(request.getMethod())
				&& (path.startsWith("/api/v1/queries/") || path.equals("/api/v1/bridging/what-if"));
	}

}
