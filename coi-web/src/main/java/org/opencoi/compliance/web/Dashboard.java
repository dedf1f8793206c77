package org.opencoi.compliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import org.opencoi.compliance.application.ComplianceOverview;
import org.opencoi.compliance.application.ComplianceOverviewService;
import org.opencoi.shared.domain.ComplianceStatus;

/** The dashboard: where all vendors stand, what expires soon, what to chase and what waits for review. */
@Named
@RequestScoped
public class Dashboard {

    /** One colour per status, as the status texts are coloured on every screen. */
    private static final Map<ComplianceStatus, String> COLOURS = Map.of(
            ComplianceStatus.COMPLIANT, "#2f8132",
            ComplianceStatus.EXPIRING, "#b7791f",
            ComplianceStatus.NON_COMPLIANT, "#c53030",
            ComplianceStatus.PENDING_REVIEW, "#52606d",
            ComplianceStatus.NO_CERTIFICATE, "#9aa5b1");

    @Inject
    ComplianceOverviewService overviews;

    private ComplianceOverview overview;

    @PostConstruct
    void load() {
        overview = overviews.overview();
    }

    public ComplianceOverview getOverview() {
        return overview;
    }

    public ComplianceStatus[] getStatuses() {
        return ComplianceStatus.values();
    }

    /** The vendors by status as a Chart.js doughnut, the configuration PrimeFaces' chart takes. */
    public String getStatusChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ComplianceStatus status : ComplianceStatus.values()) {
            labels.add(status.name());
            counts.add(overview.vendorsByStatus().get(status));
            colours.add(COLOURS.get(status));
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", counts)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }
}
