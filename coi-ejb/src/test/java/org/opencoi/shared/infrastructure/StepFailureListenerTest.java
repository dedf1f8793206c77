package org.opencoi.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class StepFailureListenerTest {

    @Test
    void theExitStatusNamesTheInnermostCause() {
        Exception failure = new IllegalStateException("could not commit",
                new RuntimeException("could not execute batch", new SQLIntegrityConstraintViolationException(
                        "insert violates foreign key\n  constraint fk_nightly_decision")));

        assertThat(StepFailureListener.exitStatus(failure)).isEqualTo(
                "FAILED: SQLIntegrityConstraintViolationException: insert violates foreign key constraint fk_nightly_decision");
    }

    @Test
    void aCauseWithoutMessageIsNamedByItsClassAndALongOneIsCutToFit() {
        assertThat(StepFailureListener.exitStatus(new RuntimeException(new NullPointerException())))
                .isEqualTo("FAILED: java.lang.NullPointerException");
        String cut = StepFailureListener.exitStatus(new RuntimeException("x".repeat(2_000)));
        assertThat(cut).hasSize(StepFailureListener.MAX_LENGTH).startsWith("FAILED: RuntimeException: xxx").endsWith("…");
    }
}
