/**
 * Owns the public text of the site (conditions, evidence, programs, articles, testimonials, FAQ, steps, pages),
 * seeded from Markdown files and read through {@link org.ketamineclinic.content.ContentCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.ketamineclinic.content;
