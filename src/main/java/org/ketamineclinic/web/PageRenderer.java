package org.ketamineclinic.web;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.stereotype.Component;

/** Renders a JTE template to a string, for pages that are cached as bytes rather than streamed. */
@Component
public class PageRenderer {

	private final TemplateEngine templates;

	PageRenderer(TemplateEngine templates) {
		this.templates = templates;
	}

	public String render(String template, Map<String, Object> params) {
		var output = new StringOutput(32 * 1024);
		templates.render(template + ".jte", params, output);
		return output.toString();
	}
}
