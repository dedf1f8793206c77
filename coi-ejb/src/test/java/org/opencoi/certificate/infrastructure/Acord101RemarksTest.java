package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remarks of an ACORD 101 page, from its text runs. */
class Acord101RemarksTest {

    private final List<TextRun> page = new ArrayList<>();

    @Test
    void readsTheBodyBetweenTheHeadingAndTheFooterWithoutTheFormTitleLine() {
        heading();
        print("Policy number GL-1 is primary and", 40, 230);
        print("non-contributory.", 40, 240);
        print("Remarks continue from ACORD 101 page one.", 40, 250);
        footer();

        assertThat(Acord101Remarks.read(page))
                .contains("Policy number GL-1 is primary and non-contributory. Remarks continue from ACORD 101 page one.");
    }

    @Test
    void aPageWithoutTheSchedulesTitleOrItsFooterIsNoSchedule() {
        print("ADDITIONAL REMARKS SCHEDULE", 200, 70);
        print("Waiver of subrogation applies.", 40, 230);

        assertThat(Acord101Remarks.read(page)).isEmpty();
    }

    @Test
    void aBlankScheduleHasNoRemarks() {
        heading();
        footer();

        assertThat(Acord101Remarks.read(page)).isEmpty();
    }

    private void heading() {
        print("ADDITIONAL REMARKS SCHEDULE", 200, 70);
        print("POLICY NUMBER", 40, 120);
        print("ADDITIONAL REMARKS", 40, 175);
        print("FORM NUMBER:", 40, 200);
        print("25", 100, 200);
        print("FORM TITLE:", 130, 200);
        print("CERTIFICATE OF LIABILITY INSURANCE", 180, 200);
    }

    private void footer() {
        print("ACORD 101 (2008/01)", 40, 750);
        print("© 2008 ACORD CORPORATION. All rights reserved.", 300, 750);
        print("The ACORD name and logo are registered marks of ACORD", 180, 762);
    }

    private void print(String text, float left, float baseline) {
        page.add(new TextRun(text, left, left + text.length() * 4, baseline, 8, page.size()));
    }
}
