package org.ketamineclinic.content;

import java.util.Map;

/**
 * One Markdown file with YAML front matter, as found under {@code classpath:content/}.
 *
 * @param path        path below {@code content/}, e.g. {@code articles/ketamine-for-depression.md}
 * @param checksum    SHA-256 of the file's bytes (hex): the loaders skip files they have already loaded
 * @param frontMatter the YAML block, dates turned into ISO strings
 * @param body        the Markdown after the front matter
 */
public record SeedFile(String path, String checksum, Map<String, Object> frontMatter, String body) {

	public String text(String key) {
		Object value = frontMatter.get(key);
		return value == null ? "" : value.toString().strip();
	}

	public int number(String key, int otherwise) {
		return frontMatter.get(key) instanceof Number n ? n.intValue() : otherwise;
	}

	public String slug() {
		String fileName = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
		String declared = text("slug");
		return declared.isEmpty() ? fileName : declared;
	}
}
