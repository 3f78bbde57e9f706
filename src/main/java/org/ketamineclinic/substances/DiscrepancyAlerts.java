package org.ketamineclinic.substances;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.mail.Mailer;
import org.ketamineclinic.mail.OutgoingMail;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails every active administrator about a count discrepancy, after the count is stored (the event publication
 * registry keeps the event until this ran). Only the clinic, the vial and the volumes: no patient is named in a mail.
 */
@Component
class DiscrepancyAlerts {

	private static final Logger log = LoggerFactory.getLogger(DiscrepancyAlerts.class);

	private final DiscrepancyStore discrepancies;

	private final StaffManagement staff;

	private final Locations locations;

	private final Mailer mailer;

	private final SiteSettings site;

	DiscrepancyAlerts(DiscrepancyStore discrepancies, StaffManagement staff, Locations locations, Mailer mailer,
			SiteSettings site) {
		this.discrepancies = discrepancies;
		this.staff = staff;
		this.locations = locations;
		this.mailer = mailer;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(CountDiscrepancyOpened event) {
		Discrepancy d = discrepancies.find(event.discrepancyId()).orElseThrow();
		String clinic = locations.bySlug(d.location()).map(Location::title).orElse(d.location());
		String counter = staff.names().getOrDefault(d.countedBy(), "staff member " + d.countedBy());
		String subject = "Controlled-substance count discrepancy at " + clinic;
		String body = """
				A daily count of ketamine did not match the book.

				Clinic: %s
				Vial: %d, lot %s
				Expected (book): %s mL
				Counted: %s mL
				Difference: %s mL
				Counted by: %s

				It stays open, and shows on the ledger's screens, until an administrator resolves it with an
				explanation:
				%s
				""".formatted(clinic, d.vialId(), d.lot(), d.expectedMl().toPlainString(), d.countedMl().toPlainString(),
				d.differenceMl().toPlainString(), counter,
				site.absolute("/staff/controlled-substances/discrepancies/" + d.id() + "/resolve"));
		for (StaffMember admin : staff.activeWith(StaffRole.ADMIN)) {
			try {
				mailer.send(new OutgoingMail(admin.email(), subject, body));
			}
			catch (Mailer.MailNotSent ex) {
				// The banner on every ledger screen still shows it; one unreachable inbox must not stop the others.
				log.warn("Discrepancy {} could not be e-mailed to administrator {}: {}", d.id(), admin.id(),
						ex.getMessage());
			}
		}
	}
}
