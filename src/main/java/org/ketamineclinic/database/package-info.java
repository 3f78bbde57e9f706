/**
 * Provides the PostgreSQL connection: an external server when {@code CLINIC_DB_URL} is set, otherwise an embedded one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.ketamineclinic.database;
