package org.opencoi.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in US dollars: a limit, a deductible, a profile's minimum. Two amounts are equal when they are the same
 * number of dollars, whatever scale they were written with ({@code 25000} and {@code 25000.00}).
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    /** The amount, or null when there is none, for values a certificate may leave unstated. */
    public static Money ofNullable(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }

    /** The amount as it was written, with its scale. */
    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * The amount as the screens, sentences and reports show it: in dollars with thousands separators, rounded to
     * the cent, with cents only when there are any: "$1,000,000", "$10,000,000.50", "-$2,500".
     */
    public String formatted() {
        if (amount.signum() < 0) {
            return "-" + new Money(amount.negate()).formatted();
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String dollars = rounded.toBigInteger().toString();
        StringBuilder text = new StringBuilder(dollars.length() + 8).append('$');
        int head = dollars.length() % 3 == 0 ? 3 : dollars.length() % 3;
        text.append(dollars, 0, head);
        for (int i = head; i < dollars.length(); i += 3) {
            text.append(',').append(dollars, i, i + 3);
        }
        int cents = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        if (cents != 0) {
            text.append('.').append(cents < 10 ? "0" : "").append(cents);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
