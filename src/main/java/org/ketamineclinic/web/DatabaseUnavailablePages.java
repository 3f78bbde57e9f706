package org.ketamineclinic.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is away, a page that needs it says so (503, "please try again in a moment", with Retry-After)
 * instead of a 500 that reads like a bug. Any other database failure is one, and goes on to the error page as such.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseUnavailablePages {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);

	private final ChromeFactory chrome;

	DatabaseUnavailablePages(ChromeFactory chrome) {
		this.chrome = chrome;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView unavailable(RuntimeException failure, HttpServletResponse response) {
		if (!DatabaseUnavailable.is(failure)) {
			throw failure;
		}
		log.warn("A page could not be served, the database is unavailable: {}", failure.getClass().getSimpleName());
		var view = ErrorView.of(HttpStatus.SERVICE_UNAVAILABLE);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Retry-After", "30");
		var meta = PageMeta.of(view.title(), view.message(), "/error").withoutIndexing();
		var page = new ModelAndView("web/error", Map.of("chrome", chrome.chrome(), "meta", meta, "error", view));
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}
}
