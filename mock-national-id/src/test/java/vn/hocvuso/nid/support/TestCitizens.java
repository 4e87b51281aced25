package vn.hocvuso.nid.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.NewCitizen;

/** Citizens made for one test, so that no test depends on what another did to the shared registry. */
public final class TestCitizens {

    public static final String PASSWORD = "Test@2026-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500_000);

    private TestCitizens() {}

    /** A fresh, well-formed ID number of a man born in Hà Nội on 1990-05-05. */
    public static String nextNationalId() {
        return "001090" + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    public static Registered register(CitizenRegistry registry, int assuranceLevel) {
        String nationalId = nextNationalId();
        Citizen citizen = registry.register(new NewCitizen(
                nationalId, "Đỗ", "Văn Thử", LocalDate.of(1990, 5, 5), "male", null, assuranceLevel, PASSWORD));
        return new Registered(citizen, nationalId);
    }

    public record Registered(Citizen citizen, String nationalId) {}
}
