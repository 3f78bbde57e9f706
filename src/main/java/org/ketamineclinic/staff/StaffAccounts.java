package org.ketamineclinic.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored staff accounts. */
interface StaffAccounts extends ListCrudRepository<StaffAccount, Long> {

	@Query("select * from staff_account where lower(email) = lower(:email)")
	Optional<StaffAccount> findByEmail(String email);

	@Query("select count(*) > 0 from staff_account where status = 'ACTIVE' and (',' || roles || ',') like '%,ADMIN,%'")
	boolean anActiveAdminExists();

	@Query("select * from staff_account order by status, lower(display_name)")
	List<StaffAccount> findAllInOrder();
}
