package vn.hocvuso.credential.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.hocvuso.credential.problem.ErrorMetrics;

/** Operations: the error counter sees every answer, before the security filters may end one. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    FilterRegistrationBean<ErrorMetrics> errorMetrics(MeterRegistry registry) {
        FilterRegistrationBean<ErrorMetrics> registration = new FilterRegistrationBean<>(new ErrorMetrics(registry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
