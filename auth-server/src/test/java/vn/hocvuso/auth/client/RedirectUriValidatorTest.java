package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectUriValidatorTest {

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "http://127.0.0.1:5000/callback, http://127.0.0.1/callback, true",
        "http://127.0.0.1/callback, http://127.0.0.1/callback, true",
        "http://[::1]:5000/callback, http://[::1]/callback, true",
        "http://[::1]:5000/callback, http://127.0.0.1/callback, false",
        "http://localhost:5000/callback, http://localhost/callback, false",
        "http://127.0.0.2:5000/callback, http://127.0.0.1/callback, false",
        "https://127.0.0.1:5000/callback, https://127.0.0.1/callback, false",
        "http://127.0.0.1:5000/callback/x, http://127.0.0.1/callback, false",
        "http://127.0.0.1:5000/callback?a=1, http://127.0.0.1/callback, false",
        "http://127.0.0.1:5000/callback#f, http://127.0.0.1/callback, false",
        "http://u@127.0.0.1:5000/callback, http://127.0.0.1/callback, false",
        "http://127.0.0.1:5000/callback, http://127.0.0.1:4000/callback, false",
        "not a uri, http://127.0.0.1/callback, false"
    })
    void whenALoopbackRedirectIsComparedThenOnlyThePortMayDiffer(String requested, String registered, boolean matches) {
        assertThat(RedirectUriValidator.matchesLoopbackOnAnyPort(requested, Set.of(registered)))
                .isEqualTo(matches);
    }
}
