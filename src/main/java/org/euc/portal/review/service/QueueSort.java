package org.euc.portal.review.service;

/** The queue's sortable columns, mapped to fixed query expressions (never text from a request). */
public enum QueueSort {
    WAITING("c.waitingSince"),
    REFERENCE("c.reference"),
    STATUS("c.status"),
    AGENCY("a.code"),
    ASSIGNEE("c.assignee");

    private final String expression;

    QueueSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    /** A table column's sort field; anything unknown sorts by time waiting. */
    public static QueueSort ofField(String field) {
        return switch (field == null ? "" : field) {
            case "reference" -> REFERENCE;
            case "status" -> STATUS;
            case "agencyCode" -> AGENCY;
            case "assignee" -> ASSIGNEE;
            default -> WAITING;
        };
    }
}
