package org.opencoi.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over a service that answers one page of items at a time and how many there are in all: the table
 * asks for the page it shows and for the count, nothing more. The functions are kept with the view that holds the
 * table, so they are serialisable; they read the view's filters when they are called.
 */
public class ServerPagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Up to {@code size} items from the {@code first} on. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> items(int first, int size);
    }

    /** How many items there are in all. */
    @FunctionalInterface
    public interface Total extends Serializable {
        long count();
    }

    /** What tells one row from the others. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T item);
    }

    private final Page<T> page;
    private final Total total;
    private final Key<T> key;

    public ServerPagedModel(Page<T> page, Total total, Key<T> key) {
        this.page = page;
        this.total = total;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) total.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.items(first, pageSize);
    }

    @Override
    public String getRowKey(T item) {
        return String.valueOf(key.of(item));
    }
}
