package org.partnergraph.view;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /views/{id}}: the explorer, opened in a saved view. The explorer keeps its view
 * in the address fragment, so this hands it the view's id there ({@code saved-views.js}
 * reads the view and shows it); like the explorer, it needs a sign-in.
 */
@Hidden
@Controller
class SavedViewPageController {

	@GetMapping("/views/" + EmbedController.ID)
	String open(@PathVariable String id) {
		return "redirect:/#view=" + id;
	}

}
