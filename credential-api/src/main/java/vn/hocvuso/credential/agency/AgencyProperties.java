package vn.hocvuso.credential.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agencies registered to query competency status, prefix {@code credentials.agencies}: keyed by
 * their client id at auth-server (the {@code client_id} of their access tokens).
 *
 * @param registered each agency, by client id
 */
@Validated
@ConfigurationProperties("credentials.agencies")
public record AgencyProperties(@Valid @DefaultValue Map<String, Agency> registered) {

    /**
     * @param name the agency's name in Vietnamese
     * @param nameEn its name in English
     * @param purposes the legal purposes it may state (codes such as {@code annual-evaluation})
     */
    public record Agency(
            @NotBlank String name,
            @NotBlank String nameEn,
            @NotEmpty List<String> purposes) {

        public String displayName(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : name;
        }
    }

    public Optional<Agency> find(String clientId) {
        return Optional.ofNullable(registered.get(clientId));
    }
}
