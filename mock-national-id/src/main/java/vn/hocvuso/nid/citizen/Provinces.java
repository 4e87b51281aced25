package vn.hocvuso.nid.citizen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of province codes, read from {@code registry/provinces.csv}: the list is data,
 * so a change of the administrative map is a change of that file, not of code.
 */
public final class Provinces {

    static final String RESOURCE = "/registry/provinces.csv";

    private static final Provinces OFFICIAL = load(Provinces.class.getResourceAsStream(RESOURCE), RESOURCE);

    private final Map<String, Province> byCode;

    private Provinces(Map<String, Province> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The official list shipped with the application. */
    public static Provinces official() {
        return OFFICIAL;
    }

    /**
     * Reads a list in the {@code code;name} format; lines starting with {@code #} and blank lines are
     * skipped. A malformed line or a repeated code names the line and stops: a wrong list must never
     * load half.
     */
    static Provinces load(InputStream input, String source) {
        if (input == null) {
            throw new IllegalStateException("province list " + source + " is missing from the classpath");
        }
        Map<String, Province> byCode = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                Province province = parse(trimmed, source, number);
                if (byCode.putIfAbsent(province.code(), province) != null) {
                    throw new IllegalStateException(
                            source + " line " + number + ": province code " + province.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read province list " + source, e);
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("province list " + source + " is empty");
        }
        return new Provinces(byCode);
    }

    private static Province parse(String line, String source, int number) {
        int separator = line.indexOf(';');
        String code = separator < 0 ? "" : line.substring(0, separator).strip();
        String name = separator < 0 ? "" : line.substring(separator + 1).strip();
        if (!code.matches("[0-9]{3}") || name.isEmpty()) {
            throw new IllegalStateException(
                    source + " line " + number + ": expected 'code;name' with a three-digit code");
        }
        return new Province(code, name);
    }

    public Optional<Province> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public List<Province> all() {
        return List.copyOf(byCode.values());
    }
}
