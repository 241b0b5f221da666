package org.partnergraph.importer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.audit.AuditService;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.security.Visibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Import", description = "Load stakeholders and links from CSV or XLSX")
class ImportController {

	private final ImportService imports;

	private final AuditService audit;

	ImportController(ImportService imports, AuditService audit) {
		this.imports = imports;
		this.audit = audit;
	}

	@Operation(summary = "Import a CSV pair or an XLSX workbook",
			description = "Send the parts 'stakeholders' and 'links' (CSV), or 'workbook' (XLSX with the sheets "
					+ "'stakeholders' and 'links'). All-or-nothing: any invalid row gives 422 with every error of every "
					+ "file as {file,row,column,cell,message}, and nothing is written. Warnings (what was read "
					+ "differently from how the file shows it) come as 'warnings', in the report and beside errors.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportReport importFiles(@RequestPart(required = false) MultipartFile stakeholders,
			@RequestPart(required = false) MultipartFile links, @RequestPart(required = false) MultipartFile workbook,
			@RequestParam(defaultValue = "merge") String mode, @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		ImportMode importMode = parseMode(mode);
		if (workbook != null) {
			if (stakeholders != null || links != null) {
				throw new ImportRejectedException(java.util.List.of(ImportError.ofFile("request",
						"send either 'workbook' or the CSV parts 'stakeholders' and 'links', not both")));
			}
			ImportFile workbookFile = file(workbook, "workbook.xlsx");
			return audited(workbookFile.name(), importMode, dryRun,
					() -> this.imports.importWorkbook(workbookFile, importMode, dryRun, Visibility.current()));
		}
		ImportFile stakeholderFile = file(stakeholders, "stakeholders.csv");
		ImportFile linkFile = file(links, "links.csv");
		String names = (stakeholderFile == null ? "" : stakeholderFile.name() + " ")
				+ (linkFile == null ? "" : linkFile.name());
		return audited(names.strip(), importMode, dryRun,
				() -> this.imports.importCsv(stakeholderFile, linkFile, importMode, dryRun, Visibility.current()));
	}

	private ImportReport audited(String files, ImportMode mode, boolean dryRun,
			java.util.function.Supplier<ImportReport> run) {
		String action = dryRun ? "import.dry-run" : "import";
		try {
			ImportReport report = run.get();
			this.audit.record(action, files, report.toString());
			return report;
		}
		catch (ImportRejectedException ex) {
			this.audit.record(action + ".rejected", files, mode + ": " + ex.errors().size() + " error(s)");
			throw ex;
		}
	}

	static ImportMode parseMode(String mode) {
		try {
			return ImportMode.valueOf(mode.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("mode", "mode must be 'merge' or 'replace', not '" + mode + "'",
					List.of("merge", "replace"));
		}
	}

	private static ImportFile file(MultipartFile part, String fallbackName) throws IOException {
		if (part == null) {
			return null;
		}
		String name = part.getOriginalFilename();
		return new ImportFile((name == null || name.isBlank()) ? fallbackName : name, part.getBytes());
	}

}
