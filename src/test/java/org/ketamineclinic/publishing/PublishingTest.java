package org.ketamineclinic.publishing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.content.ContentEditing;
import org.ketamineclinic.content.EditableContent;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** How editors change the public site: drafts stay private, publishing is immediate, nothing is ever lost. */
@ClinicIntegrationTest
class PublishingTest {

	private static final String EDIT = "/staff/content/faq/what-if-ketamine-does-not-work";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ContentEditing content;

	@Autowired
	Publishing publishing;

	@Autowired
	TestClock clock;

	private StaffFixtures.Staffer editor;

	private EditableContent original;

	@BeforeEach
	void editor() {
		editor = new StaffFixtures(context).create("Eddie Editor", StaffRole.CONTENT_EDITOR);
		original = content.load("faq", "what-if-ketamine-does-not-work").orElseThrow();
	}

	@AfterEach
	void putTheOriginalBack() {
		content.publish(original);
	}

	@Test
	void aDraftStaysOffTheSiteAndPublishingShowsItOnTheVeryNextRequest() throws Exception {
		send(edit("What if ketamine does not help me?", "draft")).getResponse();
		assertThat(publicFaq()).doesNotContain("What if ketamine does not help me?");
		assertThat(page(EDIT + "/history")).contains("draft");

		var published = send(edit("What if ketamine does not help me?", "publish")).getResponse();

		assertThat(published.getRedirectedUrl()).isEqualTo(EDIT + "/history");
		assertThat(publicFaq()).contains("What if ketamine does not help me?");
	}

	@Test
	void aVersionThatWouldBreakThePageIsRefusedAndWhatTheEditorTypedComesBack() throws Exception {
		var refused = send(post(EDIT).with(csrf()).param("title", "Still here").param("description", "d")
			.param("bodyMd", "My careful new paragraph").param("frontMatter", "{ not json").param("sortOrder", "1")
			.param("action", "publish")).getResponse();

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("not valid JSON", "My careful new paragraph", "{ not json");
		assertThat(publicFaq()).doesNotContain("Still here");
	}

	@Test
	void aTestimonialShownOnTheSiteNeedsTheDateItsAuthorConsented() {
		var testimonial = content.load("testimonial", "sydney-g").orElseThrow();
		var withoutDate = new EditableContent("testimonial", "sydney-g", testimonial.title(), testimonial.description(),
				"{\"consented\": true, \"displayName\": \"Sydney G\"}", testimonial.bodyMd(), null, 0);

		assertThat(content.problems(withoutDate)).containsKey("frontMatter");
		assertThat(content.problems(withoutDate).get("frontMatter")).contains("consent was recorded");
	}

