package org.ketamineclinic.treatment.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.treatment.TreatmentRefusal;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape of every treatment form: do the work and go back to the page with a notice (PRG), or answer 422 with
 * the page again, the problems beside the fields and everything typed kept.
 */
final class Outcome {

	private Outcome() {
	}

	interface Page {

		String render(RefusedForm form);
	}

	static String of(String form, Runnable work, String done, String back, Page page, HttpServletRequest http,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			work.run();
		}
		catch (TreatmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page.render(RefusedForm.of(form, refused.problems(), http));
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:" + back;
	}

	static <T> String of(String form, Supplier<T> work, java.util.function.Function<T, String> back, String done,
			Page page, HttpServletRequest http, HttpServletResponse response, RedirectAttributes redirect) {
		T result;
		try {
			result = work.get();
		}
		catch (TreatmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page.render(RefusedForm.of(form, refused.problems(), http));
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:" + back.apply(result);
	}
}
