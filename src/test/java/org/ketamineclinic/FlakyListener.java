package org.ketamineclinic;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener that fails the first time it hears each poke, as one would while its database restarts: what the event
 * publication registry and its retries must survive.
 */
public class FlakyListener {

	/** A test-only event. */
	public record Poked(String id) {
	}

	private final java.util.Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();

	@ApplicationModuleListener
	void on(Poked poked) {
		if (calls.computeIfAbsent(poked.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
			throw new IllegalStateException("The first attempt fails (test)");
		}
	}

	public int calls(String id) {
		return calls.getOrDefault(id, new AtomicInteger()).get();
	}
}
