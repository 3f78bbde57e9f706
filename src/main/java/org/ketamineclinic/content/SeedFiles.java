package org.ketamineclinic.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the seed Markdown files shipped under {@code classpath:content/}. A file is {@code ---}, YAML, {@code ---},
 * then Markdown. A file that does not parse stops the start: broken seed content is a build defect, not data.
 */
public final class SeedFiles {

	private static final String ROOT = "content/";

	private SeedFiles() {
	}

	/** All files in one folder of {@code content/}, sorted by path so that loading is deterministic. */
	public static List<SeedFile> in(String folder) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + ROOT + folder + "/*.md");
			List<SeedFile> files = new ArrayList<>();
			for (Resource resource : resources) {
				byte[] bytes = resource.getContentAsByteArray();
				files.add(parse(folder + "/" + resource.getFilename(), bytes));
			}
			files.sort(Comparator.comparing(SeedFile::path));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static SeedFile parse(String path, byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.startsWith("---\n")) {
			throw new IllegalStateException("Seed file " + path + " does not start with front matter");
		}
		int end = text.indexOf("\n---", 4);
		if (end < 0) {
			throw new IllegalStateException("Seed file " + path + " has no end to its front matter");
		}
		String yaml = text.substring(4, end);
		int bodyStart = text.indexOf('\n', end + 4);
		String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1).strip();
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new IllegalStateException("Front matter of " + path + " is not a mapping");
		}
		return new SeedFile(path, sha256(bytes), plain(map), body);
	}

	/** YAML dates become ISO strings so that the front matter survives a trip through JSON unchanged. */
	@SuppressWarnings("unchecked")
	private static <T> T plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
			return (T) copy;
		}
		if (value instanceof List<?> list) {
			return (T) list.stream().map(SeedFiles::plain).toList();
		}
		if (value instanceof Date date) {
			return (T) date.toInstant().toString().substring(0, 10);
		}
		return (T) value;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
