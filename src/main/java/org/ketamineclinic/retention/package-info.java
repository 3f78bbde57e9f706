/**
 * Removes, once a day, what the clinic no longer has to keep: audit rows after six years, replaced consent records
 * five years after their replacement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.ketamineclinic.retention;
