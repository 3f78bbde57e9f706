/** Sends plain-text e-mail through SMTP, or writes it to the log when no SMTP server is configured (development). */
@org.springframework.modulith.ApplicationModule(displayName = "E-mail")
package org.ketamineclinic.mail;
