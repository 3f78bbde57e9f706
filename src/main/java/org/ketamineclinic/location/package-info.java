/**
 * The clinics people visit: addresses, phone numbers, opening hours and time zones, read through
 * {@link org.ketamineclinic.location.Locations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Locations")
package org.ketamineclinic.location;
