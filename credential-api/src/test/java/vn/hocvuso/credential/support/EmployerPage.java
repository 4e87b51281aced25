package vn.hocvuso.credential.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Drives the employer's pages like a browser and reads what they show. */
public final class EmployerPage {

    /** A request as its page showed it: its page address, the link in the QR code, the link, the HTML. */
    public record Request(String pagePath, String qrContent, String link, String html) {}

    private EmployerPage() {}

    /** Ticks {@code claims} on the start page, submits, follows the redirect to the request's page. */
    public static Request createRequest(MockMvc mvc, List<String> claims) throws Exception {
        MockHttpServletRequestBuilder form = post("/verify").with(csrf());
        for (String claim : claims) {
            form.param("claim", claim);
        }
        MockHttpServletResponse created = mvc.perform(form).andReturn().getResponse();
        if (created.getStatus() != 302 || created.getRedirectedUrl() == null) {
            throw new AssertionError("creating a request answered " + created.getStatus() + ": "
                    + created.getContentAsString(StandardCharsets.UTF_8));
        }
        String path = created.getRedirectedUrl();
        String html = show(mvc, path);
        return new Request(
                path,
                OfferPage.decodeQr(OfferPage.find(html, "class=\"qr\" src=\"data:image/png;base64,([^\"]+)\"")),
                OfferPage.find(html, "id=\"same-device-link\" href=\"([^\"]+)\"")
                        .replace("&amp;", "&"),
                html);
    }

    public static String show(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static String show(MockMvc mvc, String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
