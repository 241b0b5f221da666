package org.partnergraph.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Audits the edits made in place (create, change, delete, merge) and every revert, with
 * their outcome, beside the imports and account changes that are audited where they
 * happen. The change history says what changed; the audit log says who tried what, also
 * when it was refused.
 */
@Component
class CurationAuditInterceptor implements HandlerInterceptor {

	private final AuditService audit;

	CurationAuditInterceptor(AuditService audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String method = request.getMethod();
		if (!"POST".equals(method) && !"PATCH".equals(method) && !"DELETE".equals(method)) {
			return;
		}
		String path = request.getRequestURI();
		String action = action(path);
		if (action == null) {
			return;
		}
		this.audit.record(action, path,
				ReadAuditInterceptor.parametersAndStatus(new StringBuilder(method).append(' '), request, response));
	}

	private static String action(String path) {
		if (path.endsWith("/revert") && (path.startsWith("/api/v1/changes/") || path.startsWith("/api/v1/imports/"))) {
			return "revert";
		}
		if (path.startsWith("/api/v1/stakeholders") || path.startsWith("/api/v1/links")) {
			return path.endsWith("/merge") ? "merge" : "edit";
		}
		return null;
	}

}
