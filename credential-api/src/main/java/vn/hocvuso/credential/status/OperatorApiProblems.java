package vn.hocvuso.credential.status;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the operators' status API: unknown credential, refused change,
 * invalid or malformed body, wrong media type.
 */
@RestControllerAdvice(assignableTypes = OperatorCredentialController.class)
class OperatorApiProblems extends ResponseEntityExceptionHandler {}
