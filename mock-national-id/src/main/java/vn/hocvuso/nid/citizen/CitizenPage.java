package vn.hocvuso.nid.citizen;

import java.util.List;

/** One page of the registry, in registration order. */
public record CitizenPage(List<Citizen> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;

    public CitizenPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
