package org.opencoi.compliance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A company's name as a certificate or a profile states it, compared the way a reviewer would:
 * case, punctuation, "&amp;" versus "and", a leading "The" and trailing legal forms (Inc, LLC, Co,
 * Corp, Ltd, ...) make no difference, so "OpenCOI Demo Corp." matches "OPENCOI DEMO CORPORATION".
 * Any other difference in wording is a different company.
 */
public final class CompanyName {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "llc", "llp", "lllp", "lp", "pllc", "pc", "ltd", "limited",
            "co", "company", "corp", "corporation", "plc");

    private final String text;
    private final String key;

    private CompanyName(String text) {
        this.text = text;
        this.key = keyOf(text);
    }

    /** The name as stated; a missing or blank name is a name that matches nothing. */
    public static CompanyName of(String text) {
        return new CompanyName(text == null ? "" : text.strip());
    }

    public boolean isStated() {
        return !key.isEmpty();
    }

    /** Whether both names are stated and name the same company. */
    public boolean matches(CompanyName other) {
        return isStated() && key.equals(other.key);
    }

    /** The name as stated. */
    public String text() {
        return text;
    }

    private static String keyOf(String text) {
        List<String> words = words(text);
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** Lower-case words; periods and apostrophes join ("L.L.C." is "llc"), other punctuation separates. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c != '.' && c != '\'' && c != '\u2019') {
                endWord(word, words);
                if (c == '&') {
                    words.add("and");
                }
            }
        }
        endWord(word, words);
        return words;
    }

    private static void endWord(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompanyName name && text.equals(name.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
