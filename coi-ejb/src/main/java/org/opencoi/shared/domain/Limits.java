package org.opencoi.shared.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The limits a policy states, or the minimums a profile sets: an amount per limit kind, each kind at most once, in
 * the kinds' declared order so that whatever is said about them comes out in a fixed order. A kind not held is not
 * stated. Two are equal when they hold the same kinds with equal amounts, whatever scale an amount was written with.
 */
public final class Limits {

    public static final Limits NONE = new Limits(new EnumMap<>(LimitKind.class));

    private final Map<LimitKind, Money> amounts;

    private Limits(EnumMap<LimitKind, Money> amounts) {
        this.amounts = Collections.unmodifiableMap(amounts);
    }

    public static Limits from(Map<LimitKind, Money> amounts) {
        return copied(amounts, Function.identity());
    }

    /** The limits of amounts as they are stored and sent, in dollars. */
    public static Limits fromAmounts(Map<LimitKind, BigDecimal> amounts) {
        return copied(amounts, Money::of);
    }

    private static <T> Limits copied(Map<LimitKind, T> amounts, Function<T, Money> money) {
        if (amounts.isEmpty()) {
            return NONE;
        }
        EnumMap<LimitKind, Money> copy = new EnumMap<>(LimitKind.class);
        amounts.forEach((kind, amount) -> copy.put(Objects.requireNonNull(kind, "kind"),
                money.apply(Objects.requireNonNull(amount, () -> "amount of " + kind))));
        return new Limits(copy);
    }

    /** The amount of the given kind; empty when it is not stated. */
    public Optional<Money> of(LimitKind kind) {
        return Optional.ofNullable(amounts.get(kind));
    }

    public boolean has(LimitKind kind) {
        return amounts.containsKey(kind);
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** The kinds held, in their declared order. */
    public Set<LimitKind> kinds() {
        return amounts.keySet();
    }

    /** Each kind with its amount, in the kinds' declared order. */
    public Set<Map.Entry<LimitKind, Money>> entries() {
        return amounts.entrySet();
    }

    public Stream<Map.Entry<LimitKind, Money>> stream() {
        return entries().stream();
    }

    /** The amounts in dollars as written, in the kinds' declared order, for storage and the boundaries. */
    public Map<LimitKind, BigDecimal> amounts() {
        EnumMap<LimitKind, BigDecimal> plain = new EnumMap<>(LimitKind.class);
        amounts.forEach((kind, amount) -> plain.put(kind, amount.amount()));
        return Collections.unmodifiableMap(plain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Limits limits && amounts.equals(limits.amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    @Override
    public String toString() {
        return amounts.toString();
    }
}
