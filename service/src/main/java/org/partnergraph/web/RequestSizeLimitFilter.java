package org.partnergraph.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.partnergraph.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request bodies other than uploads within {@code partnergraph.max-request-body}. A
 * body that declares a larger Content-Length is refused before anything reads it; a body
 * without one ({@code Transfer-Encoding: chunked}) is counted as it is read, and reading
 * past the limit fails, which the service answers with the same 413. Uploads have their
 * own, larger limits (spring.servlet.multipart.*); every other body, JSON above all,
 * stays small.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(@Value("${partnergraph.max-request-body:1MB}") DataSize maxBody) {
		this.maxBytes = maxBody.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		if (upload) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.maxBytes) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(new Limited(request, this.maxBytes), response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			// Where no handler turned it into an answer (ApiExceptionHandler does for
			// request bodies).
			if (BodyTooLargeException.causes(ex) && !response.isCommitted()) {
				response.reset();
				refuse(request, response);
				return;
			}
			throw ex;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
				tooLargeDetail(this.maxBytes));
	}

	static String tooLargeDetail(long maxBytes) {
		return "The request body is larger than the " + maxBytes + " bytes the service accepts.";
	}

	/** Reading more of the body than the limit allows. */
	static final class BodyTooLargeException extends IOException {

		private final long maxBytes;

		BodyTooLargeException(long maxBytes) {
			super(tooLargeDetail(maxBytes));
			this.maxBytes = maxBytes;
		}

		long maxBytes() {
			return this.maxBytes;
		}

		static boolean causes(Throwable ex) {
			return find(ex) != null;
		}

		static BodyTooLargeException find(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof BodyTooLargeException tooLarge) {
					return tooLarge;
				}
			}
			return null;
		}

	}

	/** The request with a body that fails once more than the limit is read. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		private BufferedReader reader;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingInputStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return this.reader;
		}

	}

	private static final class CountingInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		CountingInputStream(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
