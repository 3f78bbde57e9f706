package org.ketamineclinic.consultation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.consultation.BestTime;
import org.ketamineclinic.consultation.Choice;
import org.ketamineclinic.consultation.ConsultationManagement;
import org.ketamineclinic.consultation.ConsultationSubmission;
import org.ketamineclinic.consultation.ContactMethod;
import org.ketamineclinic.consultation.FieldError;
import org.ketamineclinic.consultation.ProgramInterest;
import org.ketamineclinic.consultation.SubmissionResult;
import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.content.Page;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.web.ChromeFactory;
import org.ketamineclinic.web.CsrfRejection;
import org.ketamineclinic.web.DatabaseUnavailable;
import org.ketamineclinic.web.FormsKeepingInput;
import org.ketamineclinic.web.PageMetas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The "request your free consultation" form. The request is committed before the thank-you page is shown; the
 * thank-you page finds it through a signed cookie, so nothing about the person ever appears in a URL.
 */
@Controller
@RequestMapping("/consultation")
class ConsultationController implements FormsKeepingInput {

	static final String THANKS_COOKIE = "consultation_receipt";

	private static final Logger log = LoggerFactory.getLogger(ConsultationController.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE 'at' h:mm a", Locale.US);

	private final ConsultationManagement consultations;

	private final Locations locations;

	private final ContentCatalog content;

	private final ChromeFactory chrome;

	private final PageMetas metas;

	private final MessageSource messages;

	private final Clock clock;

	private volatile Page lastFormPage;

	ConsultationController(ConsultationManagement consultations, Locations locations, ContentCatalog content,
			ChromeFactory chrome, PageMetas metas, MessageSource messages, Clock clock) {
		this.consultations = consultations;
		this.locations = locations;
		this.content = content;
		this.chrome = chrome;
		this.metas = metas;
		this.messages = messages;
		this.clock = clock;
	}

	/** A form refused for its security token comes back here, to be shown again filled in. */
	@Override
	public Set<String> paths() {
		return Set.of("/consultation");
	}

	@GetMapping
	ModelAndView showForm(HttpServletRequest request, HttpServletResponse response) {
		var fresh = consultations.newForm();
		return form(ConsultationForm.empty(fresh.formToken(), fresh.submissionKey()), List.of(), request, response);
	}

	@PostMapping
	ModelAndView submitForm(ConsultationForm form, HttpServletRequest request, HttpServletResponse response) {
		if (CsrfRejection.rejected(request)) {
			// Refused for its security token: nothing is stored, but everything typed comes back to be sent again.
			var page = form(form, List.of(new FieldError("form", "form.expired")), request, response);
			page.setStatus(HttpStatus.FORBIDDEN);
			return page;
		}
		var submission = new ConsultationSubmission(form.firstName(), form.lastName(), form.phone(), form.email(),
				form.location(), form.program(), form.contactMethod(), form.bestTime(), form.message(),
				form.smsConsentGiven(), form.website(), form.formToken(), form.submissionKey(),
				request.getRemoteAddr(), request.getHeader("User-Agent"));
		SubmissionResult result;
		try {
			result = consultations.submit(submission);
		}
		catch (DataAccessException | TransactionException ex) {
			if (!DatabaseUnavailable.is(ex)) {
				throw ex;
			}
			// The database is away (restarting, failing over): keep every answer on the page and ask them to send
			// it again. Their one-time key makes that safe even when this attempt's commit did reach the database
			// before the connection broke.
			log.warn("Consultation request not stored, the database is unavailable: {}", ex.getClass().getSimpleName());
			var page = form(form, List.of(new FieldError("form", "form.unavailable")), request, response);
			page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "30");
			return page;
		}
		if (result instanceof SubmissionResult.Invalid invalid) {
			return form(form, invalid.errors(), request, response);
		}
		var receipt = ((SubmissionResult.Accepted) result).receipt();
		var cookie = ResponseCookie.from(THANKS_COOKIE, consultations.thanksCookie(receipt))
			.path("/consultation")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(Duration.ofHours(2))
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		// 303: the browser follows with a GET, and a refresh of the thank-you page never re-sends the form.
		var thanks = new RedirectView("/consultation/thanks");
		thanks.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(thanks);
	}

