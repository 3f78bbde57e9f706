/** Staff accounts, roles, sign-in with a second factor, and sessions. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package org.ketamineclinic.staff;
