package org.ketamineclinic.location;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The location module's API: the clinics, in the order the clinic lists them. {@link #revision()} moves on whenever a
 * clinic's details change, so pages built from them can be cached.
 */
@Service
public class Locations {

	private final LocationRows rows;

	private final AtomicLong revision = new AtomicLong(-1);

	/** The clinics change rarely and every page's footer lists them: keep them until the revision moves. */
	private volatile Snapshot snapshot = new Snapshot(-1, List.of());

	private record Snapshot(long revision, List<Location> locations) {
	}

	Locations(LocationRows rows) {
		this.rows = rows;
	}

	public List<Location> all() {
		long current = revision();
		Snapshot cached = snapshot;
		if (cached.revision() != current) {
			cached = new Snapshot(current, rows.all());
			snapshot = cached;
		}
		return cached.locations();
	}

	public Optional<Location> bySlug(String slug) {
		return all().stream().filter(l -> l.slug().equals(slug)).findFirst();
	}

	public long revision() {
		long current = revision.get();
		return current >= 0 ? current : refreshRevision();
	}

	@Scheduled(fixedDelayString = "${clinic.content.revision-poll:PT2S}")
	long refreshRevision() {
		long current = rows.revision();
		revision.set(current);
		return current;
	}
}
