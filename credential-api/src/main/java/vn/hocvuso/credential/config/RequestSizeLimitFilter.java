package vn.hocvuso.credential.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose body is over the limit with 413 (RFC 9110 §15.5.14) and the error
 * format of the endpoint, before anything reads them. A body of unknown length is cut off at the limit.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Writes the 413 answer in the error format of the endpoint. */
    @FunctionalInterface
    interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException;
    }

    private final long maxBytes;
    private final Refusal refusal;

    /** For the wallet endpoints: the OAuth / OpenID4VCI error format. */
    RequestSizeLimitFilter(long maxBytes) {
        this(maxBytes, RequestSizeLimitFilter::oauthError);
    }

    RequestSizeLimitFilter(long maxBytes, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            refusal.write(request, response, maxBytes);
            return;
        }
        chain.doFilter(length < 0 ? new Limited(request, maxBytes) : request, response);
    }

    static void oauthError(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        String uri = request.getRequestURI();
        String error =
                uri.endsWith("/token") || uri.startsWith("/oid4vp/") ? "invalid_request" : "invalid_credential_request";
        response.setStatus(413);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"error\":\"" + error + "\",\"error_description\":\"the request body is larger than "
                                + maxBytes + " bytes\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** For our own APIs: an RFC 9457 problem, as {@link ApiProblems} writes the others. */
    static void problemDetails(HttpServletRequest request, HttpServletResponse response, long maxBytes)
            throws IOException {
        response.setStatus(413);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"type\":\"" + ApiProblems.TYPE_PREFIX + "too-large\",\"title\":\"Request body too large\","
                                + "\"status\":413,\"detail\":\"the request body is larger than " + maxBytes
                                + " bytes\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown while reading a body of unknown length past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("the request body is larger than " + maxBytes + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = in.read(buffer, offset, length);
                    if (count > 0 && (read += count) > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
