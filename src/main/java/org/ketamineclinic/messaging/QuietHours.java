package org.ketamineclinic.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the day when non-urgent texts may go out, in the recipient's local time: from {@code start} (inclusive)
 * until {@code end} (exclusive). A text due outside it is deferred to the next {@code start}, never dropped
 * (DOMAIN.md §6). All arithmetic goes through {@link ZonedDateTime}, so "08:00" is 08:00 on the wall clock on
 * daylight-saving days too.
 *
 * @param start first local time a text may be sent
 * @param end   local time from which texts must wait for the next day
 */
public record QuietHours(LocalTime start, LocalTime end) {

	/** 08:00 to 21:00, the rule in DOMAIN.md §6. */
	public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(8, 0), LocalTime.of(21, 0));

	private static final Pattern US_E164 = Pattern.compile("\\+1([2-9]\\d\\d)[2-9]\\d{6}");

	private static final Map<String, ZoneId> ZONE_BY_AREA_CODE = byAreaCode(Map.of(
			// WA; OR (Malheur County is on Mountain time); CA; NV
			"America/Los_Angeles", "206 253 360 425 509 564  458 503 541 971"
					+ "  209 213 279 310 323 341 350 357 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661"
					+ " 669 707 714 738 747 760 805 818 820 831 840 858 909 916 925 949 951  702 725 775",
			// AZ keeps MST all year (the Navajo Nation observes DST: not told apart by area code)
			"America/Phoenix", "480 520 602 623 928",
			// ID: southern Idaho; the panhandle (Coeur d'Alene) is on Pacific time
			"America/Boise", "208 986",
			// MT; CO; UT; NM; WY; TX: El Paso
			"America/Denver", "406  303 719 720 748 970 983  385 435 801  505 575  307  915",
			// TX; IL; MN; WI; IA; MO; AR; LA; MS; AL; OK; KS; NE; SD; ND (majority zone where a state is split);
			// TN: middle and west; KY: west; IN: Gary; FL: panhandle (850/448, mostly Central: Pensacola, Panama City)
			"America/Chicago", "210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832"
					+ " 903 936 940 945 956 972 979  217 224 309 312 331 447 464 618 630 708 730 773 779 815 847"
					+ " 861 872  218 320 507 612 651 763 924 952  262 274 353 414 534 608 715 920  319 515 563 641"
					+ " 712  235 314 417 557 573 636 660 816 975  327 479 501 870  225 318 337 504 985  228 601 662"
					+ " 769  205 251 256 334 659 938  405 539 572 580 918  316 620 785 913  308 402 531  605  701"
					+ "  615 629 731 901 931  270 364  219  448 850",
			// NY; NJ; MA; FL; GA; CT; RI; NH; VT; ME; PA; DE; MD; DC; VA; WV; NC; SC; OH; MI; IN; KY: east; TN: east
			"America/New_York", "212 315 329 332 347 363 516 518 585 607 631 646 680 716 718 838 845 914 917 929"
					+ " 934  201 551 609 640 732 848 856 862 908 973  339 351 413 508 617 774 781 857 978  239 305"
					+ " 321 324 352 386 407 561 645 656 689 727 728 754 772 786 813 863 904 941 954  229 404 470 478"
					+ " 678 706 762 770 912 943  203 475 860 959  401  603  802  207  215 223 267 272 412 445 484 570"
					+ " 582 610 717 724 814 835 878  302  227 240 301 410 443 667  202 771  276 434 540 571 686 703"
					+ " 757 804 826 948  304 681  252 336 472 704 743 828 910 919 980 984  803 821 839 843 854 864"
					+ "  216 220 234 283 326 330 380 419 440 513 567 614 740 937  231 248 269 313 517 586 616 679"
					+ " 734 810 906 947 989  260 317 463 574 765 812 930  502 606 859  423 865",
			"America/Anchorage", "907",
			"Pacific/Honolulu", "808"));

	/**
	 * @throws IllegalArgumentException unless {@code start} is before {@code end} (a window across midnight is not
	 *                                  supported: nobody wants texts at night)
	 */
	public QuietHours {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("start " + start + " must be before end " + end);
		}
	}

	/**
	 * Whether a text may be sent at this instant to someone living in {@code zone}.
	 *
	 * @param when the moment of sending
	 * @param zone the recipient's time zone
	 * @return true from {@code start} until just before {@code end}, local time
	 */
	public boolean allows(Instant when, ZoneId zone) {
		LocalTime local = when.atZone(zone).toLocalTime();
		return !local.isBefore(start) && local.isBefore(end);
	}

	/**
	 * The earliest instant, not before {@code when}, at which a text may be sent to someone living in {@code zone}.
	 *
	 * @param when the moment the text became due
	 * @param zone the recipient's time zone
	 * @return {@code when} itself if allowed; else today's {@code start} if it is still early, tomorrow's if late
	 */
	public Instant nextAllowed(Instant when, ZoneId zone) {
		if (allows(when, zone)) {
			return when;
		}
		ZonedDateTime local = when.atZone(zone);
		LocalDate day = local.toLocalTime().isBefore(start) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
		// Adding hours to the instant would be off by one on daylight-saving nights; a local date and time is not.
		return ZonedDateTime.of(day, start, zone).toInstant();
	}

	/**
	 * The time zone of a US number's area code, for the continental US, Alaska and Hawaii. Where a state or area code
	 * spans two zones it gives the zone of most of its people, and a number may have moved with its owner: prefer the
	 * zone of the recipient's clinic location when there is one.
	 *
	 * @param e164 a number in E.164 form, such as {@code +12065550123}; may be null
	 * @return the zone, or empty for a malformed, non-US (Canada, Caribbean) or non-geographic (toll-free) number
	 */
	public static Optional<ZoneId> zoneForUsNumber(String e164) {
		if (e164 == null) {
			return Optional.empty();
		}
		Matcher number = US_E164.matcher(e164);
		return number.matches() ? Optional.ofNullable(ZONE_BY_AREA_CODE.get(number.group(1))) : Optional.empty();
	}

	private static Map<String, ZoneId> byAreaCode(Map<String, String> areaCodesByZone) {
		Map<String, ZoneId> zones = new HashMap<>();
		areaCodesByZone.forEach((zone, codes) -> {
			for (String code : codes.trim().split("\\s+")) {
				if (zones.put(code, ZoneId.of(zone)) != null) {
					throw new IllegalStateException("Area code " + code + " is listed twice");
				}
			}
		});
		return Map.copyOf(zones);
	}
}
