package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtractedValueTest {

    private static final PageRegion CELL = new PageRegion(1, 400, 300, 60, 10);

    @Test
    void keepsWhereItWasReadThroughParsingAndTrust() {
        ExtractedValue<String> read = ExtractedValue.read("1000000", "1,000,000", 1.0).at(CELL);

        ExtractedValue<Integer> mapped = read.map(Integer::valueOf).readBy(ExtractionMethod.TEXT_LAYOUT);

        assertThat(mapped.value()).isEqualTo(1_000_000);
        assertThat(mapped.region()).contains(CELL);
        assertThat(mapped.confidence()).isEqualTo(ExtractionMethod.TEXT_LAYOUT.confidence());
    }

    @Test
    void anUnreadableValueKeepsItsPlaceForTheReviewerButAMissingOneHasNone() {
        assertThat(ExtractedValue.unreadable("see attached").at(CELL).region()).contains(CELL);
        assertThat(ExtractedValue.missing().at(CELL).region()).isEmpty();
    }

    @Test
    void joinsRegionsOnOnePageOnly() {
        PageRegion below = new PageRegion(1, 380, 320, 40, 10);

        assertThat(CELL.union(below)).isEqualTo(new PageRegion(1, 380, 300, 80, 30));
        assertThatThrownBy(() -> CELL.union(new PageRegion(2, 0, 0, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRegion(0, 0, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
