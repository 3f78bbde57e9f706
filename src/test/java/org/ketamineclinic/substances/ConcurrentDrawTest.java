package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two nurses drawing from the same vial at the same moment cannot take more than it holds between them. */
@ClinicIntegrationTest
class ConcurrentDrawTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	SubstanceLedger ledger;

	SubstanceFixtures fixtures;

	String clinic;

	@BeforeEach
	void aClinic() {
		clock.set(Instant.parse("2026-12-07T17:00:00Z"));
		fixtures = new SubstanceFixtures(context);
		clinic = fixtures.clinic();
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@RepeatedTest(3)
	void twoDrawsOfThreeHundredMgFromAFiveHundredMgVialLetExactlyOneThrough() throws Exception {
		long first = fixtures.staff().create("Nurse One", StaffRole.NURSE).id();
		long second = fixtures.staff().create("Nurse Two", StaffRole.NURSE).id();
		LocalDate today = LocalDate.of(2026, 12, 7);
		long vial = fixtures.receive(clinic, 1, "LOT-RACE", today.plusMonths(6), today, first).get(0);

		var start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (long nurse : new long[] { first, second }) {
				Callable<Boolean> draw = () -> {
					start.await();
					try {
						ledger.draw(vial, clinic, "IS-RACE-" + nurse, 42, new BigDecimal("300"), nurse);
						return true;
					}
					catch (SubstanceRefusal refused) {
						return false;
					}
				};
				results.add(threads.submit(draw));
			}
			start.countDown();
			int succeeded = 0;
			for (Future<Boolean> result : results) {
				succeeded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("200");
		assertThat(fixtures.movements(vial)).isEqualTo(2);
	}
}
