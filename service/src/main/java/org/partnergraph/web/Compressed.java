package org.partnergraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip form of a prewritten answer, made the first time a client that accepts gzip
 * asks for it and kept with the answer. A cached analysis of ten thousand organisations
 * is megabytes of JSON that compress about tenfold; compressed once, each request for it
 * costs a tenth of the copying and of the network, instead of a compression per request
 * as the web server's own compression would.
 */
final class Compressed {

	/**
	 * Below this, the bytes saved do not pay for the header and the client's inflating.
	 */
	static final int MIN_BYTES = 8 * 1024;

	private final byte[] plain;

	private volatile byte[] gzip;

	Compressed(byte[] plain) {
		this.plain = plain;
	}

	/** Whether the answer is large enough to be sent compressed. */
	boolean worthIt() {
		return this.plain.length >= MIN_BYTES;
	}

	/**
	 * The gzip bytes; two first requests at once may both compress, and either result is
	 * the same.
	 */
	byte[] gzip() {
		byte[] made = this.gzip;
		if (made == null) {
			made = compress(this.plain);
			this.gzip = made;
		}
		return made;
	}

	private static byte[] compress(byte[] plain) {
		var out = new ByteArrayOutputStream(plain.length / 8 + 64);
		// The fastest level: JSON of scores and ids compresses well at any level,
		// and this runs on a request's thread.
		try (var gzip = new GZIPOutputStream(out, 1 << 16) {
			{
				this.def.setLevel(Deflater.BEST_SPEED);
			}
		}) {
			gzip.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
