package vn.hocvuso.credential.provider;

import java.util.Optional;

/**
 * One row of a bulk submission: its number (1 for the first result) and line in the body, and
 * either the result it holds or why it could not be read.
 */
record BulkRow(int row, int line, Optional<SubmittedResult> result, Optional<Rejection> rejection) {}
