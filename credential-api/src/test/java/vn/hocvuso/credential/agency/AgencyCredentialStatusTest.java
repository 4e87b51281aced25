package vn.hocvuso.credential.agency;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.IssuedCredential;
import vn.hocvuso.credential.status.CredentialStatuses;
import vn.hocvuso.credential.status.StatusChange;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.status.StatusReference;
import vn.hocvuso.credential.support.TestCatalog;

class AgencyCredentialStatusTest extends AgencyApiTestBase {

    @Autowired
    StatusLists lists;

    @Autowired
    CredentialStatuses statuses;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void whenTheNewestCredentialIsRevokedThenThePersonIsCertifiedButNotCurrentlyValid() throws Exception {
        String idNumber = freshIdNumber();
        complete(idNumber, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
        String credentialId = issue(idNumber);

        query(NAO, queryBody(idNumber, "annual-evaluation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certified").value(true))
                .andExpect(jsonPath("$.currentlyValid").value(true));

        statuses.apply(credentialId, StatusChange.SUSPEND, "Under investigation", "operator");

        query(NAO, queryBody(idNumber, "annual-evaluation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certified").value(true))
                .andExpect(jsonPath("$.level").value("basic"))
                .andExpect(jsonPath("$.currentlyValid").value(false));
    }

    private String issue(String idNumber) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        transactions.executeWithoutResult(tx -> {
            StatusReference status = lists.allocate(id);
            credentialStore.save(new IssuedCredential(
                    id,
                    key(idNumber),
                    "digital_competency_credential",
                    TestCatalog.NATIONAL_ASSEMBLY,
                    TestCatalog.FRAMEWORK_VERSION,
                    status.listId(),
                    status.index(),
                    "thumbprint-" + id.substring(0, 8),
                    "hash-" + id,
                    now,
                    now.plus(730, ChronoUnit.DAYS)));
        });
        return id;
    }
}
