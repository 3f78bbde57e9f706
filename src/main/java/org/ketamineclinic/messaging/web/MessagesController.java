package org.ketamineclinic.messaging.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.messaging.MessagingProperties;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The care coordinators' view of messaging: texts from numbers no request knows, and the outbox (in development,
 * where no SMS provider is configured, the place to read what would have been sent, like a mail catcher).
 */
@Controller
class MessagesController {

	private final Messaging messaging;

	private final StaffPages pages;

	private final ZoneId zone;

	MessagesController(Messaging messaging, StaffPages pages, MessagingProperties properties) {
		this.messaging = messaging;
		this.pages = pages;
		this.zone = properties.defaultZone();
	}

	@GetMapping("/staff/messages")
	String show(HttpServletRequest request, Model model) {
		model.addAttribute("page", pages.page("Messages", request));
		model.addAttribute("unmatched", messaging.unmatched(50));
		model.addAttribute("outbox", messaging.recent(100));
		model.addAttribute("zone", zone);
		model.addAttribute("gateway", messaging.gatewayName());
		return "messaging/messages";
	}
}
