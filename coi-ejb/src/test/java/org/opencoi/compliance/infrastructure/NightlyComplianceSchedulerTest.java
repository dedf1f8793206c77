package org.opencoi.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class NightlyComplianceSchedulerTest {

    @Test
    void theDefaultScheduleIsTwoInTheMorningEveryDayUtc() {
        ScheduleExpression e = NightlyComplianceScheduler.expression(NightlyComplianceScheduler.DEFAULT_SCHEDULE);

        assertThat(e.getSecond()).isEqualTo("0");
        assertThat(e.getMinute()).isEqualTo("0");
        assertThat(e.getHour()).isEqualTo("2");
        assertThat(e.getDayOfMonth()).isEqualTo("*");
        assertThat(e.getMonth()).isEqualTo("*");
        assertThat(e.getDayOfWeek()).isEqualTo("*");
        assertThat(e.getTimezone()).isEqualTo("UTC");
    }

    @Test
    void fiveFieldsAreMinuteHourDayOfMonthMonthDayOfWeek() {
        ScheduleExpression e = NightlyComplianceScheduler.expression(" 30  1 * * Mon-Fri ");

        assertThat(e.getMinute()).isEqualTo("30");
        assertThat(e.getHour()).isEqualTo("1");
        assertThat(e.getDayOfWeek()).isEqualTo("Mon-Fri");
    }

    @Test
    void aScheduleOfAnotherShapeIsRefusedWithTheExpectedShape() {
        assertThatIllegalArgumentException().isThrownBy(() -> NightlyComplianceScheduler.expression("0 2 * *"))
                .withMessageContaining("five fields");
    }
}
