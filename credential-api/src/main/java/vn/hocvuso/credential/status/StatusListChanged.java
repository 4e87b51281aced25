package vn.hocvuso.credential.status;

import java.net.URI;
import java.util.Objects;

/**
 * Published when an entry of a status list of this instance changed, inside the transaction of the
 * change: whoever caches the list (the verifier) can drop it once the change commits.
 *
 * @param uri the list's URI, as credentials name it
 */
public record StatusListChanged(URI uri) {

    public StatusListChanged {
        Objects.requireNonNull(uri, "uri");
    }
}
