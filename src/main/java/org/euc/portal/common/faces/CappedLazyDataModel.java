package org.euc.portal.common.faces;

import java.util.Map;
import org.euc.portal.common.persistence.CappedCount;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;

/**
 * A lazy table whose total is a {@link CappedCount}: the page shows "more than 10,000" instead of
 * the total once the count stopped there ({@code #{view.rows.countCapped ? cappedCount.text : '{totalRecords}'}}).
 */
public abstract class CappedLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private long counted;

    /** The rows the filter matches, counted as {@link CappedCount#of} does. */
    protected abstract long cappedCount();

    @Override
    public final int count(Map<String, FilterMeta> filterBy) {
        counted = cappedCount();
        return (int) counted;
    }

    public boolean isCountCapped() {
        return CappedCount.capped(counted);
    }
}
