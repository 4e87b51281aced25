package vn.hocvuso.credential.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * The answer for one row of a bulk submission.
 *
 * @param row the row's number, 1 for the first result
 * @param line the row's line in the body
 * @param status {@code accepted} or {@code rejected}
 * @param replayed for an accepted row: whether it had been accepted before under the same key
 * @param reason for a rejected row: the reason's slug (as in problem types)
 * @param detail for a rejected row: what was wrong
 * @param result for an accepted row: what was recorded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BulkRowAnswer(
        int row, int line, String status, Boolean replayed, String reason, String detail, JsonNode result) {

    static BulkRowAnswer accepted(BulkRow row, boolean replayed, JsonNode result) {
        return new BulkRowAnswer(row.row(), row.line(), "accepted", replayed, null, null, result);
    }

    static BulkRowAnswer rejected(BulkRow row, Rejection rejection) {
        return new BulkRowAnswer(
                row.row(), row.line(), "rejected", null, rejection.reason().slug(), rejection.detail(), null);
    }
}
