package vn.hocvuso.auth.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serial;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A citizen logged in through the national identity: our internal account id and the facts of the
 * upstream login that travel into our tokens ({@code acr}, {@code amr}, {@code auth_time}). It
 * carries no personal data, because Spring Authorization Server stores the principal of every
 * authorization in the database; its name, the account id, is the principal name of consents and
 * authorizations.
 *
 * <p>Stored as JSON by the authorization service (the Jackson annotations say how), and in the
 * HTTP session by Java serialization.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CitizenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String acr;
    private final String amr;
    private final long authTime;

    /**
     * @param accountId the internal account id
     * @param acr the upstream's {@code acr}
     * @param amr the upstream's {@code amr} values, space-separated
     * @param authTime the upstream's {@code auth_time}, seconds since the epoch
     */
    @JsonCreator
    public CitizenAuthentication(
            @JsonProperty("accountId") String accountId,
            @JsonProperty("acr") String acr,
            @JsonProperty("amr") String amr,
            @JsonProperty("authTime") long authTime) {
        super(List.of(
                new SimpleGrantedAuthority("ROLE_CITIZEN"),
                // Spring Authorization Server reads auth_time from the newest factor authority.
                FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                        .issuedAt(Instant.ofEpochSecond(authTime))
                        .build()));
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.acr = Objects.requireNonNull(acr, "acr");
        this.amr = amr == null ? "" : amr;
        this.authTime = authTime;
        setAuthenticated(true);
    }

    public static CitizenAuthentication of(String accountId, String acr, List<String> amr, Instant authTime) {
        return new CitizenAuthentication(accountId, acr, String.join(" ", amr), authTime.getEpochSecond());
    }

    @JsonProperty("accountId")
    public String accountId() {
        return accountId;
    }

    @JsonProperty("acr")
    public String acr() {
        return acr;
    }

    @JsonProperty("amr")
    String amrValue() {
        return amr;
    }

    @JsonProperty("authTime")
    long authTimeValue() {
        return authTime;
    }

    public List<String> amr() {
        return amr.isEmpty() ? List.of() : Arrays.asList(amr.split(" "));
    }

    public Instant authTime() {
        return Instant.ofEpochSecond(authTime);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return accountId;
    }

    @Override
    public String getName() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenAuthentication that
                && accountId.equals(that.accountId)
                && acr.equals(that.acr)
                && amr.equals(that.amr)
                && authTime == that.authTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, acr, amr, authTime);
    }

    @Override
    public String toString() {
        return "CitizenAuthentication[account=" + accountId + ", acr=" + acr + "]";
    }
}
