package org.opencoi.certificate.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The editions of the ACORD 25 in circulation, each told by the footer it prints ("ACORD 25
 * (2016/03)"), with the geometry it is read by. 2016/03 is measured from the blank form. 2014/01 and
 * 2010/05 print the same grid with a few labels reworded, and are read by the 2016/03 geometry,
 * which the fit to their matching labels places on the page. 2025/12 redraws the coverage grid, and
 * no blank of it has been measured: it is read by the printed labels, not by a geometry.
 */
enum Acord25Edition {

    EDITION_2010_05("2010/05", "2016-03"),
    EDITION_2014_01("2014/01", "2016-03"),
    EDITION_2016_03("2016/03", "2016-03"),
    EDITION_2025_12("2025/12", null);

    private final String printed;
    private final String geometryName;

    Acord25Edition(String printed, String geometryName) {
        this.printed = printed;
        this.geometryName = geometryName;
    }

    /** The edition as the footer prints it, e.g. "2016/03". */
    String printed() {
        return printed;
    }

    /** The edition whose footer is on the page, if any. */
    static Optional<Acord25Edition> of(List<TextRun> page) {
        return page.stream()
                .flatMap(run -> Stream.of(values()).filter(edition -> edition.isNamedBy(run)))
                .findFirst();
    }

    private boolean isNamedBy(TextRun run) {
        return run.key().contains(TextRun.keyOf("ACORD 25 (" + printed + ")"));
    }

    /** The geometry the edition is read by; none where it is read by its printed labels only. */
    Optional<Acord25Geometry> geometry() {
        return geometryName == null ? Optional.empty() : Optional.of(Acord25Geometry.named(geometryName));
    }
}
