package vn.hocvuso.credential.provider;

import java.util.List;

/**
 * The answer to a bulk submission: totals, and every row in order with what became of it.
 *
 * @param accepted rows accepted (replays included)
 * @param rejected rows rejected
 * @param replayed accepted rows that were retries of earlier accepted ones
 * @param rows each row's answer
 */
record BulkAnswer(long accepted, long rejected, long replayed, List<BulkRowAnswer> rows) {

    static BulkAnswer of(List<BulkRowAnswer> rows) {
        long accepted =
                rows.stream().filter(row -> row.status().equals("accepted")).count();
        long replayed =
                rows.stream().filter(row -> Boolean.TRUE.equals(row.replayed())).count();
        return new BulkAnswer(accepted, rows.size() - accepted, replayed, rows);
    }
}
