package org.ketamineclinic.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.content.ContentEditing;
import org.ketamineclinic.content.EditableContent;
import org.ketamineclinic.location.LocationEditing;
import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publishing module's API: save a draft, publish now, schedule for later, and restore an old version. Every
 * save is a new revision, so nothing an editor wrote is ever overwritten; every publication is in the audit trail.
 */
@Service
public class Publishing {

	private static final Logger log = LoggerFactory.getLogger(Publishing.class);

	private final ContentEditing content;

	private final LocationEditing locations;

	private final Revisions revisions;

	private final Auditor auditor;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Publishing(ContentEditing content, LocationEditing locations, Revisions revisions, Auditor auditor,
			TransactionTemplate transactions, Clock clock) {
		this.content = content;
		this.locations = locations;
		this.revisions = revisions;
		this.auditor = auditor;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** What is wrong with this version; empty when it may be published. */
	public Map<String, String> problems(EditableContent version) {
		return isLocation(version) ? locations.problems(version) : content.problems(version);
	}

	/** The live version of a piece of content or a clinic, as the editor starts from it. */
	public Optional<EditableContent> live(String kind, String slug) {
		return LocationEditing.KIND.equals(kind) ? locations.load(slug) : content.load(kind, slug);
	}

	public String previewHtml(String bodyMd) {
		return content.previewHtml(bodyMd);
	}

	@Transactional
	public long saveDraft(EditableContent version) {
		return revisions.save(version, RevisionState.DRAFT, null, clock.instant(), me(), null);
	}

	/** Puts this version on the site now; refused (nothing saved) when it has problems. */
	@Transactional
	public long publishNow(EditableContent version) {
		refuseIfInvalid(version);
		Instant now = clock.instant();
		revisions.withdrawScheduled(version.kind(), version.slug());
		long id = revisions.save(version, RevisionState.PUBLISHED, null, now, me(), now);
		publishLive(version);
		auditor.record(AuditAction.UPDATE, "content", version.kind() + "/" + version.slug(), "site-content");
		return id;
	}

	/** Puts this version on the site at {@code at}; an earlier schedule for the same content is withdrawn. */
	@Transactional
	public long schedule(EditableContent version, Instant at) {
		refuseIfInvalid(version);
		if (!at.isAfter(clock.instant())) {
			throw new InvalidVersion(Map.of("publishAt", "Choose a time in the future, or publish now."));
		}
		revisions.withdrawScheduled(version.kind(), version.slug());
		return revisions.save(version, RevisionState.SCHEDULED, at, clock.instant(), me(), null);
	}

	public List<Revision> history(String kind, String slug) {
		return revisions.of(kind, slug);
	}

	public Optional<Revision> revision(long id) {
		return revisions.find(id);
	}

	/** Publishes what is due; runs on every instance, and each due version is taken by one of them. */
	@Scheduled(fixedDelayString = "${clinic.publishing.check-every:PT30S}")
	public void publishDue() {
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			for (Revision due : revisions.due(now)) {
				if (problems(due.content()).isEmpty()) {
					publishLive(due.content());
					revisions.markPublished(due.id(), now);
					log.info("Scheduled revision {} of {}/{} published", due.id(), due.content().kind(),
							due.content().slug());
				}
				else {
					log.warn("Scheduled revision {} of {}/{} no longer valid; left unpublished", due.id(),
							due.content().kind(), due.content().slug());
				}
			}
		});
	}

	private void publishLive(EditableContent version) {
		if (isLocation(version)) {
			locations.publish(version);
		}
		else {
			content.publish(version);
		}
	}

	private static boolean isLocation(EditableContent version) {
		return LocationEditing.KIND.equals(version.kind());
	}

	private void refuseIfInvalid(EditableContent version) {
		var problems = problems(version);
		if (!problems.isEmpty()) {
			throw new InvalidVersion(problems);
		}
	}

	private static long me() {
		return StaffPrincipal.current().map(StaffPrincipal::id)
			.orElseThrow(() -> new IllegalStateException("Publishing needs a signed-in editor"));
	}

	/** The version cannot be published as it is: {@link #problems()} says why, by field. */
	public static class InvalidVersion extends RuntimeException {

		private final Map<String, String> problems;

		public InvalidVersion(Map<String, String> problems) {
			super("The version cannot be published: " + problems.keySet());
			this.problems = Map.copyOf(problems);
		}

		public Map<String, String> problems() {
			return problems;
		}
	}
}
