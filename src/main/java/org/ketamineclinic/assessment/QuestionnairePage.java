package org.ketamineclinic.assessment;

import java.util.List;

/**
 * What a questionnaire link shows: the instruments to answer, or why it cannot be answered any more.
 *
 * @param usable   not answered, not expired
 * @param answered the answers were sent through this link
 */
public record QuestionnairePage(List<Instrument> instruments, boolean usable, boolean answered) {
}
