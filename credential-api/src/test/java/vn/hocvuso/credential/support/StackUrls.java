package vn.hocvuso.credential.support;

/** The public addresses of the three apps, as a browser sees them: one process each, or a load balancer. */
public record StackUrls(String nationalId, String authServer, String credentials) {}
