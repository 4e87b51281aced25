package vn.hocvuso.credential.issuance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.credential.framework.LocalizedText;

/**
 * The claims of the digital-competency credential as wallets should show them: one list feeds the
 * issuer metadata (OID4VCI 1.0 Appendix B.2), the type metadata (SD-JWT VC §6.3), and decides
 * which claims {@link SdJwtVcFactory} makes selectively disclosable, so that they cannot disagree.
 */
public final class ClaimCatalogue {

    /**
     * One claim.
     *
     * @param path claims path pointer; {@code null} selects every element of an array
     * @param label what a wallet shows beside the value
     * @param selectivelyDisclosable whether the claim is a disclosure ({@code sd: always}) or plain ({@code never})
     * @param mandatory whether every credential has it
     */
    public record Claim(List<String> path, LocalizedText label, boolean selectivelyDisclosable, boolean mandatory) {

        public Claim {
            path = Collections.unmodifiableList(new ArrayList<>(path));
        }

        /** OID4VCI 1.0 Appendix B.2 claims description. */
        Map<String, Object> asIssuerMetadata() {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("path", path);
            claim.put("mandatory", mandatory);
            claim.put(
                    "display",
                    List.of(Map.of("name", label.vi(), "locale", "vi"), Map.of("name", label.en(), "locale", "en")));
            return claim;
        }

        /** SD-JWT VC type metadata claim (draft-ietf-oauth-sd-jwt-vc §6.3). */
        Map<String, Object> asTypeMetadata() {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("path", path);
            claim.put(
                    "display",
                    List.of(Map.of("locale", "vi", "label", label.vi()), Map.of("locale", "en", "label", label.en())));
            claim.put("sd", selectivelyDisclosable ? "always" : "never");
            return claim;
        }
    }

    public static final List<String> PERSONAL = List.of("given_name", "family_name", "birthdate");

    public static final List<Claim> CLAIMS = List.of(
            personal("given_name", "Tên", "Given name"),
            personal("family_name", "Họ", "Family name"),
            personal("birthdate", "Ngày sinh", "Date of birth"),
            plain(new LocalizedText("Chứng chỉ", "Certificate"), true, "achievement", "name"),
            plain(new LocalizedText("Mô tả", "Description"), true, "achievement", "description"),
            plain(new LocalizedText("Cấp độ", "Level"), true, "achievement", "level"),
            plain(new LocalizedText("Tiêu chí", "Criteria"), true, "achievement", "criteria", "narrative"),
            plain(
                    new LocalizedText("Mã năng lực", "Competency code"),
                    true,
                    "achievement",
                    "alignment",
                    null,
                    "targetCode"),
            plain(new LocalizedText("Năng lực", "Competency"), true, "achievement", "alignment", null, "targetName"),
            plain(
                    new LocalizedText("Khung năng lực", "Competency framework"),
                    true,
                    "achievement",
                    "alignment",
                    null,
                    "targetFramework"),
            plain(new LocalizedText("Ngày đạt", "Awarded on"), true, "issued_on"),
            plain(
                    new LocalizedText("Mức bảo đảm định danh", "Identity assurance level"),
                    true,
                    "evidence",
                    null,
                    "acr"));

    private ClaimCatalogue() {}

    private static Claim personal(String name, String vi, String en) {
        return new Claim(List.of(name), new LocalizedText(vi, en), true, true);
    }

    private static Claim plain(LocalizedText label, boolean mandatory, String... path) {
        return new Claim(Arrays.asList(path), label, false, mandatory);
    }
}
