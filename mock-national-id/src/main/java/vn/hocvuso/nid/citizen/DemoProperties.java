package vn.hocvuso.nid.citizen;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo citizens of the product brief, settings {@code nid.demo.*}.
 *
 * @param enabled whether to register them at start (when missing); turn off in production
 * @param password the password they all get on registration
 */
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("Demo@2026") String password) {

    @Override
    public String toString() {
        return "DemoProperties[enabled=" + enabled + "]";
    }
}
