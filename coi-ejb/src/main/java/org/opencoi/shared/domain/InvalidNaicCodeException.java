package org.opencoi.shared.domain;

/** Text given as a NAIC code that is not five digits. */
public class InvalidNaicCodeException extends IllegalArgumentException {

    public InvalidNaicCodeException(String text) {
        super("a NAIC code is five digits, not " + (text == null ? "nothing" : "\"" + text + "\""));
    }
}
