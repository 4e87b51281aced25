package vn.hocvuso.nid.oidc;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token lifetimes, settings {@code nid.tokens.*}.
 *
 * @param authorizationCodeLifetime how long an authorization code may be redeemed (once)
 * @param accessTokenLifetime lifetime of the access token for the userinfo endpoint
 * @param idTokenLifetime lifetime of the ID token
 * @param clientAssertionMaxLifetime the longest a client assertion (RFC 7523) may live
 */
public record TokenProperties(
        @DefaultValue("60s") Duration authorizationCodeLifetime,
        @DefaultValue("5m") Duration accessTokenLifetime,
        @DefaultValue("5m") Duration idTokenLifetime,
        @DefaultValue("5m") Duration clientAssertionMaxLifetime) {}
