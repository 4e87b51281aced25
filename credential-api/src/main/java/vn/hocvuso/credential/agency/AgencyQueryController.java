package vn.hocvuso.credential.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.config.ProblemDetailsApi;
import vn.hocvuso.credential.framework.ProgrammeCatalog;

/**
 * Agencies' competency queries: one person (the ID number in the body, never in the URL), or up to
 * {@code maxBulkRows} at once with the answer streamed row by row as NDJSON or CSV.
 */
@RestController
@ProblemDetailsApi
@RequestMapping("/api/v1/agency/competency-queries")
class AgencyQueryController {

    static final String NDJSON = "application/x-ndjson";

    /** The single query's body. */
    record QueryRequest(String idNumber, String programme, String level, String purpose) {
        @Override
        public String toString() {
            // Spring MVC's debug log shows the bound body: never the ID number.
            return "QueryRequest[idNumber=************, programme=" + programme + ", level=" + level + ", purpose="
                    + purpose + "]";
        }
    }

    private final Agencies agencies;
    private final AgencyRateLimiter limiter;
    private final QueryCompetency queries;
    private final ProgrammeCatalog catalog;
    private final AgencyLimits limits;

    AgencyQueryController(
            Agencies agencies,
            AgencyRateLimiter limiter,
            QueryCompetency queries,
            ProgrammeCatalog catalog,
            AgencyLimits limits) {
        this.agencies = agencies;
        this.limiter = limiter;
        this.queries = queries;
        this.catalog = catalog;
        this.limits = limits;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> query(@AuthenticationPrincipal Jwt token, @RequestBody QueryRequest request) {
        Agency agency = agencies.caller(token);
        String purpose = AgencyRequests.purpose(request.purpose());
        CompetencyQuestion question = AgencyRequests.question(request.programme(), request.level(), catalog, true);
        if (request.idNumber() == null) {
            throw AgencyRequests.malformed("give the person's ID number (idNumber)");
        }
        limiter.single(agency.id());
        return AnswerFormats.json(queries.single(agency, purpose, question, request.idNumber()));
    }

    @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    void bulkJson(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String level,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Agency agency = agencies.caller(token);
        Bulk bulk = bulk(purpose, programme, level);
        String body = AgencyRequests.body(request, limits.maxRequestSize().toBytes());
        bulk(agency, bulk, AgencyRequests.jsonArray(body, limits.maxBulkRows()), accept, response);
    }

    @PostMapping(path = "/bulk", consumes = "text/csv")
    void bulkCsv(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String level,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Agency agency = agencies.caller(token);
        Bulk bulk = bulk(purpose, programme, level);
        String body = AgencyRequests.body(request, limits.maxRequestSize().toBytes());
        bulk(agency, bulk, AgencyRequests.csvLines(body, limits.maxBulkRows()), accept, response);
    }

    private record Bulk(String purpose, CompetencyQuestion question) {}

    private Bulk bulk(String purpose, String programme, String level) {
        return new Bulk(AgencyRequests.purpose(purpose), AgencyRequests.question(programme, level, catalog, true));
    }

    private void bulk(Agency agency, Bulk bulk, List<String> rows, String accept, HttpServletResponse response)
            throws IOException {
        if (rows.isEmpty()) {
            throw AgencyRequests.malformed("the list holds no ID number");
        }
        limiter.rows(agency.id(), rows.size());
        List<QueryCompetency.RowResult> results = queries.bulk(agency, bulk.purpose(), bulk.question(), rows);
        boolean csv = accept != null && accept.contains("text/csv");
        response.setStatus(200);
        response.setContentType((csv ? "text/csv" : NDJSON) + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (csv) {
            out.write(AnswerFormats.CSV_HEADER);
        }
        int written = 0;
        for (QueryCompetency.RowResult result : results) {
            out.write(csv ? AnswerFormats.csv(result) : AnswerFormats.ndjson(result));
            if (++written % 500 == 0) {
                out.flush(); // stream: the client reads the first rows while the rest are written
            }
        }
        out.flush();
    }
}
