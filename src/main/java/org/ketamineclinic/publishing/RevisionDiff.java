package org.ketamineclinic.publishing;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import org.ketamineclinic.content.EditableContent;

/** A line-by-line comparison of two versions, as editors read a change: what was removed and what was added. */
public final class RevisionDiff {

	/**
	 * @param kind "added", "removed", "context" or "hunk" (a "@@ … @@" position line)
	 * @param text the line
	 */
	public record Line(String kind, String text) {
	}

	private RevisionDiff() {
	}

	public static List<Line> between(EditableContent before, EditableContent after) {
		List<String> from = lines(before);
		List<String> to = lines(after);
		var patch = DiffUtils.diff(from, to);
		List<Line> lines = new ArrayList<>();
		for (String line : UnifiedDiffUtils.generateUnifiedDiff("live", "this version", from, patch, 2)) {
			if (line.startsWith("---") || line.startsWith("+++")) {
				continue;
			}
			String kind = line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "added"
					: line.startsWith("-") ? "removed" : "context";
			lines.add(new Line(kind, "hunk".equals(kind) ? "…" : line.isEmpty() ? "" : line.substring(1)));
		}
		return lines;
	}

	private static List<String> lines(EditableContent c) {
		List<String> lines = new ArrayList<>();
		lines.add("Title: " + c.title());
		lines.add("Description: " + c.description());
		lines.add("Date: " + (c.publishedOn() == null ? "" : c.publishedOn()));
		lines.add("Order: " + c.sortOrder());
		lines.add("Structured fields:");
		lines.addAll(c.frontMatter() == null ? List.of() : c.frontMatter().lines().toList());
		lines.add("Text:");
		lines.addAll(c.bodyMd() == null ? List.of() : c.bodyMd().lines().toList());
		return lines;
	}
}
