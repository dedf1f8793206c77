package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencoi.shared.integration.CamelBootstrap;
import org.opencoi.shared.integration.CamelBootstrapFixture;
import org.opencoi.shared.integration.ErrorHandlingConfiguration;

/** The file drop on a real directory, through the real vendor-upsert route to a recording sync service. */
class VendorFileDropRouteTest extends CamelTestSupport {

    @TempDir
    Path drop;

    private final RecordingVendorSyncService recorded = new RecordingVendorSyncService();
    private CamelBootstrap upsert;

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        upsert = CamelBootstrapFixture.started(new InMemoryVendorService(), recorded);
        FileDropSync sync = new FileDropSync();
        sync.camel = upsert;
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(), new VendorFileDropRoute(drop, sync)};
    }

    @AfterEach
    void stopUpsert() {
        CamelBootstrapFixture.stop(upsert);
    }

    @Test
    void readFileMovesToDoneWithAReportOfEveryRow() throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(VendorFileDropRoute.ROUTE_ID).whenDone(1).create();

        dropFile("vendors.csv", "sourceSystem,externalId,version,name,contactEmail\n"
                + "SAP,V-1,1,Acme,ops@acme.example\nSAP,V-2,1,Bolt,not-an-address\nORACLE,V-3,1,Cask,\n");

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(drop.resolve("done/vendors.csv")).exists();
        assertThat(drop.resolve("vendors.csv")).doesNotExist();
        assertThat(Files.readAllLines(drop.resolve("done/vendors.report.csv"))).containsExactly(
                "line,sourceSystem,externalId,outcome,vendorId,reason",
                "2,SAP,V-1,CREATED,1,",
                "3,SAP,V-2,REJECTED,,contactEmail is not an e-mail address",
                "4,ORACLE,V-3,CREATED,2,");
        assertThat(recorded.batches).extracting(VendorBatch::sourceSystem).containsExactly("SAP", "ORACLE");
    }

    @Test
    void fileWithoutTheRequiredColumnsMovesToErrorWithTheReason() throws IOException {
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute(VendorFileDropRoute.ROUTE_ID).whenFailed(1).create();

        dropFile("broken.csv", "id,title\n1,Acme\n");

        assertThat(failed.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(drop.resolve("error/broken.csv")).exists();
        assertThat(Files.readString(drop.resolve("error/broken.report.csv"))).contains("sourceSystem, externalId, version, name");
        assertThat(recorded.batches).isEmpty();
    }

    /** Written beside and renamed in, as a well-behaved ERP does, so that no half-written file is seen. */
    private void dropFile(String name, String content) throws IOException {
        Path partial = Files.writeString(drop.resolve(name + ".part"), content, StandardCharsets.UTF_8);
        Files.move(partial, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
