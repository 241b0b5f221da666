package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts the errors and warnings of an import in the order a person fixes them: the request
 * first, then file by file as they were given, each from its top row down; and gives each
 * error in one cell that cell's address, whichever check found it. Each is listed once.
 */
final class ImportFindings {

	private ImportFindings() {
	}

	/** What errors and warnings have in common. */
	interface Located {

		String file();

		Integer row();

	}

	static ImportRejectedException rejection(List<ImportError> errors, List<ImportWarning> warnings,
			RawTable... tables) {
		Map<String, RawTable> byFile = new HashMap<>();
		for (RawTable table : tables) {
			if (table != null) {
				byFile.putIfAbsent(table.file(), table);
			}
		}
		var addressed = new ArrayList<ImportError>(errors.size());
		for (ImportError error : errors) {
			RawTable table = byFile.get(error.file());
			if (error.cell() == null && error.row() != null && error.column() != null && table != null) {
				addressed.add(error.withCell(table.cell(error.row(), error.column())));
			}
			else {
				addressed.add(error);
			}
		}
		return new ImportRejectedException(ordered(addressed, tables), ordered(warnings, tables));
	}

	static <T extends Located> List<T> ordered(List<T> found, RawTable... tables) {
		var files = new ArrayList<String>();
		for (RawTable table : tables) {
			if (table != null) {
				files.add(table.file());
			}
		}
		Comparator<T> byFile = Comparator.comparingInt(item -> {
			int index = files.indexOf(item.file());
			return index < 0 ? ("request".equals(item.file()) ? -1 : files.size()) : index;
		});
		Comparator<T> byRow = Comparator.comparing(item -> Objects.requireNonNullElse(item.row(), 0));
		// distinct: a transaction the driver retries checks the rows again.
		return found.stream().distinct().sorted(byFile.thenComparing(byRow)).toList();
	}

}
