package vn.hocvuso.credential.audit;

import java.util.List;

/** One page of the entries about one citizen, newest first, and where it sits among all of them. */
public record AccessLogPage(List<AccessEvent> entries, int page, int size, long total) {

    public AccessLogPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
