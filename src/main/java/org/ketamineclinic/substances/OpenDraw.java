package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A draw not yet fully accounted for as administered or wasted.
 *
 * @param drawId           the draw
 * @param vialId           the vial it came from
 * @param sessionReference its session
 * @param patientId        its patient
 * @param drawnMg          drawn, mg
 * @param unaccountedMg    neither administered nor wasted yet, mg
 * @param drawnBy          who drew it
 * @param drawnAt          when
 */
public record OpenDraw(long drawId, long vialId, String sessionReference, long patientId, BigDecimal drawnMg,
		BigDecimal unaccountedMg, long drawnBy, Instant drawnAt) {
}
