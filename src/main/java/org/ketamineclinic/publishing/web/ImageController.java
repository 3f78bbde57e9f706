package org.ketamineclinic.publishing.web;

import java.io.IOException;
import java.time.Duration;

import org.ketamineclinic.publishing.ContentImages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading images for content (editors), and serving them on the public site. */
@Controller
class ImageController {

	private final ContentImages images;

	ImageController(ContentImages images) {
		this.images = images;
	}

	@PostMapping("/staff/content/images")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String altText,
			RedirectAttributes redirect) throws IOException {
		try {
			long id = images.upload(file == null ? null : file.getBytes(), altText);
			redirect.addFlashAttribute("notice", "Image uploaded. Paste this into the text where it belongs:");
			redirect.addFlashAttribute("snippet", "![" + altText.strip().replace("]", "") + "](/media/" + id + ")");
		}
		catch (ContentImages.Refused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("altText", altText);
		}
		return "redirect:/staff/content";
	}

	/** Images never change (a new upload gets a new id), so browsers may keep them for a year. */
	@GetMapping("/media/{id}")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		return images.find(id)
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}
}
