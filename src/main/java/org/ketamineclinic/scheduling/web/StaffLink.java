package org.ketamineclinic.scheduling.web;

/**
 * A colleague whose week can be opened.
 *
 * @param id   staff account id
 * @param name their name
 */
public record StaffLink(long id, String name) {
}
