package org.ketamineclinic.publishing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images for site content. An upload is accepted only when it really is a PNG, JPEG or GIF of sane size (the bytes
 * decide, not the file name), and is drawn again into a new file: whatever else the original carried (EXIF with GPS
 * positions, camera serials, comments) is left behind. Every image needs alternative text.
 */
@Service
public class ContentImages {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_SIDE = 6_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	ContentImages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param id          image id, its address is /media/{id}
	 * @param contentType image/png or image/jpeg
	 * @param bytes       the re-encoded image
	 * @param altText     alternative text
	 */
	public record Image(long id, String contentType, byte[] bytes, String altText) {
	}

	/** Stores the upload re-encoded; returns its id, or throws {@link Refused} saying what is wrong with it. */
	@Transactional
	public long upload(byte[] original, String altText) {
		String alt = altText == null ? "" : altText.strip();
		if (alt.isEmpty() || alt.length() > 300) {
			throw new Refused("Describe the image for people who cannot see it (up to 300 characters).");
		}
		if (original == null || original.length == 0) {
			throw new Refused("Choose an image file to upload.");
		}
		if (original.length > MAX_BYTES) {
			throw new Refused("The image is larger than 5 MB. Make it smaller and try again.");
		}
		Decoded decoded = decode(original);
		byte[] bytes = encode(decoded);
		String type = "jpeg".equals(decoded.format()) ? "image/jpeg" : "image/png";
		String hash = sha256(bytes);
		Optional<Long> same = jdbc.sql("select id from content_image where sha256 = ?").param(hash).query(Long.class)
			.optional();
		if (same.isPresent()) {
			return same.get();
		}
		return jdbc.sql("""
				insert into content_image (sha256, content_type, bytes, width, height, alt_text, uploaded_at, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(hash, type, bytes, decoded.image().getWidth(), decoded.image().getHeight(), alt,
					Timestamp.from(clock.instant()), StaffPrincipal.current().orElseThrow().id())
			.query(Long.class)
			.single();
	}

	public Optional<Image> find(long id) {
		return jdbc.sql("select id, content_type, bytes, alt_text from content_image where id = ?")
			.param(id)
			.query((rs, n) -> new Image(rs.getLong("id"), rs.getString("content_type"), rs.getBytes("bytes"),
					rs.getString("alt_text")))
			.optional();
	}

	private static Decoded decode(byte[] original) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
			var readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				throw new Refused("This file is not a PNG, JPEG or GIF image.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				if (!format.equals("png") && !format.equals("jpeg") && !format.equals("gif")) {
					throw new Refused("This file is not a PNG, JPEG or GIF image.");
				}
				// Check the size before decoding: a small file can claim a huge picture and exhaust memory.
				if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
					throw new Refused("The image is larger than " + MAX_SIDE + " pixels on a side.");
				}
				return new Decoded(reader.read(0), format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new Refused("This image could not be read; it may be damaged.");
		}
	}

	private static byte[] encode(Decoded decoded) {
		var out = new ByteArrayOutputStream();
		try {
			if ("jpeg".equals(decoded.format())) {
				BufferedImage rgb = new BufferedImage(decoded.image().getWidth(), decoded.image().getHeight(),
						BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(decoded.image(), 0, 0, null);
				var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
				var parameters = writer.getDefaultWriteParam();
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(0.85f);
				try (var stream = new MemoryCacheImageOutputStream(out)) {
					writer.setOutput(stream);
					writer.write(null, new IIOImage(rgb, null, null), parameters);
				}
				writer.dispose();
			}
			else {
				ImageIO.write(decoded.image(), "png", out);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("An image could not be re-encoded", ex);
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Decoded(BufferedImage image, String format) {
	}

	/** The upload was not accepted; the message says why, for the editor. */
	public static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}
	}
}
