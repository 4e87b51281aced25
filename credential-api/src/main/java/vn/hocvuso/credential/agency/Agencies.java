package vn.hocvuso.credential.agency;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.problem.ApiProblem;

/** Finds the registered agency an access token was issued to; any other client gets 403. */
@Component
public class Agencies {

    private final AgencyProperties properties;

    Agencies(AgencyProperties properties) {
        this.properties = properties;
    }

    /** The agency of a client-credentials token: its {@code client_id}, else its {@code sub} (RFC 9068 §2.2). */
    public Agency caller(Jwt token) {
        String clientId = token.getClaimAsString("client_id");
        if (clientId == null || clientId.isBlank()) {
            clientId = token.getSubject();
        }
        return byId(clientId);
    }

    public Agency byId(String clientId) {
        if (clientId == null) {
            throw unregistered();
        }
        String id = clientId;
        return properties
                .find(id)
                .map(registration -> new Agency(id, registration))
                .orElseThrow(Agencies::unregistered);
    }

    private static ApiProblem unregistered() {
        return new ApiProblem(
                HttpStatus.FORBIDDEN,
                "unregistered-agency",
                "Not a registered agency",
                "this client is not registered to query competency status");
    }
}
