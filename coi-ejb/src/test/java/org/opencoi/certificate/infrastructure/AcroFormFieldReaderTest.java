package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.certificate.fixtures.Acord25Pdf;

class AcroFormFieldReaderTest {

    private final AcroFormFieldReader reader = new AcroFormFieldReader();

    @Test
    void readsFilledFieldsOfAFillableAcord25ByTheirNames() {
        byte[] pdf = Acord25Pdf.fillable()
                .with("NamedInsured_FullName_A", "Acme Electrical Contractors LLC")
                .with("CertificateHolder_FullName_A", "OpenCOI Demo Corporation")
                .with("GeneralLiability_OccurrenceIndicator_A", "Yes")
                .build();

        Map<String, String> fields = reader.read(pdf);

        assertThat(fields)
                .containsEntry("NamedInsured_FullName_A", "Acme Electrical Contractors LLC")
                .containsEntry("CertificateHolder_FullName_A", "OpenCOI Demo Corporation")
                .containsEntry("GeneralLiability_OccurrenceIndicator_A", "true")
                .containsEntry("GeneralLiability_ClaimsMadeIndicator_A", "false")
                .doesNotContainKey("Producer_FullName_A");
    }

    @Test
    void readsTheXfaHybridVariantByLeafName() {
        byte[] pdf = Acord25Pdf.xfaHybrid().with("NamedInsured_FullName_A", "Brightline Roofing Inc").build();

        assertThat(reader.read(pdf)).containsEntry("NamedInsured_FullName_A", "Brightline Roofing Inc");
    }

    @Test
    void leafNameDropsTheXfaQualifiers() {
        assertThat(AcroFormFieldReader.leafName("F[0].P1[0].Producer_FullName_A[0]")).isEqualTo("Producer_FullName_A");
        assertThat(AcroFormFieldReader.leafName("Producer_FullName_A")).isEqualTo("Producer_FullName_A");
    }

    @Test
    void refusesAFileThatIsNotAPdf() {
        assertThatThrownBy(() -> reader.read("hello, not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not a readable PDF");
    }
}
