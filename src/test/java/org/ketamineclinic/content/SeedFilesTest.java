package org.ketamineclinic.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SeedFilesTest {

	@Test
	void readsFrontMatterAndBody() {
		var file = SeedFiles.parse("articles/example.md", """
				---
				slug: example
				title: "An example: with a colon"
				published: 2025-05-01
				order: 3
				---
				Body **text**.
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(file.slug()).isEqualTo("example");
		assertThat(file.text("title")).isEqualTo("An example: with a colon");
		assertThat(file.text("published")).isEqualTo("2025-05-01");
		assertThat(file.number("order", 0)).isEqualTo(3);
		assertThat(file.body()).isEqualTo("Body **text**.");
		assertThat(file.checksum()).hasSize(64);
	}

	@Test
	void theChecksumChangesWithTheFile() {
		var one = SeedFiles.parse("pages/a.md", "---\ntitle: A\n---\nx".getBytes(StandardCharsets.UTF_8));
		var same = SeedFiles.parse("pages/a.md", "---\ntitle: A\n---\nx".getBytes(StandardCharsets.UTF_8));
		var edited = SeedFiles.parse("pages/a.md", "---\ntitle: A\n---\ny".getBytes(StandardCharsets.UTF_8));
		assertThat(one.checksum()).isEqualTo(same.checksum()).isNotEqualTo(edited.checksum());
	}

	@Test
	void aFileWithoutFrontMatterStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SeedFiles.parse("pages/bad.md", "# no front matter".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void everyShippedSeedFileParsesAndHasATitleAndDescription() {
		for (String folder : ContentSeeder.KINDS.keySet()) {
			for (SeedFile file : SeedFiles.in(folder)) {
				assertThat(file.text("title")).as(file.path()).isNotBlank();
				assertThat(file.text("description")).as(file.path()).isNotBlank();
			}
		}
		assertThat(SeedFiles.in("locations")).hasSize(3);
	}
}
