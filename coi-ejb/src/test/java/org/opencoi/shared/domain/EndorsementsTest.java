package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndorsementsTest {

    @Test
    void noneShowsNoEndorsement() {
        assertThat(Endorsements.NONE).isEqualTo(new Endorsements(false, false, false));
        assertThat(Endorsements.NONE.additionalInsured() || Endorsements.NONE.waiverOfSubrogation()
                || Endorsements.NONE.primaryNonContributory()).isFalse();
    }

    @Test
    void eachEndorsementIsItsOwn() {
        assertThat(new Endorsements(true, false, false)).isNotEqualTo(new Endorsements(false, true, false))
                .isNotEqualTo(new Endorsements(false, false, true));
    }
}
