package org.ketamineclinic.patient;

/**
 * An emergency contact or escort.
 *
 * @param phone E.164
 */
public record Contact(long id, ContactKind kind, String name, String relationship, String phone) {

	public String phoneNational() {
		return org.ketamineclinic.shared.PhoneNumber.parse(phone, "US")
			.map(org.ketamineclinic.shared.PhoneNumber::national)
			.orElse(phone);
	}

	@Override
	public String toString() {
		return "Contact[id=" + id + "]";
	}
}
