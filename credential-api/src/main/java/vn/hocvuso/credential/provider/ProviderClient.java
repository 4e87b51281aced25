package vn.hocvuso.credential.provider;

import org.springframework.security.oauth2.jwt.Jwt;
import vn.hocvuso.credential.problem.ApiProblem;

/** The training provider behind an access token: its {@code client_id}, or {@code sub} for client credentials. */
final class ProviderClient {

    private ProviderClient() {}

    static String of(Jwt token) {
        String client = token.getClaimAsString("client_id");
        if (client == null) {
            client = token.getSubject(); // client_credentials tokens name the client as sub (contract)
        }
        if (client == null || !client.matches("[\\x21-\\x7e]{1,180}")) {
            throw new ApiProblem(
                    org.springframework.http.HttpStatus.FORBIDDEN,
                    "unidentified-client",
                    "Unidentified client",
                    "the access token names no usable client_id");
        }
        return client;
    }
}
