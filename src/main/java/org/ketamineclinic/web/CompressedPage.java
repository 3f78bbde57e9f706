package org.ketamineclinic.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * A rendered page held as bytes, precompressed once with gzip and, where the native library loads, brotli.
 *
 * @param version  the content version it was rendered from
 * @param identity the page's bytes
 * @param gzip     gzip-compressed bytes
 * @param brotli   brotli-compressed bytes, or null when brotli is unavailable on this machine
 * @param etag     strong validator of the identity bytes (quoted)
 */
record CompressedPage(String version, byte[] identity, byte[] gzip, byte[] brotli, String etag) {

	private static final boolean BROTLI = loadBrotli();

	static CompressedPage of(String version, String html) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		return new CompressedPage(version, bytes, gzip(bytes), BROTLI ? brotli(bytes) : null, etag(bytes));
	}

	private static byte[] gzip(byte[] bytes) {
		var out = new ByteArrayOutputStream(bytes.length / 3);
		try (var gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] brotli(byte[] bytes) {
		try {
			return Encoder.compress(bytes, new Encoder.Parameters().setQuality(11));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String etag(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean loadBrotli() {
		try {
			Brotli4jLoader.ensureAvailability();
			return true;
		}
		catch (Throwable unavailable) {
			// No native library for this platform: gzip alone still serves every browser.
			return false;
		}
	}
}
