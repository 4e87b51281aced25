package vn.hocvuso.nid.citizen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo citizens of the product brief, settings {@code nid.demo.*}.
 *
 * @param enabled whether to register them at start (when missing); turn off in production
 * @param password the password they all get on registration
 * @param automationCitizen a further demo citizen whose one-time code never changes, so that an
 *     automated browser (a conformance suite, an end-to-end test) can complete a level-2 login
 */
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("Demo@2026") String password,
        @Valid @DefaultValue AutomationCitizen automationCitizen) {

    /** Whether the fixed-code citizen is registered and its code fixed: only with the demo data. */
    public boolean automationCitizenActive() {
        return enabled && automationCitizen.enabled();
    }

    @Override
    public String toString() {
        return "DemoProperties[enabled=" + enabled + ", automationCitizen=" + automationCitizen.enabled() + "]";
    }

    /**
     * Settings {@code nid.demo.automation-citizen.*}. Refused with the production profile.
     *
     * @param enabled whether Vũ Thị Kiểm Thử ({@link DemoCitizens#AUTOMATION_CITIZEN}) is registered
     *     and always gets {@code oneTimeCode}
     * @param oneTimeCode her one-time code, six digits
     */
    public record AutomationCitizen(
            @DefaultValue("true") boolean enabled,

            @DefaultValue("246810") @Pattern(regexp = "\\d{6}", message = "must be six digits")
            String oneTimeCode) {

        @Override
        public String toString() {
            return "AutomationCitizen[enabled=" + enabled + "]";
        }
    }
}
