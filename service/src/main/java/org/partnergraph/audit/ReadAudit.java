package org.partnergraph.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a handler adds to the audit record of the read it serves, which
 * {@link ReadAuditInterceptor} writes once the request is done: for an export, what left
 * the service (which view, in which format, at which confidentiality level), which the
 * request's parameters alone do not say.
 */
public final class ReadAudit {

	static final String DETAIL = ReadAudit.class.getName() + ".detail";

	private ReadAudit() {
	}

	/** Adds {@code detail} to the audit record of the current request. */
	public static void detail(String detail) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(DETAIL, detail, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
