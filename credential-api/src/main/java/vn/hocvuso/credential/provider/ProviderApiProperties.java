package vn.hocvuso.credential.provider;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the training-provider API, prefix {@code credentials.provider}.
 *
 * @param maxResultSize the largest body of a single result
 * @param maxBulkSize the largest body of a bulk submission
 * @param maxBulkRows the most rows a bulk submission may hold
 */
@Validated
@ConfigurationProperties("credentials.provider")
public record ProviderApiProperties(
        @NotNull @DefaultValue("16KB") DataSize maxResultSize,
        @NotNull @DefaultValue("4MB") DataSize maxBulkSize,
        @Min(1) @Max(100_000) @DefaultValue("10000") int maxBulkRows) {}
