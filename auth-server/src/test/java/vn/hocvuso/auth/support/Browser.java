package vn.hocvuso.auth.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.htmlunit.BrowserVersion;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;

/**
 * A browser (HtmlUnit, no JavaScript needed) that does not follow redirects by itself, so that a
 * test sees every hop of a login: to the upstream, back, to the client's redirect URI.
 */
public final class Browser implements AutoCloseable {

    private final WebClient web = new WebClient(BrowserVersion.CHROME);

    public Browser() {
        web.getOptions().setRedirectEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        web.getOptions().setThrowExceptionOnScriptError(false);
        web.getOptions().setJavaScriptEnabled(false);
        web.getOptions().setCssEnabled(false);
        web.getOptions().setPrintContentOnFailingStatusCode(false);
        web.getOptions().setTimeout(30_000);
    }

    /** One hop. */
    public Response get(String url) {
        try {
            return Response.of(web.getPage(new URL(url)));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        }
    }

    public Response post(String url, Map<String, String> form) {
        try {
            // As a browser submits a form: it asks for a page (an error is then a page, not JSON).
            WebRequest request =
                    new WebRequest(new URL(url), web.getBrowserVersion().getHtmlAcceptHeader(), null);
            request.setHttpMethod(HttpMethod.POST);
            List<NameValuePair> parameters = new ArrayList<>();
            form.forEach((name, value) -> parameters.add(new NameValuePair(name, value)));
            request.setRequestParameters(parameters);
            return Response.of(web.getPage(request));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url, e);
        }
    }

    /** Submits a form of the page with its submit button. */
    public Response submit(HtmlForm form) {
        try {
            HtmlButton button = form.getFirstByXPath(".//button[@type='submit']");
            if (button == null) {
                throw new IllegalStateException("the form has no submit button");
            }
            return Response.of(button.click());
        } catch (IOException e) {
            throw new UncheckedIOException("submit", e);
        }
    }

    /** Follows redirects as long as they stay where {@code ours} allows; returns the first response that does not. */
    public Response follow(Response response, Predicate<URI> ours) {
        Response current = response;
        for (int hops = 0; current.isRedirect() && ours.test(current.location()); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("too many redirects, last " + current.location());
            }
            current = get(current.location().toString());
        }
        return current;
    }

    /** The value of the cookie {@code name} the browser holds, or null. */
    public String cookie(String name) {
        org.htmlunit.util.Cookie cookie = web.getCookieManager().getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void forgetCookies() {
        web.getCookieManager().clearCookies();
    }

    @Override
    public void close() {
        web.close();
    }

    /** One HTTP response as the browser got it. */
    public record Response(int status, URI url, URI location, Page page) {

        static Response of(Page page) {
            URL url = page.getUrl();
            String location = page.getWebResponse().getResponseHeaderValue("Location");
            URI base = URI.create(url.toString());
            return new Response(
                    page.getWebResponse().getStatusCode(),
                    base,
                    location == null ? null : base.resolve(location),
                    page);
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400 && location != null;
        }

        public HtmlPage html() {
            if (page instanceof HtmlPage html) {
                return html;
            }
            throw new IllegalStateException("not an HTML page: " + status + " " + url + " "
                    + page.getWebResponse().getContentType());
        }

        public String body() {
            return page.getWebResponse().getContentAsString();
        }

        public String text() {
            return page instanceof HtmlPage html ? html.asNormalizedText() : body();
        }

        /** The query parameters of the redirect target. */
        public Map<String, String> locationParameters() {
            return query(location);
        }

        public static Map<String, String> query(URI uri) {
            Map<String, String> parameters = new LinkedHashMap<>();
            String raw = uri.getRawQuery();
            if (raw == null) {
                return parameters;
            }
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return parameters;
        }
    }
}
