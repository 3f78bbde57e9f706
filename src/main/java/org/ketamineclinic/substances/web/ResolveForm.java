package org.ketamineclinic.substances.web;

/**
 * An administrator's resolution as typed.
 *
 * @param explanation what happened (kept for good)
 * @param adjustBook  "yes" to move the book balance by the difference the count found
 */
public record ResolveForm(String explanation, String adjustBook) {

	boolean adjust() {
		return "yes".equals(adjustBook);
	}
}
