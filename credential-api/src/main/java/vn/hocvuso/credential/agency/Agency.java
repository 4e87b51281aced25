package vn.hocvuso.credential.agency;

import java.util.Objects;

/**
 * A registered agency making a request: its client id at auth-server and what it may state.
 *
 * @param id the client id (the access token's {@code client_id})
 * @param registration its entry in {@link AgencyProperties}
 */
public record Agency(String id, AgencyProperties.Agency registration) {

    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registration, "registration");
    }

    public boolean mayState(String purpose) {
        return registration.purposes().contains(purpose);
    }
}
