/**
 * The controlled-substance ledger for ketamine: vials received, drawn for sessions, administered and wasted, counted,
 * and reported.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Controlled substances")
package org.ketamineclinic.substances;