	@Test
	void aScheduledVersionGoesLiveAtItsTimeAndNotBefore() throws Exception {
		var at = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(2)), ZoneId.of("America/Los_Angeles"))
			.withSecond(0).withNano(0);
		send(edit("Scheduled answer about non-response", "schedule").param("publishAt", at.toString()));

		publishing.publishDue();
		assertThat(publicFaq()).doesNotContain("Scheduled answer about non-response");

		clock.advance(Duration.ofHours(3));
		publishing.publishDue();
		assertThat(publicFaq()).contains("Scheduled answer about non-response");
	}

	@Test
	void anEarlierVersionIsComparedWithTheLivePageAndRestored() throws Exception {
		send(edit("First wording of the question", "publish"));
		long first = publishing.history("faq", "what-if-ketamine-does-not-work").get(0).id();
		send(edit("Second wording of the question", "publish"));

		assertThat(page("/staff/content/revisions/" + first)).contains("removed: ", "Second wording", "added: ",
				"First wording");
		assertThat(page(EDIT + "?revision=" + first)).contains("value=\"First wording of the question\"");
		send(edit("First wording of the question", "publish"));
		assertThat(publicFaq()).contains("First wording of the question").doesNotContain("Second wording");
	}

	@Test
	void aClinicsDetailsAreCheckedAndItsPageShowsTheEditAtOnce() throws Exception {
		var tacoma = publishing.live("location", "tacoma").orElseThrow();
		try {
			String badHours = tacoma.frontMatter().replaceFirst("\\[\\s*\"09:00\",\\s*\"17:00\"\\s*]",
					"[\"17:00\", \"09:00\"]");
			var refused = send(clinic(tacoma, badHours)).getResponse();
			assertThat(refused.getStatus()).isEqualTo(422);
			assertThat(refused.getContentAsString()).contains("must close after it opens");

			String newParking = tacoma.frontMatter().replaceFirst("\"parking\"\\s*:\\s*\"[^\"]*\"",
					"\"parking\": \"Park in the new garage on Pacific Avenue.\"");
			assertThat(send(clinic(tacoma, newParking)).getResponse().getStatus()).isEqualTo(302);
			assertThat(mvc.perform(get("/locations/tacoma")).andReturn().getResponse().getContentAsString())
				.contains("Park in the new garage on Pacific Avenue.");
		}
		finally {
			SecurityContextHolder.clearContext();
			context.getBean(org.ketamineclinic.location.LocationEditing.class).publish(tacoma);
		}
	}

	@Test
	void thePreviewShowsMarkupAsTextNeverAsScript() throws Exception {
		String preview = send(post("/staff/content/preview").with(csrf())
			.param("bodyMd", "**Bold** <script>alert('x')</script>")).getResponse().getContentAsString();

		assertThat(preview).contains("<strong>Bold</strong>").doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void anUploadedPhotoLosesItsHiddenDataAndNeedsAltText() throws Exception {
		byte[] photo = jpegWithExif("GPS 47.6101 N, camera serial 12345");
		var missingAlt = send(multipart("/staff/content/images").file(new MockMultipartFile("file", "p.jpg",
				"image/jpeg", photo)).with(csrf())).getFlashMap();
		assertThat(missingAlt.get("problem").toString()).contains("Describe the image");
		var notAnImage = send(multipart("/staff/content/images").file(new MockMultipartFile("file", "x.jpg",
				"image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8))).param("altText", "x").with(csrf()))
			.getFlashMap();
		assertThat(notAnImage.get("problem").toString()).contains("not a PNG, JPEG or GIF");

		var uploaded = send(multipart("/staff/content/images").file(new MockMultipartFile("file", "p.jpg",
				"image/jpeg", photo)).param("altText", "Reclining chair by a window").with(csrf())).getFlashMap();
		String snippet = uploaded.get("snippet").toString();
		assertThat(snippet).startsWith("![Reclining chair by a window](/media/");
		String path = snippet.substring(snippet.indexOf("(/media/") + 1, snippet.length() - 1);
		SecurityContextHolder.clearContext();
		var served = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(served.getContentType()).isEqualTo("image/jpeg");
		assertThat(served.getHeader("Cache-Control")).contains("immutable");
		assertThat(new String(served.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
			.doesNotContain("camera serial").doesNotContain("Exif");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.getContentAsByteArray())).getWidth()).isEqualTo(40);
	}

	private MockHttpServletRequestBuilder clinic(EditableContent clinic, String frontMatter) {
		return post("/staff/content/location/" + clinic.slug()).with(csrf()).param("title", clinic.title())
			.param("description", clinic.description()).param("bodyMd", clinic.bodyMd())
			.param("frontMatter", frontMatter).param("sortOrder", Integer.toString(clinic.sortOrder()))
			.param("action", "publish");
	}

	private MockHttpServletRequestBuilder edit(String title, String action) {
		return post(EDIT).with(csrf()).param("title", title).param("description", original.description())
			.param("bodyMd", original.bodyMd()).param("frontMatter", original.frontMatter())
			.param("sortOrder", Integer.toString(original.sortOrder())).param("action", action);
	}

	private org.springframework.test.web.servlet.MvcResult send(AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return mvc.perform(request.with(StaffFixtures.signedIn(editor))).andReturn();
	}

	private String page(String path) throws Exception {
		return send(get(path)).getResponse().getContentAsString();
	}

	private String publicFaq() throws Exception {
		return mvc.perform(get("/faq")).andReturn().getResponse().getContentAsString();
	}

	/** A small JPEG with an EXIF segment carrying {@code secret}, as a phone camera would write one. */
	private static byte[] jpegWithExif(String secret) throws Exception {
		var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
		var out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}
}
