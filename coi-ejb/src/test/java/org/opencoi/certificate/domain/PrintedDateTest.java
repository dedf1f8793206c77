package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(textBlock = """
            01/15/2025, 2025-01-15
            12/31/2024, 2024-12-31
            1/5/25,     2025-01-05
            7/4/26,     2026-07-04
            03/01/99,   2099-03-01
            02/29/2024, 2024-02-29
            ' 06/30/2025 ', 2025-06-30
            06-30-2025, 2025-06-30
            """)
    void readsTheFormsDatesAndTheShortOnesAgentsType(String printed, LocalDate date) {
        ExtractedValue<LocalDate> read = PrintedDate.parse(printed);

        assertThat(read.value()).isEqualTo(date);
        assertThat(read.confidence()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "\"{0}\" is unreadable")
    @ValueSource(strings = {"N/A", "see attached", "13/01/2025", "02/30/2025", "2025-01-15", "1/5/2025x", "TBD",
            "01/15/225", "Until cancelled"})
    void refusesToGuessAtAnythingElse(String printed) {
        ExtractedValue<LocalDate> read = PrintedDate.parse(printed);

        assertThat(read.isPresent()).isFalse();
        assertThat(read.confidence()).isEqualTo(ExtractedValue.UNREADABLE_CONFIDENCE);
        assertThat(read.text()).isEqualTo(printed);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankIsMissing(String printed) {
        assertThat(PrintedDate.parse(printed)).isEqualTo(ExtractedValue.missing());
    }
}
