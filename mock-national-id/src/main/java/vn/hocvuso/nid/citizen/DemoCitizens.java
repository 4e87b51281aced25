package vn.hocvuso.nid.citizen;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Registers the demo citizens of the product brief at start, once: a citizen already there is left
 * as it is (an operator may have suspended or re-levelled it), so restarts change nothing.
 */
public final class DemoCitizens implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCitizens.class);

    /** The demo population (MISSION.md); Phạm Văn Dũng is suspended after registration. */
    static final List<Demo> CITIZENS = List.of(
            new Demo("001089000001", "Nguyễn", "Văn An", LocalDate.of(1989, 3, 15), "male", 2, false),
            new Demo("079195000002", "Trần", "Thị Bình", LocalDate.of(1995, 7, 2), "female", 2, false),
            new Demo("048302000003", "Lê", "Minh Châu", LocalDate.of(2002, 11, 20), "female", 1, false),
            new Demo("001070000004", "Phạm", "Văn Dũng", LocalDate.of(1970, 1, 9), "male", 2, true));

    /**
     * The automation citizen: level 2, so her login has the one-time code step, and that code is
     * fixed ({@code nid.demo.automation-citizen.one-time-code}). Registered only with the demo data.
     */
    public static final String AUTOMATION_CITIZEN = "001199000005";

    private static final Demo AUTOMATION =
            new Demo(AUTOMATION_CITIZEN, "Vũ", "Thị Kiểm Thử", LocalDate.of(1999, 9, 9), "female", 2, false);

    private final CitizenRegistry registry;
    private final DemoProperties properties;

    public DemoCitizens(CitizenRegistry registry, DemoProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        List<Demo> demos = properties.automationCitizenActive()
                ? Stream.concat(CITIZENS.stream(), Stream.of(AUTOMATION)).toList()
                : CITIZENS;
        int registered = 0;
        for (Demo demo : demos) {
            if (registry.findByNationalId(demo.nationalId()).isPresent()) {
                continue;
            }
            try {
                Citizen citizen = registry.register(demo.toNewCitizen(properties.password()));
                if (demo.suspended()) {
                    registry.suspend(citizen.id());
                }
                registered++;
            } catch (DuplicateCitizenException e) {
                // another instance registered it at the same moment: the registry holds it, as wanted
            }
        }
        LOG.info("demo citizens: {} registered now, {} in total", registered, demos.size());
    }

    record Demo(
            String nationalId,
            String familyName,
            String givenName,
            LocalDate birthdate,
            String gender,
            int assuranceLevel,
            boolean suspended) {

        NewCitizen toNewCitizen(String password) {
            return new NewCitizen(nationalId, familyName, givenName, birthdate, gender, null, assuranceLevel, password);
        }
    }
}
