package vn.hocvuso.credential.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocvuso.credential.framework.Competency;
import vn.hocvuso.credential.framework.LocalizedText;
import vn.hocvuso.credential.framework.ProficiencyGroup;
import vn.hocvuso.credential.framework.Programme;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.framework.ProgrammeModule;

/** The national framework's competencies that the tests' programmes align to, and the two programmes. */
public final class TestCatalog implements ProgrammeCatalog {

    public static final String FRAMEWORK_VERSION = "2025.1";
    public static final String NATIONAL_ASSEMBLY = "bdhvs-digital-national-assembly";
    public static final String PUBLIC_SERVICE = "bdhvs-digital-public-service";

    private static final Map<String, Competency> COMPETENCIES = Map.of(
            "1.1",
            new Competency(
                    "1.1",
                    "1",
                    new LocalizedText(
                            "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
                            "Browsing, searching and filtering data, information and digital content"),
                    Optional.of("1.1")),
            "2.1",
            new Competency(
                    "2.1",
                    "2",
                    new LocalizedText("Tương tác thông qua công nghệ số", "Interacting through digital technologies"),
                    Optional.of("2.1")),
            "4.2",
            new Competency(
                    "4.2",
                    "4",
                    new LocalizedText(
                            "Bảo vệ dữ liệu cá nhân và quyền riêng tư", "Protecting personal data and privacy"),
                    Optional.of("4.2")),
            "6.1",
            new Competency(
                    "6.1",
                    "6",
                    new LocalizedText("Hiểu biết về trí tuệ nhân tạo", "Understanding artificial intelligence"),
                    Optional.empty()));

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme(
                    NATIONAL_ASSEMBLY,
                    new LocalizedText(
                            "Bình dân học vụ số – Quốc hội số", "Digital literacy for all – Digital National Assembly"),
                    new LocalizedText(
                            "Kỹ năng số cơ bản cho đại biểu và công chức Quốc hội",
                            "Basic digital skills for deputies and civil servants of the National Assembly"),
                    ProficiencyGroup.BASIC,
                    new LocalizedText(
                            "Đạt tất cả các học phần với điểm tối thiểu của từng học phần",
                            "Pass every module at or above its pass mark"),
                    List.of(
                            new ProgrammeModule(
                                    "information",
                                    new LocalizedText("Khai thác thông tin và dữ liệu", "Information and data"),
                                    List.of("1.1"),
                                    70),
                            new ProgrammeModule(
                                    "collaboration",
                                    new LocalizedText(
                                            "Giao tiếp và hợp tác trên môi trường số", "Digital collaboration"),
                                    List.of("2.1"),
                                    70),
                            new ProgrammeModule(
                                    "privacy",
                                    new LocalizedText("An toàn và bảo vệ dữ liệu cá nhân", "Safety and personal data"),
                                    List.of("4.2"),
                                    80),
                            new ProgrammeModule(
                                    "ai",
                                    new LocalizedText("Ứng dụng trí tuệ nhân tạo", "Using artificial intelligence"),
                                    List.of("6.1"),
                                    70))),
            new Programme(
                    PUBLIC_SERVICE,
                    new LocalizedText(
                            "Bình dân học vụ số – Công vụ số", "Digital literacy for all – Digital public service"),
                    new LocalizedText(
                            "Kỹ năng số trung cấp cho công chức", "Intermediate digital skills for civil servants"),
                    ProficiencyGroup.INTERMEDIATE,
                    new LocalizedText("Đạt tất cả các học phần", "Pass every module"),
                    List.of(new ProgrammeModule(
                            "services",
                            new LocalizedText("Dịch vụ công trực tuyến", "Online public services"),
                            List.of("2.1", "4.2"),
                            75))));

    @Override
    public String frameworkVersion() {
        return FRAMEWORK_VERSION;
    }

    @Override
    public List<Programme> programmes() {
        return PROGRAMMES;
    }

    @Override
    public Optional<Programme> programme(String id) {
        return PROGRAMMES.stream()
                .filter(programme -> programme.id().equals(id))
                .findFirst();
    }

    @Override
    public Optional<Competency> competency(String id) {
        return Optional.ofNullable(COMPETENCIES.get(id));
    }
}
