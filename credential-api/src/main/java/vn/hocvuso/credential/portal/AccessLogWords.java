package vn.hocvuso.credential.portal;

import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.agency.AgencyProperties;
import vn.hocvuso.credential.audit.AccessEvent;
import vn.hocvuso.credential.audit.AccessOutcome;

/**
 * An access-log entry in words for its citizen: the agency's name, the purpose, the channel and the
 * answer translated ({@code i18n/access-log*.properties}); a code without a translation is shown
 * as it is, with a word saying so, rather than hidden.
 */
@Component
class AccessLogWords {

    private final MessageSource messages;
    private final AgencyProperties agencies;

    AccessLogWords(MessageSource messages, AgencyProperties agencies) {
        this.messages = messages;
        this.agencies = agencies;
    }

    /** One row of the page. */
    record Row(Instant at, String agency, String purpose, String channel, String answer, boolean refused) {}

    Row row(AccessEvent event, Locale locale) {
        return new Row(
                event.at(),
                agencies.find(event.agencyId())
                        .map(agency -> agency.displayName(locale))
                        .orElse(event.agencyId()),
                orCode("accessLog.purpose." + event.purpose(), "accessLog.purpose.other", event.purpose(), locale),
                orCode(
                        "accessLog.channel." + event.channel().value(),
                        "accessLog.code",
                        event.channel().value(),
                        locale),
                answer(event, locale),
                event.outcome() == AccessOutcome.REFUSED);
    }

    private String answer(AccessEvent event, Locale locale) {
        String code = event.answer();
        if (event.outcome() == AccessOutcome.REFUSED) {
            return orCode("accessLog.refused." + code, "accessLog.refused.other", code, locale);
        }
        if ("not-certified".equals(code)) {
            return messages.getMessage("accessLog.answer.notCertified", null, locale);
        }
        // certified:<level>:valid|not-valid, as the agency queries record it
        String[] parts = code.split(":");
        if (parts.length == 3 && "certified".equals(parts[0])) {
            String level = orCode("accessLog.level." + parts[1], "accessLog.code", parts[1], locale);
            String key =
                    "valid".equals(parts[2]) ? "accessLog.answer.certifiedValid" : "accessLog.answer.certifiedNotValid";
            return messages.getMessage(key, new Object[] {level}, locale);
        }
        return messages.getMessage("accessLog.answer.other", new Object[] {code}, locale);
    }

    private String orCode(String key, String fallbackKey, String code, Locale locale) {
        String text = messages.getMessage(key, null, null, locale);
        return text != null ? text : messages.getMessage(fallbackKey, new Object[] {code}, locale);
    }
}
