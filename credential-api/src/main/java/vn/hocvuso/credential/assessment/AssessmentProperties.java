package vn.hocvuso.credential.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The retry rule of the portal's quizzes, prefix {@code credentials.assessment}.
 *
 * @param retryCoolDown how long after a failed attempt the module's quiz may be taken again
 * @param maxAttemptsPerDay how many failed attempts of one module's quiz are allowed in any 24 hours
 */
@Validated
@ConfigurationProperties("credentials.assessment")
public record AssessmentProperties(
        @NotNull @DefaultValue("10m") Duration retryCoolDown,
        @Min(1) @Max(100) @DefaultValue("3") int maxAttemptsPerDay) {

    public RetryRule retryRule() {
        return new RetryRule(retryCoolDown, maxAttemptsPerDay);
    }
}
