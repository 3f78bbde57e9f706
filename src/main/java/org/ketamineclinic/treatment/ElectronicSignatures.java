package org.ketamineclinic.treatment;

import java.util.Set;

import org.ketamineclinic.staff.StaffSignatures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Component;

/** Electronic signatures ({@link StaffSignatures}) for treatment records, refused as treatment forms refuse. */
@Component
class ElectronicSignatures {

	private final StaffSignatures signatures;

	ElectronicSignatures(StaffSignatures signatures) {
		this.signatures = signatures;
	}

	Signer sign(long staffId, String code, Set<StaffRole> roles, String field) {
		try {
			var signature = signatures.sign(staffId, code, roles, field);
			return new Signer(signature.id(), signature.name(), signature.at());
		}
		catch (StaffSignatures.Refused refused) {
			throw new TreatmentRefusal(refused.field(), refused.getMessage());
		}
	}
}
