package org.euc.portal.reports.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.faces.CountryNames;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.reports.service.DashboardFigures;
import org.euc.portal.reports.service.ReviewStatistics;

/**
 * The ministry's dashboard: the figures as numbers (the reference) and as Chart.js charts built
 * from the same figures, so a chart can never say something the numbers do not.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int COUNTRIES_CHARTED = 15;
    private static final String BLUE = "#1f3a5f";
    private static final String ORANGE = "#c0692b";

    @Inject
    ReviewStatistics statistics;

    @Inject
    PageMessages messages;

    @Inject
    CountryNames countryNames;

    private ReviewStatistics.Snapshot snapshot;

    @PostConstruct
    void load() {
        snapshot = statistics.recentFigures();
    }

    public void refresh() {
        snapshot = statistics.refreshedFigures();
    }

    public DashboardFigures getFigures() {
        return snapshot.figures();
    }

    /** When the figures shown were computed. */
    public Instant getAsOf() {
        return snapshot.asOf();
    }

    public List<Map.Entry<CertificateStatus, Long>> getStatusCounts() {
        return List.copyOf(getFigures().byStatus().entrySet());
    }

    public List<Map.Entry<FlagRule, Long>> getFlagCounts() {
        return List.copyOf(getFigures().openFlags().entrySet());
    }

    public String getStatusChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getFigures().byStatus().forEach((status, count) -> {
            labels.add(messages.text(status.labelKey()));
            data.add(count);
        });
        return bar(labels, data, messages.text("dashboard.byStatus"), BLUE, false);
    }

    public String getCountryChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getFigures().byCountry().stream().limit(COUNTRIES_CHARTED).forEach(country -> {
            labels.add(countryNames.of(country.code(), country.name()));
            data.add(country.certificates());
        });
        return bar(labels, data, messages.text("dashboard.byCountry"), BLUE, true);
    }

    public String getFlagChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getFigures().openFlags().forEach((rule, count) -> {
            labels.add(messages.text(rule.labelKey()));
            data.add(count);
        });
        return bar(labels, data, messages.text("dashboard.openFlags"), ORANGE, true);
    }

    public String getLedgerChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getFigures().ledgerEntries().forEach(month -> {
            labels.add(month.month());
            data.add(month.entries());
        });
        return bar(labels, data, messages.text("dashboard.ledgerPerMonth"), BLUE, false);
    }

    /** A Chart.js bar chart configuration: one series, whole-number axis, no legend. */
    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder data, String label, String colour, boolean horizontal) {
        String valueAxis = horizontal ? "x" : "y";
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", data).add("backgroundColor", colour))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add(valueAxis, Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
