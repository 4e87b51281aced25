package vn.hocvuso.nid.citizen;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Gives the demo citizens a phone number and an e-mail address (made-up ones: {@code +84 90...} and
 * {@code example.com}), once they are registered ({@link DemoCitizens} runs before the application
 * is ready). A demo citizen who already has contact data keeps it.
 */
public final class DemoContacts implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContacts.class);

    /** By ID number: the demo population of MISSION.md and the automation citizen. */
    static final Map<String, CitizenContact> CONTACTS = Map.of(
            "001089000001", contact("nguyen.van.an@example.com", "+84900000001"),
            "079195000002", contact("tran.thi.binh@example.com", "+84900000002"),
            "048302000003", contact("le.minh.chau@example.com", "+84900000003"),
            "001070000004", contact("pham.van.dung@example.com", "+84900000004"),
            "001199000005", contact("vu.thi.kiem.thu@example.com", "+84900000005"));

    private final CitizenRegistry registry;
    private final JdbcCitizenContacts contacts;
    private final DemoProperties properties;

    public DemoContacts(CitizenRegistry registry, JdbcCitizenContacts contacts, DemoProperties properties) {
        this.registry = registry;
        this.contacts = contacts;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!properties.enabled()) {
            return;
        }
        int given = 0;
        for (Map.Entry<String, CitizenContact> demo : CONTACTS.entrySet()) {
            Optional<Citizen> citizen = registry.findByNationalId(demo.getKey());
            if (citizen.isPresent() && contacts.find(citizen.get().id()).isEmpty()) {
                contacts.save(citizen.get().id(), demo.getValue());
                given++;
            }
        }
        LOG.info("demo citizens: contact data given to {} now", given);
    }

    private static CitizenContact contact(String email, String phoneNumber) {
        return new CitizenContact(Optional.of(email), Optional.of(phoneNumber));
    }
}
