package org.partnergraph.view;

import java.time.Clock;
import java.time.LocalDate;

import org.partnergraph.view.picture.PictureOptions;
import org.partnergraph.view.picture.PngPicture;
import org.partnergraph.view.picture.Scene;
import org.partnergraph.view.picture.SvgPicture;
import org.springframework.stereotype.Component;

/**
 * Pictures of saved views, drawn on the server from the view's positions. The network in
 * a picture is always the one its reader gets ({@link VisibleNetwork}); nothing else
 * about the data goes into it, not even the time it was drawn, so the same view for the
 * same reader is the same bytes.
 */
@Component
public class ViewPictures {

	private final Clock clock;

	ViewPictures(Clock clock) {
		this.clock = clock;
	}

	/** The scene of a view as {@code network} shows it. */
	public Scene scene(SavedView view, VisibleNetwork network, PictureOptions options) {
		return Scene.of(network, view.name(), !"none".equals(view.sizeBy()), asOf(view), options);
	}

	public byte[] svg(SavedView view, VisibleNetwork network, PictureOptions options) {
		return SvgPicture.write(scene(view, network, options), options.scale());
	}

	/** The SVG element alone, for an HTML page. */
	public String inlineSvg(SavedView view, VisibleNetwork network, PictureOptions options) {
		return SvgPicture.text(scene(view, network, options), 1, false);
	}

	public byte[] png(SavedView view, VisibleNetwork network, PictureOptions options) {
		return PngPicture.write(scene(view, network, options), options.scale());
	}

	/**
	 * The picture of a view for a slide or a page: with its legend and source line,
	 * without the title (the slide has it); as vector drawing, SVG, and PNG at twice the
	 * resolution for print.
	 */
	public SlidePicture slidePicture(SavedView view, VisibleNetwork network) {
		Scene scene = scene(view, network, new PictureOptions(PictureOptions.DEFAULT_WIDTH, 2, false, true, false));
		return new SlidePicture(scene, PngPicture.write(scene, 2), SvgPicture.writeForOffice(scene));
	}

	/**
	 * The day the source line names, whose ties the picture shows: the view's own date
	 * filter, else today. Never the day of the last import, which hidden records change
	 * too.
	 */
	String asOf(SavedView view) {
		if (view.filters().asOf() != null) {
			return view.filters().asOf();
		}
		return LocalDate.now(this.clock).toString();
	}

}
