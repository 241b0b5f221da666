package org.partnergraph.system;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged service as a real process: killing it with SIGKILL in the middle of a
 * large import leaves the database as it was before the import, and readers during an
 * import see the old network or the new one, never a part of it.
 */
class CrashDuringImportSystemTest {

	private static final int STAKEHOLDERS = 40_000;

	private static final int LINKS = 120_000;

	private static final Pattern TOTAL = Pattern.compile("\"totalElements\":(\\d+)");

	@TempDir
	Path dir;

	@Test
	void killedImportLeavesTheDatabaseAsItWasAndReadersSeeOldOrNew() throws Exception {
		Path data = this.dir.resolve("data");
		Path stakeholders = this.dir.resolve("stakeholders.csv");
		Path links = this.dir.resolve("links.csv");
		writeLargeNetwork(stakeholders, links);

		long seeded;
		try (var service = ServiceProcess.start(data, this.dir.resolve("first.log"))) {
			seeded = total(service);
			assertThat(seeded).isGreaterThanOrEqualTo(60);
			var pending = service.importCsvAsync(stakeholders, links);
			long deadline = System.currentTimeMillis() + 120_000;
			// Kill once the import is writing: its progress lines are in the log.
			while (!service.log().contains("Import: stakeholders") && System.currentTimeMillis() < deadline) {
				assertThat(total(service)).isEqualTo(seeded);
				Thread.sleep(100);
			}
			assertThat(service.log()).contains("Import: stakeholders");
			service.kill();
			// The client learns of the closed connection a moment after the process is
			// gone.
			assertThat(pending).failsWithin(java.time.Duration.ofSeconds(30));
		}

		try (var service = ServiceProcess.start(data, this.dir.resolve("second.log"))) {
			assertThat(total(service)).isEqualTo(seeded);
			assertThat(service.get("/api/v1/stakeholders?q=synthetic").body()).contains("\"totalElements\":0");

			Set<Long> seen = ConcurrentHashMap.newKeySet();
			var done = new AtomicBoolean();
			var reader = new Thread(() -> {
				while (!done.get()) {
					try {
						seen.add(total(service));
					}
					catch (Exception ex) {
						seen.add(-1L);
					}
				}
			});
			reader.start();
			var response = service.importCsvAsync(stakeholders, links).get();
			done.set(true);
			reader.join();
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"stakeholdersCreated\":" + STAKEHOLDERS)
				.contains("\"linksCreated\":" + LINKS);
			assertThat(total(service)).isEqualTo(seeded + STAKEHOLDERS);
			assertThat(seen).isSubsetOf(Set.of(seeded, seeded + STAKEHOLDERS));
		}
	}

	private static long total(ServiceProcess service) throws Exception {
		String body = service.get("/api/v1/stakeholders?size=1").body();
		Matcher matcher = TOTAL.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException(body);
		}
		return Long.parseLong(matcher.group(1));
	}

	private static void writeLargeNetwork(Path stakeholders, Path links) throws Exception {
		var random = new java.util.Random(7);
		String[] sectors = { "JUSTICE", "STATE", "CSO", "PRIVATE", "INTERNATIONAL" };
		try (BufferedWriter out = Files.newBufferedWriter(stakeholders)) {
			out.write("id,name,sector,countries\n");
			for (int i = 0; i < STAKEHOLDERS; i++) {
				out.write("syn-" + i + ",Synthetic " + i + "," + sectors[i % sectors.length] + ",KH\n");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(links)) {
			out.write("id,from,to,type\n");
			for (int i = 0; i < LINKS; i++) {
				int a = random.nextInt(STAKEHOLDERS);
				int b = (a + 1 + random.nextInt(STAKEHOLDERS - 1)) % STAKEHOLDERS;
				out.write("l" + i + ",syn-" + a + ",syn-" + b + ",COLLABORATES\n");
			}
		}
	}

}
