/**
 * Provides the PostgreSQL connection: an external server when {@code CLINIC_DB_URL} is set, otherwise an embedded one;
 * and the reports' own read-only pool ({@link org.ketamineclinic.database.ReportsDatabase}), on a read replica when
 * {@code CLINIC_REPORTS_DB_URL} is set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.ketamineclinic.database;
