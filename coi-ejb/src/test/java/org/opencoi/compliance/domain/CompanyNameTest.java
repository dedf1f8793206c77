package org.opencoi.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNameTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OpenCOI Demo Corporation      | OpenCOI Demo Corporation        | true
            OpenCOI Demo Corporation      | OPENCOI DEMO CORP.              | true
            OpenCOI Demo Corporation      | opencoi demo                    | true
            OpenCOI Demo Co               | OpenCOI Demo, Inc.              | true
            Acme Electrical Contractors LLC | Acme Electrical Contractors, L.L.C. | true
            The Smith & Sons Company      | Smith and Sons                  | true
            O'Brien Roofing Inc           | OBrien Roofing                  | true
            OpenCOI Demo Corporation      | OpenCOI Holdings Corporation    | false
            OpenCOI Demo Corporation      | OpenCOI Demo Services Corp      | false
            Acme Inc                      | Acme Holdings Inc               | false
            Inc                           | Inc                             | true
            OpenCOI Demo Corporation      | ''                              | false
            ''                            | ''                              | false
            """)
    void matchesNamesThatDifferOnlyInCasePunctuationAndLegalForm(String one, String other, boolean same) {
        assertThat(CompanyName.of(one).matches(CompanyName.of(other))).isEqualTo(same);
        assertThat(CompanyName.of(other).matches(CompanyName.of(one))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''    | false
            '   ' | false
            '.,'  | false
            Acme  | true
            """)
    void aMissingOrBlankNameIsNotStated(String text, boolean stated) {
        assertThat(CompanyName.of(text).isStated()).isEqualTo(stated);
        assertThat(CompanyName.of(null).isStated()).isFalse();
    }
}
