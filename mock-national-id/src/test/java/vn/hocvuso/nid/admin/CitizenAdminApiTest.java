package vn.hocvuso.nid.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.nid.config.NationalIdProperties;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestCitizens;

/** The operators' API: its uses, and each refusal with its problem details and nothing changed. */
class CitizenAdminApiTest extends ProviderTestBase {

    @Autowired
    NationalIdProperties properties;

    @Test
    void whenNoCredentialsAreGivenThenUnauthorizedProblemWithABasicChallenge() {
        HttpResponse<String> response = Http.get(endpoint("/admin/citizens"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(json(response.body())).containsEntry("status", 401);
    }

    @Test
    void whenThePasswordIsWrongThenUnauthorizedAndNothingIsCreated() {
        long before = rows("citizen");

        HttpResponse<String> response =
                send("POST", "/admin/citizens", createBody(TestCitizens.nextNationalId()), "admin", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(rows("citizen")).isEqualTo(before);
    }

    @Test
    void whenTheAdminPasswordWasGeneratedThenOnlyItsOwnerCanReadIt() throws IOException {
        Path file = properties.dataDir().resolve(AdminCredentials.FILE_NAME);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void whenACitizenIsCreatedThenItCanBeReadFoundAndListedAndNoPasswordHashIsShown() {
        String nationalId = TestCitizens.nextNationalId();

        HttpResponse<String> created = admin("POST", "/admin/citizens", createBody(nationalId));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> citizen = json(created.body());
        assertThat(citizen)
                .containsEntry("nationalId", nationalId)
                .containsEntry("name", "Đỗ Văn Thử")
                .containsEntry("familyName", "Đỗ")
                .containsEntry("givenName", "Văn Thử")
                .containsEntry("birthdate", "1990-05-05")
                .containsEntry("gender", "male")
                .containsEntry("provinceCode", "001")
                .containsEntry("provinceName", "Hà Nội")
                .containsEntry("assuranceLevel", 1)
                .containsEntry("acr", "urn:vn:vneid:loa:1")
                .containsEntry("status", "ACTIVE");
        assertThat(created.body())
                .doesNotContain("password")
                .doesNotContain("{bcrypt}")
                .doesNotContain("$2a$");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/admin/citizens/" + citizen.get("id")).doesNotContain(nationalId);

        assertThat(json(admin("GET", location, null).body())).containsEntry("nationalId", nationalId);
        assertThat(json(admin("POST", "/admin/citizens/search", "{\"nationalId\":\"" + nationalId + "\"}")
                        .body()))
                .containsEntry("id", citizen.get("id"));
        String page = admin("GET", "/admin/citizens?page=0&size=100", null).body();
        assertThat(page).contains(nationalId).doesNotContain("password");
    }

    @Test
    void whenTheListIsPagedThenEachPageHasItsSizeAndTheTotalsAreRight() {
        long total = rows("citizen");

        Map<String, Object> first =
                json(admin("GET", "/admin/citizens?page=0&size=2", null).body());
        Map<String, Object> second =
                json(admin("GET", "/admin/citizens?page=1&size=2", null).body());

        assertThat((List<?>) first.get("items")).hasSize(2);
        assertThat(first).containsEntry("totalItems", (int) total).containsEntry("size", 2);
        assertThat(((Number) first.get("totalPages")).longValue()).isEqualTo((total + 1) / 2);
        @SuppressWarnings("unchecked")
        List<Object> firstItems = (List<Object>) first.get("items");
        @SuppressWarnings("unchecked")
        List<Object> secondItems = (List<Object>) second.get("items");
        assertThat(secondItems).isNotEmpty().doesNotContainAnyElementsOf(firstItems);
    }

    @Test
    void whenThePageSizeIsOutOfRangeThenBadRequestProblem() {
        HttpResponse<String> response = admin("GET", "/admin/citizens?size=101", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("detail", "size must be between 1 and 100");
    }

    static Stream<Arguments> malformedNationalIds() {
        return Stream.of(
                Arguments.of("00108900000", "national ID number must have exactly 12 digits, not 11"),
                Arguments.of("0010890000011", "national ID number must have exactly 12 digits, not 13"),
                Arguments.of("00108900000A", "national ID number must contain digits 0-9 only"),
                Arguments.of("001 89000001", "national ID number must contain digits 0-9 only"),
                Arguments.of("", "national ID number is missing"),
                Arguments.of("003090000001", "province code 003 is not in the official list"),
                Arguments.of("099090000001", "province code 099 is not in the official list"),
                Arguments.of("000090000001", "province code 000 is not in the official list"),
                Arguments.of(
                        "001290000001",
                        "century/gender digit 2 means born 2000–2099, but the date of birth is in 1990"),
                Arguments.of(
                        "001890000001",
                        "century/gender digit 8 means born 1800–1899, but the date of birth is in 1990"),
                Arguments.of("001190000001", "century/gender digit 1 means female, but the gender is male"),
                Arguments.of("001091000001", "birth-year digits 91 do not match the year of birth 1990"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedNationalIds")
    void whenTheIdNumberBreaksARuleThenTheProblemNamesTheRuleAndNothingIsStored(String nationalId, String rule) {
        long before = rows("citizen");

        HttpResponse<String> response = admin("POST", "/admin/citizens", createBody(nationalId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response.body()))
                .containsEntry("status", 400)
                .containsEntry("title", "Invalid national ID number")
                .containsEntry("type", "urn:vn:hocvuso:nid:problem:invalid-national-id")
                .containsEntry("detail", rule);
        assertThat(rows("citizen")).isEqualTo(before);
    }

    static Stream<Arguments> otherInvalidCitizens() {
        return Stream.of(
                Arguments.of("familyName", "", "family name is missing"),
                Arguments.of("givenName", "x".repeat(101), "given name is longer than 100 characters"),
                Arguments.of("gender", "other", "gender must be one of male, female"),
                Arguments.of("assuranceLevel", 3, "assurance level must be 1 or 2"),
                Arguments.of("provinceCode", "003", "residence province code 003 is not in the official list"),
                Arguments.of("password", "short", "password must have at least 8 characters"),
                Arguments.of("birthdate", "2990-05-05", "date of birth 2990-05-05 is in the future"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("otherInvalidCitizens")
    void whenAnotherFieldBreaksARuleThenTheProblemNamesItAndNothingIsStored(String field, Object value, String rule) {
        long before = rows("citizen");
        String body = createBody(TestCitizens.nextNationalId(), Map.of(field, value));

        HttpResponse<String> response = admin("POST", "/admin/citizens", body);

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("detail", rule);
        assertThat(rows("citizen")).isEqualTo(before);
    }

    @Test
    void whenTheBodyIsNotJsonThenBadRequestProblemAndNothingIsStored() {
        long before = rows("citizen");

        HttpResponse<String> response = admin("POST", "/admin/citizens", "{\"nationalId\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(rows("citizen")).isEqualTo(before);
    }

    @Test
    void whenTheIdNumberIsAlreadyRegisteredThenConflictAndTheFirstCitizenIsUnchanged() {
        TestCitizens.Registered existing = TestCitizens.register(registry, 2);
        long before = rows("citizen");

        HttpResponse<String> response = admin("POST", "/admin/citizens", createBody(existing.nationalId()));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response.body())).containsEntry("title", "Citizen already registered");
        assertThat(rows("citizen")).isEqualTo(before);
        assertThat(registry.find(existing.citizen().id()).assuranceLevel().number())
                .isEqualTo(2);
    }

    @Test
    void whenACitizenIsSuspendedReinstatedAndRelevelledThenEachChangeShows() {
        String id = TestCitizens.register(registry, 1).citizen().id().toString();

        assertThat(json(admin("POST", "/admin/citizens/" + id + "/suspend", null)
                        .body()))
                .containsEntry("status", "SUSPENDED");
        assertThat(registry.find(UUID.fromString(id)).isActive()).isFalse();
        assertThat(json(admin("POST", "/admin/citizens/" + id + "/reinstate", null)
                        .body()))
                .containsEntry("status", "ACTIVE");
        assertThat(json(admin("PUT", "/admin/citizens/" + id + "/assurance-level", "{\"assuranceLevel\":2}")
                        .body()))
                .containsEntry("assuranceLevel", 2)
                .containsEntry("acr", "urn:vn:vneid:loa:2");
        assertThat(registry.find(UUID.fromString(id)).assuranceLevel().number()).isEqualTo(2);
    }

    @Test
    void whenTheAssuranceLevelIsInvalidThenBadRequestAndTheLevelIsUnchanged() {
        String id = TestCitizens.register(registry, 1).citizen().id().toString();

        HttpResponse<String> response =
                admin("PUT", "/admin/citizens/" + id + "/assurance-level", "{\"assuranceLevel\":3}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("detail", "assurance level must be 1 or 2");
        assertThat(registry.find(UUID.fromString(id)).assuranceLevel().number()).isEqualTo(1);
    }

    @Test
    void whenTheCitizenDoesNotExistThenNotFoundProblem() {
        HttpResponse<String> response = admin("POST", "/admin/citizens/" + UUID.randomUUID() + "/suspend", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response.body())).containsEntry("title", "No such citizen");
    }

    @Test
    void whenTheIdInThePathIsNotAnIdThenBadRequestProblem() {
        HttpResponse<String> response = admin("GET", "/admin/citizens/001089000001", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void whenSearchingForAnUnknownNumberThenNotFoundWithoutTheNumberInTheAnswer() {
        String unknown = TestCitizens.nextNationalId();

        HttpResponse<String> response = admin("POST", "/admin/citizens/search", "{\"nationalId\":\"" + unknown + "\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(unknown);
    }

    private static String createBody(String nationalId) {
        return createBody(nationalId, Map.of());
    }

    private static String createBody(String nationalId, Map<String, Object> overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nationalId", nationalId);
        body.put("familyName", "Đỗ");
        body.put("givenName", "Văn Thử");
        body.put("birthdate", "1990-05-05");
        body.put("gender", "male");
        body.put("assuranceLevel", 1);
        body.put("password", TestCitizens.PASSWORD);
        body.putAll(overrides);
        return toJson(body);
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        return send(method, path, body, properties.admin().username(), adminPassword());
    }

    private static HttpResponse<String> send(String method, String path, String body, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request.build());
    }

    private String adminPassword() {
        try {
            return Files.readString(properties.dataDir().resolve(AdminCredentials.FILE_NAME))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
