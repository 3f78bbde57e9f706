/**
 * Value objects every module may use: phone numbers, e-mail addresses, person names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value objects")
package org.ketamineclinic.shared;
