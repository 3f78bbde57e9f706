package org.ketamineclinic.psychotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.staff.StaffRole;

/** Who sees and writes a patient's therapy notes: the care team in a part their job allows, and prescribers. */
class NoteAccessTest {

	@Test
	void aPrescriberReadsEveryPatientsNotesAndMayAssignButWritesNone() {
		var prescriber = new NoteAccess(1, Set.of(StaffRole.PRESCRIBER), Set.of());

		assertThat(prescriber.mayRead()).isTrue();
		assertThat(prescriber.mayAssign()).isTrue();
		assertThat(prescriber.mayAddend()).isTrue();
		assertThat(prescriber.mayWrite()).isFalse();
	}

	@Test
	void aTherapistOffTheTeamSeesNothing() {
		var stranger = new NoteAccess(2, Set.of(StaffRole.THERAPIST), Set.of());

		assertThat(stranger.mayRead()).isFalse();
		assertThat(stranger.mayWrite()).isFalse();
		assertThat(stranger.mayAssign()).isFalse();
	}

	@Test
	void thePatientsTherapistWritesAndRevisesOnlyTheirOwnDrafts() {
		var therapist = new NoteAccess(3, Set.of(StaffRole.THERAPIST), Set.of(CareRole.THERAPIST));

		assertThat(therapist.mayRead()).isTrue();
		assertThat(therapist.mayWrite()).isTrue();
		assertThat(therapist.mayRevise(3)).isTrue();
		assertThat(therapist.mayRevise(4)).isFalse();
	}

	@Test
	void aNurseOnTheTeamReadsButDoesNotWrite() {
		var nurse = new NoteAccess(5, Set.of(StaffRole.NURSE), Set.of(CareRole.NURSE));

		assertThat(nurse.mayRead()).isTrue();
		assertThat(nurse.mayWrite()).isFalse();
		assertThat(nurse.mayAddend()).isFalse();
	}

	@Test
	void aPartStopsCountingWhenThePersonNoLongerHoldsTheJob() {
		// Assigned as therapist, but the account's THERAPIST role was since taken away.
		var former = new NoteAccess(6, Set.of(StaffRole.INTAKE), Set.of(CareRole.THERAPIST));

		assertThat(former.mayRead()).isFalse();
		assertThat(former.mayWrite()).isFalse();
	}

	@Test
	void aPartCanOnlyBeTakenBySomeoneHoldingItsJob() {
		assertThat(CareRole.THERAPIST.canBeTakenBy(Set.of(StaffRole.THERAPIST))).isTrue();
		assertThat(CareRole.THERAPIST.canBeTakenBy(Set.of(StaffRole.NURSE))).isFalse();
		assertThat(CareRole.NURSE.canBeTakenBy(Set.of(StaffRole.NURSE, StaffRole.INTAKE))).isTrue();
	}
}
