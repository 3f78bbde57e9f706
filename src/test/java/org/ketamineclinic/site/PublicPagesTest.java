package org.ketamineclinic.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every public page is complete for people and for search engines, and is served fast and safely. */
@ClinicIntegrationTest
class PublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyPageInTheSitemapIsCompleteForPeopleAndSearchEngines() throws Exception {
		List<String> paths = sitemapPaths();
		assertThat(paths).contains("/", "/conditions/depression", "/programs", "/programs/iv-infusion-series",
				"/programs/ketamine-assisted-psychotherapy", "/what-to-expect", "/faq", "/articles",
				"/articles/ketamine-for-depression", "/locations", "/locations/seattle", "/locations/bellevue",
				"/locations/tacoma", "/consultation", "/privacy", "/sms-terms");
		Set<String> titles = new HashSet<>();
		Set<String> descriptions = new HashSet<>();
		for (String path : paths) {
			Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
			assertThat(page.select("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(page.select("h1")).as(path + " has one h1").hasSize(1);
			assertThat(page.title()).as(path).isNotBlank();
			assertThat(titles.add(page.title())).as(path + " title is unique: " + page.title()).isTrue();
			String description = page.select("meta[name=description]").attr("content");
			assertThat(description).as(path).isNotBlank();
			assertThat(descriptions.add(description)).as(path + " description is unique").isTrue();
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path)
				.isEqualTo("http://localhost:8080" + path);
			assertThat(page.select("meta[property=og:title]")).as(path).isNotEmpty();
			var jsonLd = page.select("script[type=application/ld+json]");
			assertThat(jsonLd).as(path + " has structured data").isNotEmpty();
			jsonLd.forEach(script -> assertThat(json.readTree(script.data()).path("@context").asString())
				.as(path).isEqualTo("https://schema.org"));
			assertThat(page.select("main h2").eachText()).as(path + " repeats a heading").doesNotHaveDuplicates();
			assertThat(page.select("main#main")).as(path).hasSize(1);
			assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
			assertThat(page.select("footer").text()).as(path).contains("988").contains("911");
			assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as(path + " inline script")
				.isEmpty();
			assertThat(page.select("[style]")).as(path + " inline style").isEmpty();
			assertThat(page.select("[src^=http], link[href^=http]:not([rel=canonical])")).as(path + " third party")
				.isEmpty();
		}
	}

	@Test
	void theDepressionPageShowsItsStudiesWithLevelAndMagnitudeInWords() throws Exception {
		Document page = page("/conditions/depression");
		assertThat(page.select(".crisis-banner").text()).contains("988").contains("911");
		var cards = page.select(".evidence-card");
		assertThat(cards).hasSizeGreaterThanOrEqualTo(7);
		cards.forEach(card -> {
			assertThat(card.select(".rating__name").eachText()).contains("Level of evidence", "Magnitude of effect");
			assertThat(card.select(".rating__words").eachText()).allSatisfy(words -> assertThat(words).isNotBlank());
			assertThat(card.select("meter")).hasSize(2);
			assertThat(card.select(".evidence-card__citation a[href^=https://doi.org/]")).hasSize(1);
		});
		assertThat(page.select(".testimonial").text()).contains("Sydney G").contains("Bellevue");
		var types = page.select("script[type=application/ld+json]").eachAttr("type");
		assertThat(page.html()).contains("\"MedicalWebPage\"").contains("\"BreadcrumbList\"");
		assertThat(types).isNotEmpty();
	}

	@Test
	void eachClinicIsDescribedAsAMedicalClinicWithItsHours() throws Exception {
		Document page = page("/locations/tacoma");
		var clinic = json.readTree(page.select("script[type=application/ld+json]").first().data());
		assertThat(clinic.path("@type").asString()).isEqualTo("MedicalClinic");
		assertThat(clinic.path("telephone").asString()).startsWith("+1253555");
		assertThat(clinic.path("openingHoursSpecification").size()).isGreaterThan(0);
		assertThat(page.select("a[href^=https://www.openstreetmap.org/]")).hasSize(1);
		assertThat(page.select("iframe")).isEmpty();
	}

