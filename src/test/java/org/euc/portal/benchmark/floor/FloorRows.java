package org.euc.portal.benchmark.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The floor page's only bean: twenty rows made in memory, no database, no login. What a bare JSF
 * page costs on this server is the yardstick the benchmark measures the portal's pages against.
 */
@Named
@RequestScoped
public class FloorRows {

    private String query = "";

    public List<Row> getRows() {
        return IntStream.rangeClosed(1, 20).mapToObj(i -> new Row("EUC-2026-" + String.format("%06d", i),
                "Agency " + i, i % 3 == 0 ? "APPROVED" : "SUBMITTED")).toList();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** One row of the table. */
    public record Row(String reference, String agency, String status) {
    }
}
