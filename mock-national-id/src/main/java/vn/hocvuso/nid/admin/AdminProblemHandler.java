package vn.hocvuso.nid.admin;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.hocvuso.nid.citizen.CitizenNotFoundException;
import vn.hocvuso.nid.citizen.DuplicateCitizenException;
import vn.hocvuso.nid.citizen.InvalidCitizenException;
import vn.hocvuso.nid.citizen.InvalidNationalIdException;

/**
 * Every error of the admin API as RFC 9457 problem details: the registry's refusals here, Spring
 * MVC's own (unreadable JSON, wrong parameter types, ...) through {@link ResponseEntityExceptionHandler}.
 * The login pages keep their readable HTML error page: this advice covers the API package only.
 */
@RestControllerAdvice(basePackageClasses = AdminProblemHandler.class)
class AdminProblemHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_PREFIX = "urn:vn:hocvuso:nid:problem:";

    @ExceptionHandler(InvalidNationalIdException.class)
    ProblemDetail invalidNationalId(InvalidNationalIdException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-national-id", "Invalid national ID number", e.getMessage());
    }

    @ExceptionHandler(InvalidCitizenException.class)
    ProblemDetail invalidCitizen(InvalidCitizenException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-citizen", "Invalid citizen data", e.getMessage());
    }

    @ExceptionHandler(DuplicateCitizenException.class)
    ProblemDetail duplicate(DuplicateCitizenException e) {
        return problem(HttpStatus.CONFLICT, "duplicate-citizen", "Citizen already registered", e.getMessage());
    }

    @ExceptionHandler(CitizenNotFoundException.class)
    ProblemDetail notFound(CitizenNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "citizen-not-found", "No such citizen", e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
