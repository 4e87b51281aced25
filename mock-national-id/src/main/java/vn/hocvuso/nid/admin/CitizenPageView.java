package vn.hocvuso.nid.admin;

import java.util.List;
import vn.hocvuso.nid.citizen.CitizenPage;

/** One page of {@code GET /admin/citizens}. */
record CitizenPageView(List<CitizenView> items, int page, int size, long totalItems, long totalPages) {

    static CitizenPageView of(CitizenPage page) {
        return new CitizenPageView(
                page.items().stream().map(CitizenView::of).toList(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages());
    }
}
