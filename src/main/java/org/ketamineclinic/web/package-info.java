/**
 * The frame every page shares: site settings, layout model, security headers, cached page delivery, error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.ketamineclinic.web;
