package org.opencoi.sync.erp;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.Config;

/**
 * Picks up vendor CSV files (see {@link VendorCsv}) dropped into a directory and sends their rows through
 * the vendor-upsert route as the ERP's file drop. A file that was read moves to {@code done/} with a
 * report ({@code <name>.report.csv}: one line per row with its result, REJECTED rows included); a file
 * that could not be read at all (a header without the required columns) moves to {@code error/} with a
 * report naming why.
 */
public class VendorFileDropRoute extends RouteBuilder {

    public static final String ROUTE_ID = "vendor-file-drop";
    /** The setting naming the drop directory. */
    public static final String DIRECTORY_SETTING = "COI_SYNC_DROP_DIR";

    static final String DONE = "done";
    static final String ERROR = "error";
    private static final String ROWS = "coi.vendorRows";

    private final Path directory;
    private final FileDropSync sync;

    public VendorFileDropRoute(Path directory, FileDropSync sync) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    /**
     * The drop directory: the setting {@value #DIRECTORY_SETTING}, else coi/vendor-drop in the server's data directory;
     * none outside a server, where there is no file drop.
     */
    public static Optional<Path> configuredDirectory(Config config) {
        return config.getOptionalValue(DIRECTORY_SETTING, String.class).filter(directory -> !directory.isBlank())
                .map(Path::of)
                .or(() -> config.getOptionalValue("jboss.server.data.dir", String.class)
                        .map(data -> Path.of(data, "coi", "vendor-drop")));
    }

    @Override
    public void configure() {
        // readLock=changed: an ERP copying a big file over a share is read only once the file stops growing.
        from("file:" + directory + "?charset=utf-8&antInclude=*.csv&readLock=changed&readLockMinAge=1000"
                + "&move=" + DONE + "/${file:name}&moveFailed=" + ERROR + "/${file:name}")
                .routeId(ROUTE_ID)
                .doTry()
                    .process(this::readRows)
                    .bean(sync, "upsert")
                    .process(exchange -> exchange.getIn().setBody(VendorCsv.report(rows(exchange), resultsOf(exchange))))
                    .to(reportUri(DONE))
                .doCatch(Exception.class)
                    .process(exchange -> exchange.getIn().setBody(VendorCsv.failureReport(
                            exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage())))
                    .to(reportUri(ERROR))
                    // Thrown again so that the file consumer moves the file to error/ rather than done/.
                    .process(exchange -> {
                        throw exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    })
                .end();
    }

    private void readRows(Exchange exchange) {
        List<VendorCsv.Row> rows = VendorCsv.read(new StringReader(exchange.getIn().getBody(String.class)));
        exchange.setProperty(ROWS, rows);
        exchange.getIn().setBody(rows);
    }

    @SuppressWarnings("unchecked")
    private static List<VendorCsv.Row> rows(Exchange exchange) {
        return exchange.getProperty(ROWS, List.class);
    }

    @SuppressWarnings("unchecked")
    private static List<org.opencoi.sync.application.SyncResult> resultsOf(Exchange exchange) {
        return exchange.getIn().getBody(List.class);
    }

    private String reportUri(String subdirectory) {
        return "file:" + directory.resolve(subdirectory) + "?charset=utf-8&fileName=${file:onlyname.noext}.report.csv";
    }
}
