package vn.hocvuso.credential.framework;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the framework data lives, prefix {@code credentials.framework}. Spring resource locations:
 * {@code classpath:...} for the files shipped with the app, {@code file:...} for an operator's own.
 *
 * @param file the competency framework file
 * @param programmesFile the programmes file, written against that framework
 */
@Validated
@ConfigurationProperties("credentials.framework")
public record FrameworkProperties(
        @NotBlank @DefaultValue("classpath:framework/national-framework.yaml")
        String file,

        @NotBlank @DefaultValue("classpath:framework/programmes.yaml")
        String programmesFile) {}
