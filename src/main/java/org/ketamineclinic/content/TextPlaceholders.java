package org.ketamineclinic.content;

import java.util.Map;

/**
 * Values for {@code {{name}}} placeholders in content, such as {@code brandName} or {@code mainPhone}. Provided by
 * the module that owns the site's settings, so content files never hard-code a clinic's name.
 */
@FunctionalInterface
public interface TextPlaceholders {

	Map<String, String> values();
}
