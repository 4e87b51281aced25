package vn.hocvuso.credential.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.keys.LiveKeyRing;

/** The served status list token (draft-ietf-oauth-status-list §5, §8) and index allocation. */
class StatusListEndpointTest extends IntegrationTest {

    @Autowired
    StatusLists lists;

    @Autowired
    CredentialStatuses statuses;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LiveKeyRing keys;

    @Test
    void whenAVerifierFetchesAListThenItGetsASignedCompressedTokenWithCacheHeaders() throws Exception {
        StatusReference reference = allocate();

        HttpResponse<String> response = RawHttp.get(reference.uri().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/statuslist+jwt");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        SignedJWT token = SignedJWT.parse(response.body());
        assertThat(token.getHeader().getType().getType()).isEqualTo("statuslist+jwt");
        assertThat(token.getHeader().getX509CertChain()).hasSize(2);
        assertThat(token.verify(new ECDSAVerifier(keys.active().jwk().toECKey())))
                .isTrue();
        Map<String, Object> claims = token.getJWTClaimsSet().getClaims();
        assertThat(claims).containsEntry("sub", reference.uri().toString()).containsEntry("ttl", 300L);
        assertThat(token.getJWTClaimsSet().getExpirationTime())
                .isAfter(token.getJWTClaimsSet().getIssueTime());
        @SuppressWarnings("unchecked")
        Map<String, Object> list = (Map<String, Object>) claims.get("status_list");
        assertThat(list).containsEntry("bits", 2L);
        StatusList decoded = StatusList.decompress(new Base64URL((String) list.get("lst")).decode(), 1 << 22);
        assertThat(decoded.size()).isGreaterThanOrEqualTo(131_072);
        assertThat(decoded.get(reference.index())).isZero();
    }

    @Test
    void whenNothingChangedThenTheSameTokenIsServedAndTheEtagAnswersNotModified() throws Exception {
        StatusReference reference = allocate();
        HttpResponse<String> first = RawHttp.get(reference.uri().toString());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = RawHttp.get(reference.uri().toString());
        HttpResponse<String> conditional = RawHttp.get(reference.uri().toString(), "If-None-Match", etag);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(conditional.statusCode()).isEqualTo(304);
        assertThat(conditional.body()).isEmpty();
    }

    @Test
    void whenAStatusChangesThenTheListIsSignedAgainAtOnceAndShowsIt() throws Exception {
        StatusReference reference = allocate();
        String before = RawHttp.get(reference.uri().toString()).body();

        statuses.apply(credentialAt(reference), StatusChange.SUSPEND, "test", "operator");
        String after = RawHttp.get(reference.uri().toString()).body();

        assertThat(after).isNotEqualTo(before);
        @SuppressWarnings("unchecked")
        Map<String, Object> list =
                (Map<String, Object>) SignedJWT.parse(after).getJWTClaimsSet().getClaim("status_list");
        assertThat(StatusList.decompress(new Base64URL((String) list.get("lst")).decode(), 1 << 22)
                        .get(reference.index()))
                .isEqualTo(2);
    }

    @Test
    void whenTheListDoesNotExistThenNotFound() throws Exception {
        assertThat(RawHttp.get(BASE_URL + "/status-lists/999999").statusCode()).isEqualTo(404);
        assertThat(RawHttp.get(BASE_URL + "/status-lists/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void whenManyIndicesAreAllocatedAtOnceThenEachIsUniqueAndRandomlySpread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<StatusReference>> allocations = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            allocations.add(pool.submit(this::allocate));
        }
        Set<String> seen = new HashSet<>();
        int belowHalf = 0;
        for (Future<StatusReference> allocation : allocations) {
            StatusReference reference = allocation.get();
            assertThat(seen.add(reference.listId() + "/" + reference.index())).isTrue();
            belowHalf += reference.index() < 65_536 ? 1 : 0;
        }
        pool.shutdown();

        // Random indices: about half fall in each half of the list (a counter would put all 200 in the first).
        assertThat(belowHalf).isBetween(50, 150);
    }

    private StatusReference allocate() {
        String id = UUID.randomUUID().toString();
        return transactions.execute(status -> lists.allocate(id));
    }

    private String credentialAt(StatusReference reference) {
        return jdbc.sql("SELECT credential_id FROM status_entry WHERE list_id = ? AND idx = ?")
                .params(reference.listId(), reference.index())
                .query(String.class)
                .single();
    }
}
