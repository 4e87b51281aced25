package vn.hocvuso.credential.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A demo citizen of the national-identity simulator (MISSION.md) and the learning records seeded
 * for them.
 *
 * @param nationalId their personal identification number (demo data, published in the README)
 * @param givenName given name
 * @param familyName family name
 * @param birthDate date of birth
 * @param assuranceLevel the level of their simulator account
 * @param passedModules module scores already recorded in the basic programme, in order (empty:
 *     not started; all modules: completed)
 */
record DemoLearner(
        String nationalId,
        String givenName,
        String familyName,
        LocalDate birthDate,
        String assuranceLevel,
        Map<String, Integer> passedModules) {

    static final String BASIC_PROGRAMME = "bdhvs-digital-national-assembly";
    static final String LEVEL_1 = "urn:vn:vneid:loa:1";
    static final String LEVEL_2 = "urn:vn:vneid:loa:2";

    static List<DemoLearner> all() {
        return List.of(
                // Has completed the basic programme.
                new DemoLearner(
                        "001089000001",
                        "Văn An",
                        "Nguyễn",
                        LocalDate.of(1989, 3, 15),
                        LEVEL_2,
                        ordered("information", 90, "communication", 80, "safety", 100, "responsible-ai", 80)),
                // Halfway through it: two of its four modules passed.
                new DemoLearner(
                        "079195000002",
                        "Thị Bình",
                        "Trần",
                        LocalDate.of(1995, 7, 2),
                        LEVEL_2,
                        ordered("information", 80, "communication", 100)),
                // Has not started.
                new DemoLearner("048302000003", "Minh Châu", "Lê", LocalDate.of(2002, 11, 20), LEVEL_1, Map.of()));
    }

    private static Map<String, Integer> ordered(Object... moduleThenScore) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (int index = 0; index < moduleThenScore.length; index += 2) {
            scores.put((String) moduleThenScore[index], (Integer) moduleThenScore[index + 1]);
        }
        return scores;
    }

    @Override
    public String toString() {
        return "DemoLearner[personal data hidden]";
    }
}
