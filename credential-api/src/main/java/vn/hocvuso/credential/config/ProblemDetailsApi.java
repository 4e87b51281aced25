package vn.hocvuso.credential.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of our own HTTP APIs: its errors are RFC 9457 problem details from
 * {@link ApiProblems}. Protocol endpoints (OAuth, OpenID4VCI, OpenID4VP) keep their own error formats.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProblemDetailsApi {}
