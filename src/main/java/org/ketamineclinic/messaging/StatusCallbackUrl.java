package org.ketamineclinic.messaging;

/**
 * Where the SMS provider reports delivery: the public address of the status webhook, or null when the app has no
 * public address (development), in which case no reports are asked for.
 *
 * @param url the callback URL, or null
 */
record StatusCallbackUrl(String url) {
}