	@GetMapping("/thanks")
	ModelAndView showThanks(@CookieValue(name = THANKS_COOKIE, required = false) String receiptCookie,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		var receipt = consultations.receiptFor(receiptCookie);
		List<Location> clinics = receipt.flatMap(r -> locations.bySlug(r.preferredLocation()))
			.map(List::of)
			.orElseGet(locations::all);
		var view = new ThanksView(receipt.map(r -> r.referenceCode()).orElse(null),
				receipt.map(r -> r.askedToCall()).orElse(false), clinics,
				clinics.stream().map(this::nextContact).toList());
		var meta = metas
			.of("Thank you", "Your request for a free consultation has reached us.", "/consultation/thanks",
					PageMetas.trail("Request a free consultation", "/consultation", "Thank you", "/consultation/thanks"))
			.withCrisisBanner(true)
			.withoutIndexing();
		return new ModelAndView("consultation/thanks",
				Map.of("meta", meta, "chrome", chrome.chrome(), "thanks", view));
	}

	private String nextContact(Location clinic) {
		var now = clock.instant();
		if (clinic.isOpenAt(now)) {
			return "Our " + clinic.title() + " team is at work now and will call you shortly.";
		}
		return clinic.nextOpening(now)
			.map(ZonedDateTime::toLocalDateTime)
			.map(open -> "Our " + clinic.title() + " team is next in on " + WHEN.format(open) + " ("
					+ clinic.zone().getDisplayName(java.time.format.TextStyle.FULL, Locale.US) + ").")
			.orElse("");
	}

	private ModelAndView form(ConsultationForm form, List<FieldError> errors, HttpServletRequest request,
			HttpServletResponse response) {
		// Back and forward show this same page (same one-time key), so a re-sent form is recognised; but never
		// let a shared cache keep it.
		response.setHeader("Cache-Control", "private, no-cache");
		Page page = formPage(errors.stream().anyMatch(error -> error.code().equals("form.unavailable")));
		Map<String, String> messagesByField = new LinkedHashMap<>();
		for (FieldError error : errors) {
			// Only the "try again" message takes an argument: MessageFormat would eat the others' apostrophes.
			Object[] arguments = error.code().equals("form.unavailable")
					? new Object[] { chrome.chrome().settings().mainPhoneDisplay() } : null;
			messagesByField.putIfAbsent(error.field(),
					messages.getMessage("consultation.error." + error.code(), arguments, Locale.US));
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		var view = new FormView(form, messagesByField, locationOptions(), options(ProgramInterest.values()),
				options(ContactMethod.values()), options(BestTime.values()), consultations.smsDisclosure(),
				page.leadHtml(), csrf.getParameterName(), csrf.getToken());
		String title = errors.isEmpty() ? page.title() : "Error: " + page.title();
		var meta = metas.of(title, page.description(), "/consultation",
				PageMetas.trail(page.title(), "/consultation"));
		return new ModelAndView("consultation/form", Map.of("meta", meta, "chrome", chrome.chrome(), "view", view));
	}

	/**
	 * The form page's text, read fresh while the database answers; the last one read when it is known to be away
	 * (without waiting for it a second time), so that the form still comes back with every answer kept.
	 */
	private Page formPage(boolean databaseAway) {
		Page last = lastFormPage;
		if (databaseAway && last != null) {
			return last;
		}
		Page page = content.page("consultation").orElseThrow();
		lastFormPage = page;
		return page;
	}

	private List<FormView.Option> locationOptions() {
		List<FormView.Option> options = new ArrayList<>();
		locations.all().forEach(l -> options.add(new FormView.Option(l.slug(), l.title())));
		options.add(new FormView.Option("virtual", "Virtual (video or phone)"));
		return options;
	}

	private static List<FormView.Option> options(Choice[] choices) {
		return Arrays.stream(choices).map(c -> new FormView.Option(c.code(), c.label())).toList();
	}
}
