package org.ketamineclinic.staff;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A person's browser for MockMvc: it keeps the staff session cookie from one request to the next. */
final class StaffBrowser {

	private final MockMvc mvc;

	private Cookie session;

	StaffBrowser(MockMvc mvc) {
		this.mvc = mvc;
	}

	MockHttpServletResponse get(String path) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
	}

	MockHttpServletResponse post(String path, String... fields) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return perform(request);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		Cookie issued = response.getCookie(StaffConfiguration.SESSION_COOKIE);
		if (issued != null) {
			session = issued.getMaxAge() == 0 ? null : issued;
		}
		return response;
	}
}
