package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencoi.certificate.domain.EndorsementWording.Statement;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;

class EndorsementWordingTest {

    private static final ExtractedValue<Boolean> TICKED = ExtractedValue.read(true, "X", 1.0);
    private static final ExtractedValue<Boolean> NOT_TICKED = ExtractedValue.read(false, "", 1.0);

    /** Each row: a description, the statement looked for, and the lines it must be stated on (none: not stated). */
    @ParameterizedTest(name = "{0} -> {1} on [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            Coverage is primary and non-contributory.                                      | PRIMARY_NON_CONTRIBUTORY | GL AUTO UMBRELLA EXCESS
            General liability is primary & noncontributory.                                | PRIMARY_NON_CONTRIBUTORY | GL
            GL and Auto are primary/non-contributory to any insurance of the holder.       | PRIMARY_NON_CONTRIBUTORY | GL AUTO
            Coverage applies on a primary and non contributory basis where required.       | PRIMARY_NON_CONTRIBUTORY | GL AUTO UMBRELLA EXCESS
            Umbrella follows form on a primary, non-contributory basis.                    | PRIMARY_NON_CONTRIBUTORY | UMBRELLA EXCESS
            Primary and non-contributory does not apply.                                   | PRIMARY_NON_CONTRIBUTORY |
            Primary and non-contributory wording not included.                             | PRIMARY_NON_CONTRIBUTORY |
            Additional insured on all lines excluding primary and non-contributory.        | PRIMARY_NON_CONTRIBUTORY |
            Primary coverage applies to the holder's losses.                               | PRIMARY_NON_CONTRIBUTORY |
            The certificate holder is named as additional insured.                         | ADDITIONAL_INSURED       | GL AUTO UMBRELLA EXCESS OTHER
            Owner and architect are named as additional insureds on the GL policy.         | ADDITIONAL_INSURED       | GL
            Additional insured status applies to general liability and auto.              | ADDITIONAL_INSURED       | GL AUTO
            The holder is an additional insured on workers compensation.                   | ADDITIONAL_INSURED       |
            Additional insured requested by the holder.                                    | ADDITIONAL_INSURED       |
            Additional insured does not apply to auto.                                     | ADDITIONAL_INSURED       |
            Waiver of subrogation applies.                                                 | WAIVER_OF_SUBROGATION    | GL AUTO UMBRELLA EXCESS WC EL OTHER
            Waiver of subrogation in favor of the holder on WC.                            | WAIVER_OF_SUBROGATION    | WC EL
            Waiver of subrogation not included.                                            | WAIVER_OF_SUBROGATION    |
            Waiver of subrogation applies except on workers' compensation.                 | WAIVER_OF_SUBROGATION    |
            Holder is named as additional insured on GL and waiver of subrogation applies on WC. | ADDITIONAL_INSURED | GL
            Holder is named as additional insured on GL and waiver of subrogation applies on WC. | WAIVER_OF_SUBROGATION | WC EL
            The holder is named as additional insured and primary & non-contributory on GL. | ADDITIONAL_INSURED     | GL
            The holder is named as additional insured and primary & non-contributory on GL. | PRIMARY_NON_CONTRIBUTORY | GL
            GL and auto are primary and non-contributory; waiver of subrogation applies on WC. | PRIMARY_NON_CONTRIBUTORY | GL AUTO
            """)
    void readsWhatTheWordingStatesAndOnWhichLines(String description, Statement statement, String lines) {
        EndorsementWording wording = EndorsementWording.read(ExtractedValue.read(description, description, 0.9));

        Set<CoverageType> stated = EnumSet.noneOf(CoverageType.class);
        for (CoverageType line : CoverageType.values()) {
            if (wording.stated(statement, line).isPresent()) {
                stated.add(line);
            }
        }
        assertThat(stated).isEqualTo(lines == null ? Set.of()
                : Arrays.stream(lines.split(" ")).map(CoverageType::valueOf).collect(Collectors.toSet()));
    }

    @Test
    void keepsTheStatingSentenceAsEvidence() {
        String description = "Job 12, Main St.\nGeneral liability is primary and non-contributory. Auto per policy.";

        ExtractedValue<Boolean> stated = EndorsementWording.read(ExtractedValue.read(description, description, 0.9))
                .stated(Statement.PRIMARY_NON_CONTRIBUTORY, CoverageType.GL);

        assertThat(stated.value()).isTrue();
        assertThat(stated.text()).isEqualTo("General liability is primary and non-contributory.");
        assertThat(stated.confidence()).isEqualTo(0.9);
    }

    @Test
    void addsWhatABoxLacksAndNeverUnticksABox() {
        String description = "Waiver of subrogation applies on GL.";
        EndorsementWording wording = EndorsementWording.read(ExtractedValue.read(description, description, 0.9));

        assertThat(wording.endorsements(CoverageType.GL, TICKED, NOT_TICKED))
                .isEqualTo(new Endorsements(true, true, false));
        assertThat(wording.endorsements(CoverageType.AUTO, TICKED, TICKED))
                .isEqualTo(new Endorsements(true, true, false));
        assertThat(wording.endorsements(CoverageType.AUTO, NOT_TICKED, ExtractedValue.missing()))
                .isEqualTo(Endorsements.NONE);
    }

    @Test
    void aMissingDescriptionStatesNothing() {
        assertThat(EndorsementWording.read(ExtractedValue.missing())
                .stated(Statement.ADDITIONAL_INSURED, CoverageType.GL).isPresent()).isFalse();
    }
}
