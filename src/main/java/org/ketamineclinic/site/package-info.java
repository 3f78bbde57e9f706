/**
 * The public pages people read, with their sitemap and structured data, built from content and locations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site")
package org.ketamineclinic.site;
