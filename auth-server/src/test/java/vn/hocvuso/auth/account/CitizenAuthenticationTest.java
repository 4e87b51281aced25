package vn.hocvuso.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.jackson.SecurityJacksonModules;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

class CitizenAuthenticationTest {

    private static final CitizenAuthentication CITIZEN = CitizenAuthentication.of(
            "account-1", "urn:vn:vneid:loa:2", List.of("pwd", "otp", "mfa"), Instant.ofEpochSecond(1_700_000_000));

    @Test
    void whenStoredAsAuthorizationJsonThenItReadsBackWithItsLoginFactsAndNoPersonalData() {
        JsonMapper mapper = JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(
                        getClass().getClassLoader(),
                        BasicPolymorphicTypeValidator.builder().allowIfSubType(CitizenAuthentication.class)))
                .build();

        Map<String, Object> attributes = new java.util.HashMap<>();
        attributes.put("java.security.Principal", CITIZEN);
        // As Spring Authorization Server stores an authorization's attributes.
        String json = mapper.writeValueAsString(attributes);
        Map<String, Object> read =
                mapper.readValue(json, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});

        assertThat(json).contains("account-1", "urn:vn:vneid:loa:2").doesNotContain("national");
        CitizenAuthentication back = (CitizenAuthentication) read.get("java.security.Principal");
        assertThat(back).isEqualTo(CITIZEN);
        assertThat(back.amr()).containsExactly("pwd", "otp", "mfa");
        assertThat(back.isAuthenticated()).isTrue();
        assertThat(back.getName()).isEqualTo("account-1");
    }

    @Test
    void whenKeptInTheSessionThenItSerializes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CITIZEN);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(CITIZEN);
        }
    }

    @Test
    void whenSpringAuthorizationServerAsksForTheAuthenticationTimeThenTheUpstreamsIsGiven() {
        assertThat(CITIZEN.getAuthorities())
                .filteredOn(FactorGrantedAuthority.class::isInstance)
                .singleElement()
                .satisfies(authority -> assertThat(((FactorGrantedAuthority) authority).getIssuedAt())
                        .isEqualTo(Instant.ofEpochSecond(1_700_000_000)));
    }
}
