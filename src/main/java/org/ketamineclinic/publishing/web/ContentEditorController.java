package org.ketamineclinic.publishing.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.content.ContentEditing;
import org.ketamineclinic.content.EditableContent;
import org.ketamineclinic.location.LocationEditing;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.publishing.Publishing;
import org.ketamineclinic.publishing.RevisionDiff;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing site content: the list, the editor with a live preview, saving drafts, publishing now or at a set time,
 * and the history of every version with what changed and a way back to it.
 */
@Controller
class ContentEditorController {

	private final ContentEditing content;

	private final Publishing publishing;

	private final StaffPages pages;

	private final StaffManagement staff;

	private final Locations locations;

	private final ZoneId zone;

	ContentEditorController(ContentEditing content, Publishing publishing, StaffPages pages, StaffManagement staff,
			Locations locations, @Value("${clinic.publishing.zone:America/Los_Angeles}") ZoneId zone) {
		this.content = content;
		this.locations = locations;
		this.publishing = publishing;
		this.pages = pages;
		this.staff = staff;
		this.zone = zone;
	}

	@GetMapping("/staff/content")
	String list(HttpServletRequest request, Model model) {
		model.addAttribute("page", pages.page("Site content", request));
		var groups = content.list().stream().collect(Collectors.groupingBy(ContentEditing.Listed::kind,
				LinkedHashMap::new, Collectors.toList()));
		groups.put(LocationEditing.KIND, locations.all().stream()
			.map(l -> new ContentEditing.Listed(LocationEditing.KIND, l.slug(), l.title(), false))
			.toList());
		model.addAttribute("groups", groups);
		return "publishing/list";
	}

	@GetMapping("/staff/content/{kind}/{slug}")
	String showForm(@PathVariable String kind, @PathVariable String slug,
			@RequestParam(required = false) Long revision, HttpServletRequest request, Model model) {
		EditableContent onFile = onFile(kind, slug);
		EditableContent shown = onFile;
		String notice = null;
		if (revision != null) {
			var old = publishing.revision(revision)
				.filter(r -> r.content().kind().equals(kind) && r.content().slug().equals(slug))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			shown = old.content();
			notice = "This is version " + old.id() + " from " + old.savedAt().atZone(zone).toLocalDate()
					+ ". Publish it, or save it as a draft, to restore it.";
		}
		return editor(onFile, ContentForm.of(shown), Map.of(), notice, request, model);
	}

	@PostMapping("/staff/content/{kind}/{slug}")
	String submitForm(@PathVariable String kind, @PathVariable String slug, ContentForm form,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		EditableContent onFile = onFile(kind, slug);
		EditableContent version = form.content(onFile);
		try {
			switch (form.action() == null ? "" : form.action()) {
				case "publish" -> {
					refuseUnreadableDate(form);
					publishing.publishNow(version);
					redirect.addFlashAttribute("notice", "Published. The public page shows it now.");
				}
				case "schedule" -> {
					refuseUnreadableDate(form);
					var at = LocalDateTime.parse(form.publishAt() == null ? "" : form.publishAt()).atZone(zone);
					publishing.schedule(version, at.toInstant());
					redirect.addFlashAttribute("notice", "Scheduled for " + at.toLocalDate() + " at "
							+ at.toLocalTime() + " (" + zone.getId() + ").");
				}
				default -> {
					publishing.saveDraft(version);
					redirect.addFlashAttribute("notice", "Draft saved. The public page has not changed.");
				}
			}
		}
		catch (Publishing.InvalidVersion ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editor(onFile, form, ex.problems(), null, request, model);
		}
		catch (DateTimeParseException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editor(onFile, form, Map.of("publishAt", "Enter the date and time to publish."), null, request,
					model);
		}
		return "redirect:/staff/content/" + kind + "/" + slug + "/history";
	}

	/** The body as the site will render it, for the live preview beside the editor (changes nothing). */
	@PostMapping("/staff/content/preview")
	String preview(@RequestParam(defaultValue = "") String bodyMd, Model model) {
		model.addAttribute("html", publishing.previewHtml(bodyMd));
		return "publishing/preview";
	}

	@GetMapping("/staff/content/{kind}/{slug}/history")
	String history(@PathVariable String kind, @PathVariable String slug, HttpServletRequest request, Model model) {
		EditableContent onFile = onFile(kind, slug);
		model.addAttribute("page", pages.page("History of " + onFile.title(), request));
		model.addAttribute("content", onFile);
		model.addAttribute("revisions", publishing.history(kind, slug));
		model.addAttribute("names", staff.names());
		model.addAttribute("zone", zone);
		return "publishing/history";
	}

	@GetMapping("/staff/content/revisions/{id}")
	String diff(@PathVariable long id, HttpServletRequest request, Model model) {
		var revision = publishing.revision(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		EditableContent live = onFile(revision.content().kind(), revision.content().slug());
		model.addAttribute("page", pages.page("Version " + id, request));
		model.addAttribute("revision", revision);
		model.addAttribute("lines", RevisionDiff.between(live, revision.content()));
		return "publishing/diff";
	}

	private String editor(EditableContent onFile, ContentForm form, Map<String, String> problems, String notice,
			HttpServletRequest request, Model model) {
		Map<String, String> shown = new LinkedHashMap<>(problems);
		if (form.dateUnreadable()) {
			shown.putIfAbsent("publishedOn", "Enter the date as YYYY-MM-DD, or leave it empty.");
		}
		model.addAttribute("page", pages.page("Edit " + onFile.title(), request));
		model.addAttribute("content", onFile);
		model.addAttribute("form", form);
		model.addAttribute("problems", shown);
		model.addAttribute("notice", notice);
		model.addAttribute("preview", publishing.previewHtml(form.bodyMd()));
		model.addAttribute("zone", zone.getId());
		return "publishing/editor";
	}

	private static void refuseUnreadableDate(ContentForm form) {
		if (form.dateUnreadable()) {
			throw new Publishing.InvalidVersion(Map.of("publishedOn", "Enter the date as YYYY-MM-DD, or leave it empty."));
		}
	}

	private EditableContent onFile(String kind, String slug) {
		return publishing.live(kind, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
