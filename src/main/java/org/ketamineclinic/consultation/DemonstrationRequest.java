package org.ketamineclinic.consultation;

/**
 * An open request made by the demonstration data ({@link DemoRequests}), for other modules' demonstration data (the
 * calendars book some of these people). Never a real person: their e-mail domain cannot exist.
 *
 * @param id       the request's id
 * @param location the clinic they chose
 * @param program  the program they asked about
 */
public record DemonstrationRequest(long id, String location, ProgramInterest program) {
}
