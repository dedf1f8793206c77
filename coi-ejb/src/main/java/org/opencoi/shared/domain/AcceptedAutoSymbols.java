package org.opencoi.shared.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The combinations of auto symbols a profile accepts on an automobile liability policy, e.g. ANY AUTO,
 * or HIRED and NON-OWNED autos together. A policy is accepted when its ticked symbols include every
 * symbol of at least one combination; a profile that names no combination accepts any policy.
 *
 * @param alternatives each an unmodifiable set of symbols that must all be ticked
 */
public record AcceptedAutoSymbols(List<Set<AutoSymbol>> alternatives) {

    public static final AcceptedAutoSymbols ANY_COMBINATION = new AcceptedAutoSymbols(List.of());

    public AcceptedAutoSymbols {
        List<Set<AutoSymbol>> copies = new ArrayList<>();
        for (Set<AutoSymbol> alternative : alternatives) {
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("an accepted combination of auto symbols must name one");
            }
            copies.add(Collections.unmodifiableSet(EnumSet.copyOf(alternative)));
        }
        alternatives = List.copyOf(copies);
    }

    /**
     * Reads the profile's notation: combinations separated by '|', symbols of one combination by '+',
     * e.g. "ANY|HIRED+NON_OWNED". Blank means any combination.
     */
    public static AcceptedAutoSymbols parse(String notation) {
        if (notation == null || notation.isBlank()) {
            return ANY_COMBINATION;
        }
        List<Set<AutoSymbol>> alternatives = new ArrayList<>();
        for (String alternative : notation.split("\\|")) {
            Set<AutoSymbol> symbols = EnumSet.noneOf(AutoSymbol.class);
            for (String symbol : alternative.split("\\+")) {
                symbols.add(AutoSymbol.valueOf(symbol.strip().toUpperCase(Locale.ROOT)));
            }
            alternatives.add(symbols);
        }
        return new AcceptedAutoSymbols(alternatives);
    }

    /** The combinations in the notation {@link #parse} reads, symbols in their declared order; empty for any. */
    public String notation() {
        List<String> written = new ArrayList<>();
        for (Set<AutoSymbol> alternative : alternatives) {
            written.add(String.join("+", alternative.stream().map(AutoSymbol::name).toList()));
        }
        return String.join("|", written);
    }

    public boolean accepts(Set<AutoSymbol> ticked) {
        if (alternatives.isEmpty()) {
            return true;
        }
        for (Set<AutoSymbol> alternative : alternatives) {
            if (ticked.containsAll(alternative)) {
                return true;
            }
        }
        return false;
    }
}
