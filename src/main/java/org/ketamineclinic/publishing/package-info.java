/** Editors draft, preview, schedule and publish site content and its images, keeping every version restorable. */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.ketamineclinic.publishing;
