package org.ketamineclinic.substances;

import java.math.BigDecimal;

/**
 * A draw as recorded: its id (for administered and wasted entries) and what it left in the vial.
 *
 * @param drawId        the draw
 * @param vialId        the vial it came from
 * @param mg            drawn, in mg
 * @param ml            drawn, in mL (mg / the vial's concentration, to 0.01 mL)
 * @param vialBalanceMg left in the vial
 * @param vialBalanceMl left in the vial, in mL
 */
public record DrawRecorded(long drawId, long vialId, BigDecimal mg, BigDecimal ml, BigDecimal vialBalanceMg,
		BigDecimal vialBalanceMl) {
}
