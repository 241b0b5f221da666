package org.partnergraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.partnergraph.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar partnergraph.jar import --stakeholders F --links F [--workbook F] [--mode merge|replace] [--dry-run]}:
 * the web import for scripts, without starting the web server.
 */
@Component
public class ImportCommand {

	private static final String USAGE = "usage: java -jar partnergraph.jar import (--stakeholders FILE --links FILE"
			+ " | --workbook FILE) [--mode merge|replace] [--dry-run]";

	private final ImportService imports;

	ImportCommand(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * Runs the command and returns the process exit code: 0 done, 1 rejected, 2 bad
	 * usage.
	 */
	public int run(String[] args) {
		return run(args, System.out, System.err);
	}

	int run(String[] args, PrintStream out, PrintStream err) {
		Path stakeholders = null;
		Path links = null;
		Path workbook = null;
		String mode = "merge";
		boolean dryRun = false;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--stakeholders" -> stakeholders = Path.of(args[++i]);
					case "--links" -> links = Path.of(args[++i]);
					case "--workbook" -> workbook = Path.of(args[++i]);
					case "--mode" -> mode = args[++i];
					case "--dry-run" -> dryRun = true;
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (workbook == null && stakeholders == null && links == null) {
				throw new IllegalArgumentException("no file given");
			}
			ImportMode importMode = ImportController.parseMode(mode);
			// The operator who can run the jar on the database's machine can read its
			// files anyway.
			ImportReport report = (workbook != null)
					? this.imports.importWorkbook(read(workbook), importMode, dryRun, Visibility.ALL)
					: this.imports.importCsv(read(stakeholders), read(links), importMode, dryRun, Visibility.ALL);
			out.println(report);
			report.warnings()
				.forEach(warning -> out.println("warning: " + describe(warning.file(), warning.row(), warning.column(),
						warning.cell(), warning.message())));
			return 0;
		}
		catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | IOException ex) {
			err.println("partnergraph import: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		catch (ImportRejectedException ex) {
			err.println("partnergraph import: rejected, nothing was written");
			for (ImportError error : ex.errors()) {
				err.println(describe(error.file(), error.row(), error.column(), error.cell(), error.message()));
			}
			ex.warnings()
				.forEach(warning -> err.println("warning: " + describe(warning.file(), warning.row(), warning.column(),
						warning.cell(), warning.message())));
			return 1;
		}
	}

	private static String describe(String file, Integer row, String column, String cell, String message) {
		return file + (row == null ? "" : ":" + row) + (column == null ? "" : " [" + column + "]") + ": " + message
				+ (cell == null ? "" : " (" + cell + ")");
	}

	private static ImportFile read(Path path) throws IOException {
		if (path == null) {
			return null;
		}
		return new ImportFile(path.getFileName().toString(), Files.readAllBytes(path));
	}

}
