package vn.hocvuso.credential.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.config.ProblemDetailsApi;

/** The operators' API for a credential's status: read it, revoke, suspend, reinstate, each with a reason. */
@RestController
@ProblemDetailsApi
@RequestMapping("/api/v1/operator/credentials/{id}")
class OperatorCredentialController {

    private final CredentialStatuses statuses;

    OperatorCredentialController(CredentialStatuses statuses) {
        this.statuses = statuses;
    }

    /** The body of a change: why. */
    record ChangeRequest(@NotBlank @Size(max = 500) String reason) {}

    /** A credential's status as the API shows it. */
    record StatusResponse(String credentialId, String status, List<ChangeResponse> history) {}

    record ChangeResponse(String from, String to, String reason, String operator, Instant changedAt) {}

    @GetMapping
    StatusResponse status(@PathVariable String id) {
        return statuses.view(id).map(OperatorCredentialController::response).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/revoke")
    StatusResponse revoke(@PathVariable String id, @Valid @RequestBody ChangeRequest request, Principal operator) {
        return apply(id, StatusChange.REVOKE, request, operator);
    }

    @PostMapping("/suspend")
    StatusResponse suspend(@PathVariable String id, @Valid @RequestBody ChangeRequest request, Principal operator) {
        return apply(id, StatusChange.SUSPEND, request, operator);
    }

    @PostMapping("/reinstate")
    StatusResponse reinstate(@PathVariable String id, @Valid @RequestBody ChangeRequest request, Principal operator) {
        return apply(id, StatusChange.REINSTATE, request, operator);
    }

    private StatusResponse apply(String id, StatusChange change, ChangeRequest request, Principal operator) {
        try {
            return response(statuses.apply(id, change, request.reason().strip(), operator.getName()));
        } catch (CredentialStatuses.UnknownCredential e) {
            throw notFound(id);
        } catch (CredentialStatuses.ChangeRefused e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            problem.setTitle("Status change refused");
            problem.setProperty("status_now", e.current().label());
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, e);
        }
    }

    private static ErrorResponseException notFound(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No credential has this id.");
        problem.setTitle("Unknown credential");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static StatusResponse response(CredentialStatuses.StatusView view) {
        return new StatusResponse(
                view.credentialId(),
                view.status().label(),
                view.history().stream()
                        .map(change -> new ChangeResponse(
                                change.from().label(),
                                change.to().label(),
                                change.reason(),
                                change.operator(),
                                change.changedAt()))
                        .toList());
    }
}
