package org.partnergraph.importer;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@Operation(summary = "Import a CSV pair or an XLSX workbook",
			description = "Send the parts 'stakeholders' and 'links' (CSV), or 'workbook' (XLSX with the sheets "
					+ "'stakeholders' and 'links'). All-or-nothing: any invalid row gives 422 with every error as "
					+ "{file,row,column,message}, and nothing is written.")
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
			return this.imports.importWorkbook(file(workbook, "workbook.xlsx"), importMode, dryRun);
		}
		return this.imports.importCsv(file(stakeholders, "stakeholders.csv"), file(links, "links.csv"), importMode,
				dryRun);
	}

	static ImportMode parseMode(String mode) {
		try {
			return ImportMode.valueOf(mode.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("mode must be 'merge' or 'replace', not '" + mode + "'");
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
