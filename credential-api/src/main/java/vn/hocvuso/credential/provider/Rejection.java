package vn.hocvuso.credential.provider;

import java.util.Objects;
import vn.hocvuso.credential.problem.ApiProblem;

/** A refused submission: the reason and a detail for the provider's developer (never personal data). */
record Rejection(RejectionReason reason, String detail) {

    Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    ApiProblem toProblem() {
        return new ApiProblem(
                reason.status(), reason.slug(), reason.title(), detail, java.util.Map.of("reason", reason.slug()));
    }
}
