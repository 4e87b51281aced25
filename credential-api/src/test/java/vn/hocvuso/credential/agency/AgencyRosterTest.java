package vn.hocvuso.credential.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.hocvuso.credential.support.TestCatalog;

class AgencyRosterTest extends AgencyApiTestBase {

    static final Instant COMPLETED = Instant.parse("2026-03-02T08:30:00Z");

    /**
     * A seeded organisation: the secretariat has 10 staff of whom 4 are certified (40 %: meets 2025),
     * the legal department 3 of whom 1 (33 %: below), the IT centre 2 of 2 (100 %).
     */
    record Organisation(String rosterId, String json, List<String> notCertified, List<String> all) {}

    @Test
    void whenASeededOrganisationIsCheckedThenTheCompletionRatePerUnitIsRightAndEachStaffMemberIsLogged()
            throws Exception {
        Organisation organisation = seed();
        upload(organisation)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff").value(15));
        long before = logEntries(NAO, "roster");

        mvc.perform(get("/api/v1/agency/rosters/" + organisation.rosterId() + "/completion?purpose=annual-evaluation")
                        .header("Authorization", token(NAO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff").value(15))
                .andExpect(jsonPath("$.certified").value(7))
                .andExpect(jsonPath("$.ratePercent").value(46))
                .andExpect(jsonPath("$.targets[0].met").value(true))
                .andExpect(jsonPath("$.targets[1].met").value(false))
                .andExpect(jsonPath("$.units[0].id").value("secretariat"))
                .andExpect(jsonPath("$.units[0].staff").value(10))
                .andExpect(jsonPath("$.units[0].certified").value(4))
                .andExpect(jsonPath("$.units[0].ratePercent").value(40))
                .andExpect(jsonPath("$.units[0].targets[0].met").value(true))
                .andExpect(jsonPath("$.units[1].ratePercent").value(33))
                .andExpect(jsonPath("$.units[1].targets[0].met").value(false))
                .andExpect(jsonPath("$.units[2].ratePercent").value(100))
                .andExpect(jsonPath("$.units[2].targets[1].met").value(true))
                .andExpect(
                        content().string(not(containsString(organisation.all().get(0)))));

        assertThat(logEntries(NAO, "roster")).isEqualTo(before + 15);
    }

    @Test
    void whenARosterIsStoredThenNoIdNumberIsInTheDatabaseInPlainText() throws Exception {
        Organisation organisation = seed();
        upload(organisation).andExpect(status().isOk());

        List<String> stored = jdbc.sql("SELECT learner_key || ' ' || id_number_sealed FROM agency_roster_member"
                        + " WHERE roster_id = ?")
                .param(organisation.rosterId())
                .query(String.class)
                .list();
        assertThat(stored).hasSize(15);
        for (String idNumber : organisation.all()) {
            assertThat(String.join("\n", stored)).doesNotContain(idNumber);
        }
    }

    @Test
    void whenTheAgencyOpensItsDashboardThenItSeesTheRatesAndTheStaffNotYetCertified() throws Exception {
        Organisation organisation = seed();
        upload(organisation).andExpect(status().isOk());
        long before = logEntries(NAO, "roster");

        String page = mvc.perform(get("/agency/dashboard?roster=" + organisation.rosterId() + "&lang=en")
                        .header("Authorization", basic(NAO, dashboardPassword(NAO))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("lang=\"en\"")
                .contains("4 of 10 staff (40 %)")
                .contains("1 of 3 staff (33 %)")
                .contains("2 of 2 staff (100 %)")
                .contains("Below the 2025 target")
                .contains("Meets the 2026 target")
                .contains("<label for=\"roster\"");
        for (String idNumber : organisation.notCertified()) {
            assertThat(page).contains(idNumber);
        }
        assertThat(logEntries(NAO, "roster")).isEqualTo(before + 15);
    }

    @Test
    void whenTheDashboardIsOpenedWithoutTheAgencyPasswordThen401AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        mvc.perform(get("/agency/dashboard")).andExpect(status().isUnauthorized());
        mvc.perform(get("/agency/dashboard").header("Authorization", basic(NAO, "wrong-password")))
                .andExpect(status().isUnauthorized());

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheRosterHasMalformedOrRepeatedIdNumbersThen400WithTheirRowsAndNothingIsStored() throws Exception {
        String good = freshIdNumber();
        AgencyCounts before = agencyCounts();

        String problem = mvc.perform(put("/api/v1/agency/rosters/bad-roster")
                        .header("Authorization", token(NAO))
                        .contentType("text/csv")
                        .content("unitId,unitName,idNumber\n"
                                + "a,Unit A," + good + "\n"
                                + "a,Unit A,00108500000\n"
                                + "b,Unit B," + good + "\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:malformed-roster"))
                .andExpect(jsonPath("$.malformedRows[0]").value(2))
                .andExpect(jsonPath("$.duplicateRows[0]").value(3))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(problem).doesNotContain(good).doesNotContain("00108500000");
        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheRosterIdOrBodyIsMalformedThen400AndNothingIsStored() throws Exception {
        AgencyCounts before = agencyCounts();

        mvc.perform(put("/api/v1/agency/rosters/bad roster!")
                        .header("Authorization", token(NAO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/agency/rosters/r1")
                        .header("Authorization", token(NAO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\":[{\"id\":\"a\",\"name\":\"\",\"staff\":[]}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/agency/rosters/r1")
                        .header("Authorization", token(NAO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1,2]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheCompletionPurposeIsNotAllowedThen403AndEachStaffMemberIsLoggedAsRefused() throws Exception {
        Organisation organisation = seed();
        upload(organisation).andExpect(status().isOk());
        long before = logEntries();

        mvc.perform(get("/api/v1/agency/rosters/" + organisation.rosterId() + "/completion?purpose=marketing")
                        .header("Authorization", token(NAO)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:purpose-not-allowed"));

        assertThat(logEntries()).isEqualTo(before + 15);
    }

    @Test
    void whenTheRosterIsUnknownThen404AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        mvc.perform(get("/api/v1/agency/rosters/no-such-roster/completion?purpose=annual-evaluation")
                        .header("Authorization", token(NAO)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    private Organisation seed() {
        List<String> notCertified = new ArrayList<>();
        List<String> all = new ArrayList<>();
        StringBuilder json = new StringBuilder("{\"units\":[");
        int[][] units = {{10, 4}, {3, 1}, {2, 2}};
        String[][] names = {{"secretariat", "Văn phòng"}, {"legal", "Vụ Pháp luật"}, {"it", "Trung tâm Tin học"}};
        for (int u = 0; u < units.length; u++) {
            json.append(u == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(names[u][0])
                    .append("\",\"name\":\"")
                    .append(names[u][1])
                    .append("\",\"staff\":[");
            for (int s = 0; s < units[u][0]; s++) {
                String idNumber = freshIdNumber();
                all.add(idNumber);
                if (s < units[u][1]) {
                    complete(idNumber, TestCatalog.NATIONAL_ASSEMBLY, COMPLETED);
                } else {
                    notCertified.add(idNumber);
                }
                json.append(s == 0 ? "" : ",").append('"').append(idNumber).append('"');
            }
            json.append("]}");
        }
        json.append("]}");
        return new Organisation(
                "org-" + UUID.randomUUID().toString().substring(0, 8), json.toString(), notCertified, all);
    }

    private ResultActions upload(Organisation organisation) throws Exception {
        return mvc.perform(put("/api/v1/agency/rosters/" + organisation.rosterId())
                .header("Authorization", token(NAO))
                .contentType(MediaType.APPLICATION_JSON)
                .content(organisation.json()));
    }

    private String dashboardPassword(String agencyId) throws Exception {
        return Files.readString(dataDir().resolve(AgencyPasswords.fileName(agencyId)))
                .strip();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
