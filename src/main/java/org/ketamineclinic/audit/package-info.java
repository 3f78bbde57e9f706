/**
 * Keeps the append-only, hash-chained record of every access to personal data, read through
 * {@link org.ketamineclinic.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.ketamineclinic.audit;
