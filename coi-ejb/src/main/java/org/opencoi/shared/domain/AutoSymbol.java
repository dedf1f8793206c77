package org.opencoi.shared.domain;

/** Which autos an automobile liability policy covers, as ticked on the certificate. */
public enum AutoSymbol {
    ANY, OWNED, HIRED, NON_OWNED, SCHEDULED
}
