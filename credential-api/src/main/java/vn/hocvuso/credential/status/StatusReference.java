package vn.hocvuso.credential.status;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where a credential's status is: index {@code index} of the list at {@code uri}.
 *
 * @param listId the list's number
 * @param index the credential's index in it, random and unique
 * @param uri the list's URI, also the {@code sub} of its status list token
 */
public record StatusReference(long listId, int index, URI uri) {

    public StatusReference {
        Objects.requireNonNull(uri, "uri");
        if (index < 0) {
            throw new IllegalArgumentException("a status index is not negative");
        }
    }

    /** The referenced token's {@code status} claim (draft-ietf-oauth-status-list §6.1). */
    public Map<String, Object> claim() {
        return Map.of("status_list", Map.of("idx", index, "uri", uri.toString()));
    }
}
