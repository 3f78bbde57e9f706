package org.ketamineclinic.patient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.imageio.ImageIO;

/**
 * Decides what an upload is from its content, never from its name or the browser's word: a PDF, a PNG or a JPEG, and
 * nothing else. A PDF that carries scripts, launch actions or embedded files is refused (a referral letter needs
 * none); an image must decode. The file name is kept only as a label, stripped of paths and control characters.
 */
final class DocumentCheck {

	private static final String[] ACTIVE_PDF_CONTENT = { "/JavaScript", "/JS", "/Launch", "/EmbeddedFile",
			"/OpenAction", "/AA" };

	private final long maxBytes;

	DocumentCheck(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The content type found; refuses with a message for the person uploading. */
	String contentType(byte[] content) {
		if (content == null || content.length == 0) {
			throw new ChartRefusal("file", "Choose a file to upload: the one sent was empty.");
		}
		if (content.length > maxBytes) {
			throw new ChartRefusal("file", "The file is %d MB; the largest the chart takes is %d MB."
				.formatted(Math.round(content.length / 1048576.0), Math.max(1, maxBytes / 1048576)));
		}
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			String text = new String(content, StandardCharsets.ISO_8859_1);
			for (String active : ACTIVE_PDF_CONTENT) {
				if (text.contains(active + " ") || text.contains(active + "(") || text.contains(active + "<")
						|| text.contains(active + "/") || text.contains(active + "\n") || text.contains(active + "\r")) {
					throw new ChartRefusal("file", "This PDF contains scripts, actions or embedded files, which the "
							+ "chart does not accept. Print it to a new PDF, or scan it, and upload that.");
				}
			}
			return "application/pdf";
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return decodes(content, "image/png");
		}
		if (startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return decodes(content, "image/jpeg");
		}
		throw new ChartRefusal("file", "Upload a PDF, PNG or JPEG file: this file is none of those.");
	}

	/** The name shown in the chart: no folders, no control characters, at most 160 characters, never empty. */
	static String fileName(String original, String contentType) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "document" + ("application/pdf".equals(contentType) ? ".pdf"
					: "image/png".equals(contentType) ? ".png" : ".jpg");
		}
		return name.length() > 160 ? name.substring(name.length() - 160) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private static String decodes(byte[] content, String type) {
		try {
			if (ImageIO.read(new ByteArrayInputStream(content)) != null) {
				return type;
			}
		}
		catch (IOException | RuntimeException e) {
			// A broken image is refused below, like any file that is not what it claims.
		}
		throw new ChartRefusal("file", "This image could not be read: it may be damaged. Upload it again, or scan "
				+ "the letter as a PDF.");
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
