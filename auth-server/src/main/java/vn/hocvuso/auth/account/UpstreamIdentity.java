package vn.hocvuso.auth.account;

import java.util.Objects;

/**
 * Who a citizen is at the upstream provider: its issuer and its {@code sub}. The only key an
 * account is ever linked on (never a name, never the ID number).
 */
public record UpstreamIdentity(String issuer, String subject) {

    public UpstreamIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
    }
}
