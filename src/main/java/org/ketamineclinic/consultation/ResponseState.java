package org.ketamineclinic.consultation;

/**
 * How a request stands against the first-contact target, in words (the colour only repeats them).
 *
 * @param text  "Due in 35 min", "Overdue by 1 h 5 min", "Contacted in 20 min"
 * @param level "ok", "due" (soon) or "late", for the badge's style
 */
public record ResponseState(String text, String level) {
}
