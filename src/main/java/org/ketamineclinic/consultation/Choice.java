package org.ketamineclinic.consultation;

/** An answer offered on the form: a stable code stored and sent by the browser, and the words people read. */
public interface Choice {

	String code();

	String label();

	static <E extends Enum<E> & Choice> E byCode(Class<E> type, String code) {
		for (E value : type.getEnumConstants()) {
			if (value.code().equals(code)) {
				return value;
			}
		}
		return null;
	}
}
