package vn.hocvuso.credential.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The access log's checkpoints and verification, prefix {@code credentials.access-log}.
 *
 * @param checkpointInterval how often the chain's head is sealed with a signed checkpoint (when it
 *     moved since the last one)
 * @param checkpointEveryEntries also seal, inside the appending transaction, each time the chain
 *     grows by this many entries since the last checkpoint; 0 turns this off
 * @param verificationBatch how many entries the verification reads per query while it walks the
 *     chain (memory stays bounded whatever the log's length)
 */
@Validated
@ConfigurationProperties("credentials.access-log")
public record AccessLogProperties(
        @NotNull @DefaultValue("5m") Duration checkpointInterval,
        @Min(0) @DefaultValue("10000") long checkpointEveryEntries,
        @Min(10) @Max(100_000) @DefaultValue("5000") int verificationBatch) {}
