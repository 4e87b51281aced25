package vn.hocvuso.credential.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulkBodyTest {

    @Test
    void whenTheCsvHasAHeaderInAnyOrderThenEachRowIsReadByColumnName() throws Exception {
        List<BulkRow> rows = BulkBody.csv(
                "score,assessedOn,nationalId,programmeId,moduleId\r\n"
                        + "80,2026-03-01,001089000001,p,m\r\n"
                        + "\r\n"
                        + "\"90\",2026-03-02,\"079195000002\",\"p, with comma\",m\n",
                10);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(1);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).result())
                .get()
                .extracting(SubmittedResult::score)
                .isEqualTo("80");
        assertThat(rows.get(1).row()).isEqualTo(2);
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).result())
                .get()
                .extracting(SubmittedResult::programmeId)
                .isEqualTo("p, with comma");
    }

    @Test
    void whenACsvRowIsMalformedThenOnlyThatRowIsRejected() throws Exception {
        List<BulkRow> rows = BulkBody.csv(
                "nationalId,programmeId,moduleId,score,assessedOn\n"
                        + "001089000001,p,m,80\n"
                        + "001089000001,p,m,80,2026-03-01\n"
                        + "001089000001,\"p,m,80,2026-03-01\n",
                10);

        assertThat(rows)
                .extracting(row -> row.rejection().map(r -> r.reason()).orElse(null))
                .containsExactly(RejectionReason.MALFORMED_ROW, null, RejectionReason.MALFORMED_ROW);
    }

    @Test
    void whenTheCsvHeaderIsWrongThenTheWholeBodyIsRefused() {
        assertThatThrownBy(() -> BulkBody.csv("nationalId,programme,moduleId,score,assessedOn\n1,2,3,4,5\n", 10))
                .isInstanceOfSatisfying(
                        BulkBody.Unusable.class,
                        e -> assertThat(e.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_BODY));
        assertThatThrownBy(() -> BulkBody.csv("", 10)).isInstanceOf(BulkBody.Unusable.class);
    }

    @Test
    void whenThereAreMoreRowsThanAllowedThenTheWholeBodyIsRefused() {
        String body = "{}\n".repeat(11);

        assertThatThrownBy(() -> BulkBody.ndjson(body, 10))
                .isInstanceOfSatisfying(
                        BulkBody.Unusable.class,
                        e -> assertThat(e.rejection().reason()).isEqualTo(RejectionReason.TOO_MANY_ROWS));
    }

    @Test
    void whenAJsonLineIsNotAnObjectOrHasWrongTypesThenOnlyThatRowIsRejected() throws Exception {
        List<BulkRow> rows = BulkBody.ndjson(
                "{\"nationalId\":\"001089000001\",\"programmeId\":\"p\",\"moduleId\":\"m\",\"score\":80,\"assessedOn\":\"2026-03-01\"}\n"
                        + "[1,2]\n"
                        + "{\"nationalId\":1089000001,\"score\":80}\n"
                        + "{\"score\":80.5}\n"
                        + "{\"score\":80,\"score\":90}\n"
                        + "{not json\n",
                10);

        assertThat(rows)
                .extracting(row -> row.rejection().map(r -> r.reason()).orElse(null))
                .containsExactly(
                        null,
                        RejectionReason.MALFORMED_ROW,
                        RejectionReason.INVALID_FIELD,
                        RejectionReason.INVALID_FIELD,
                        RejectionReason.MALFORMED_ROW,
                        RejectionReason.MALFORMED_ROW);
    }
}