	@Test
	void theFaqIsMarkedUpAsAnFaqPage() throws Exception {
		assertThat(page("/faq").html()).contains("\"FAQPage\"").contains("\"acceptedAnswer\"");
	}

	@Test
	void articlesArePaginatedNewestFirst() throws Exception {
		Document first = page("/articles");
		assertThat(first.select(".article-card")).hasSize(ArticleController.PAGE_SIZE);
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/articles?page=2");
		Document second = page("/articles?page=2");
		assertThat(second.select(".article-card")).isNotEmpty();
		assertThat(second.select(".pagination [aria-current=page]").text()).isEqualTo("Page 2");
		mvc.perform(get("/articles?page=99")).andExpect(status().isNotFound());
		mvc.perform(get("/articles?page=two")).andExpect(status().isNotFound());
	}

	@Test
	void anArticleIsMarkedUpAsAnArticleWithAuthorAndDate() throws Exception {
		Document page = page("/articles/good-candidate-for-ketamine");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.html()).contains("\"Article\"").contains("\"datePublished\"");
		assertThat(page.select(".article-meta").text()).contains("min read");
	}

	@Test
	void anUnknownPageGetsTheFriendly404WithTheWayBack() throws Exception {
		mvc.perform(get("/conditions/unknown")).andExpect(status().isNotFound());
		// MockMvc does not forward to the error page as the servlet container does: ask for it as the container would.
		String body = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(body);
		assertThat(page.select("h1").text()).isEqualTo("We can't find that page");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("a[href=/]")).isNotEmpty();
		assertThat(page.select("footer").text()).contains("988");
	}

	@Test
	void aPageIsAnsweredWithAnEtagAndA304WhenTheBrowserHasIt() throws Exception {
		var first = mvc.perform(get("/faq")).andExpect(status().isOk()).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).contains("no-cache");
		mvc.perform(get("/faq").header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	@Test
	void anEditInTheDatabaseReachesTheCachedPageWithinSeconds() throws Exception {
		String before = mvc.perform(get("/faq")).andReturn().getResponse().getHeader("ETag");
		jdbc.sql("update content_item set body_md = body_md || ' Edited by the clinic today.' "
				+ "where kind = 'faq' and slug = 'is-the-consultation-really-free'").update();

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			var response = mvc.perform(get("/faq")).andReturn().getResponse();
			assertThat(response.getContentAsString()).contains("Edited by the clinic today.");
			assertThat(response.getHeader("ETag")).isNotEqualTo(before);
		});
	}

	@Test
	void aPageIsSentPrecompressedToBrowsersThatAcceptGzip() throws Exception {
		var response = mvc.perform(get("/conditions/depression").header("Accept-Encoding", "gzip"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("Vary", "Accept-Encoding"))
			.andReturn()
			.getResponse();
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>Ketamine for depression</h1>");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/consultation", "/no-such-page", "/sitemap.xml")) {
			mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
						org.hamcrest.Matchers.containsString("script-src 'self'"),
						org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
						org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().exists("Permissions-Policy"));
		}
		mvc.perform(get("/").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
	}

	@Test
	void assetsAreFingerprintedAndCachedForAYear() throws Exception {
		String css = page("/").select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		mvc.perform(get(css))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")));
	}

	@Test
	void robotsPointAtTheSitemapAndOnlyHealthIsExposed() throws Exception {
		assertThat(mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString())
			.contains("Sitemap: http://localhost:8080/sitemap.xml");
		// The load balancer's probes are on the application's port; the actuator itself is on the management port.
		mvc.perform(get("/livez")).andExpect(status().isOk());
		mvc.perform(get("/readyz")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
		mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
		mvc.perform(get("/actuator/beans")).andExpect(status().is4xxClientError());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private List<String> sitemapPaths() throws Exception {
		String xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document sitemap = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
		List<String> paths = new ArrayList<>();
		sitemap.select("url").forEach(url -> {
			assertThat(url.select("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}");
			paths.add(url.select("loc").text().replace("http://localhost:8080", ""));
		});
		return paths;
	}
}
