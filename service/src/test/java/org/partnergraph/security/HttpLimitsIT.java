package org.partnergraph.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service behind a real HTTP server (Tomcat), for what only a real connection shows:
 * bodies sent in chunks, uploads refused before they are read, cookies set, what health
 * tells a stranger . It runs with the API description closed
 * ({@code partnergraph.security.public-api-docs=false}); {@link PublicSurfaceIT} checks
 * the default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "partnergraph.security.public-api-docs=false")
@ActiveProfiles("test")
// Its own service and embedded database: closed after this class rather than at the JVM's
// exit.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HttpLimitsIT {

	private static final Path DATA_DIR = createDataDir();

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
	}

	@Test
	void aChunkedJsonBodyOverTheLimitIsRefusedWith413() throws Exception {
		// 3 MB of JSON, sent without a Content-Length: the limit (1 MB) holds on the
		// bytes read.
		byte[] body = bigWhatIf(3_000_000);
		for (String path : new String[] { "/api/v1/bridging/what-if", "/api/v1/queries/isolates" }) {
			var response = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", ADMIN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("urn:partnergraph:problem:too-large");
		}
		// A small chunked body still works.
		var small = this.http.send(HttpRequest.newBuilder(uri("/api/v1/bridging/what-if"))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new java.io.ByteArrayInputStream("{\"add\":[]}".getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(small.statusCode()).isEqualTo(200);
	}

	@Test
	void anUnauthenticatedUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
		// A 30 MB multipart upload of which only the first 64 KB are sent: the answer
		// must come without waiting for the rest, with a CSRF pair and without; either
		// way the stranger is told to sign in.
		assertThat(statusOfPartlySentUpload("/api/v1/imports", true)).isEqualTo(401);
		assertThat(statusOfPartlySentUpload("/api/v1/imports", false)).isEqualTo(401);
		// The sign-in form reads its fields before anyone is signed in: it takes no
		// multipart body.
		assertThat(statusOfPartlySentUpload("/login", true)).isEqualTo(415);
	}

	@Test
	void apiRequestsWithoutASignInOrWithTheirOwnCredentialsGetNoCookie() throws Exception {
		for (String path : new String[] { "/api/v1/network", "/api/v1/me", "/api/v1/stakeholders" }) {
			var anonymous = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).isEqualTo(401);
			assertThat(anonymous.headers().allValues("Set-Cookie")).as(path).isEmpty();
			var basic = this.http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(basic.statusCode()).isEqualTo(200);
			assertThat(basic.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		// The page still gets its session: a stranger is sent to sign in, and signing in
		// sets the cookie.
		var page = this.http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
	}

	@Test
	void healthTellsAStrangerOnlyUpOrDown() throws Exception {
		var stranger = this.http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(200);
		assertThat(stranger.body()).contains("\"status\":\"UP\"")
			.doesNotContain("components")
			.doesNotContain("details")
			.doesNotContain(DATA_DIR.toString());
		var admin = this.http.send(
				HttpRequest.newBuilder(uri("/actuator/health")).header("Authorization", ADMIN).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(admin.body()).contains("components");
	}

	@Test
	void closedApiDocsNeedASignIn() throws Exception {
		var stranger = this.http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(401);
		var ui = this.http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(ui.statusCode()).isIn(302, 401);
		var admin = this.http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).header("Authorization", ADMIN).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("/api/v1/network");
	}

	private int statusOfPartlySentUpload(String path, boolean withCsrfPair) throws IOException {
		String boundary = "----partnergraph-test-boundary";
		byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nadmin\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"stakeholders\"; filename=\"s.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nid,name,sector\n")
			.getBytes(StandardCharsets.US_ASCII);
		long declared = 30_000_000;
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\n"
					+ "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n" + "Content-Length: " + declared
					+ "\r\n" + (withCsrfPair ? "Cookie: XSRF-TOKEN=pair-1\r\nX-XSRF-TOKEN: pair-1\r\n" : "")
					+ "Connection: close\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(start);
			byte[] filler = new byte[64 * 1024];
			java.util.Arrays.fill(filler, (byte) 'x');
			out.write(filler);
			out.flush();
			try {
				String statusLine = firstLine(socket.getInputStream());
				return Integer.parseInt(statusLine.split(" ")[1]);
			}
			catch (SocketTimeoutException ex) {
				throw new AssertionError("no answer within 10 s: the service waits for the rest of the upload");
			}
		}
	}

	private static String firstLine(InputStream in) throws IOException {
		var line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			line.write(b);
		}
		return line.toString(StandardCharsets.US_ASCII).strip();
	}

	private static byte[] bigWhatIf(int size) {
		var json = new StringBuilder(size + 100).append("{\"add\":[");
		int i = 0;
		while (json.length() < size) {
			json.append(i == 0 ? "" : ",")
				.append("{\"from\":\"a")
				.append(i)
				.append("\",\"to\":\"b")
				.append(i)
				.append("\",\"type\":\"FUNDS\"}");
			i++;
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("partnergraph-http-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
