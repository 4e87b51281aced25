package vn.hocvuso.credential.verification;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDObjectDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the disclosures of a presentation against the issuer-signed payload (RFC 9901 §7.1) and
 * decodes the disclosed claims with the authlete library, which also computes every digest:
 *
 * <ul>
 *   <li>{@code _sd_alg} is {@code sha-256} (or absent);
 *   <li>no digest appears twice in the payload and the disclosures;
 *   <li>every disclosure is referenced by a digest of this credential (one from another
 *       credential, or a tampered one, is not), and is sent once;
 *   <li>an object-property disclosure is referenced from {@code _sd}, an array element from
 *       {@code ...}, and it does not repeat a claim name already present beside its digest.
 * </ul>
 */
final class DisclosureCheck {

    /** A digest and where it was found. */
    private record Reference(boolean inSd, Set<String> siblingNames) {}

    private DisclosureCheck() {}

    /** The payload with the disclosures applied. */
    static Map<String, Object> decode(Map<String, Object> payload, List<Disclosure> disclosures) {
        Object algorithm = payload.getOrDefault("_sd_alg", "sha-256");
        if (!"sha-256".equals(algorithm)) {
            throw new CheckFailure("unsupported_hash", "the credential's _sd_alg is not sha-256");
        }
        Map<String, Disclosure> byDigest = new HashMap<>();
        for (Disclosure disclosure : disclosures) {
            if (byDigest.put(disclosure.digest(), disclosure) != null) {
                throw new CheckFailure("duplicate_disclosure", "a disclosure is sent twice");
            }
        }
        Map<String, Reference> references = new HashMap<>();
        collect(payload, references);
        List<Disclosure> pending = new ArrayList<>(disclosures);
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            // Disclosures may hold digests of further disclosures (recursive disclosure, §4.2.6).
            progress = false;
            for (Disclosure disclosure : List.copyOf(pending)) {
                Reference reference = references.get(disclosure.digest());
                if (reference == null) {
                    continue;
                }
                checkPlacement(disclosure, reference);
                pending.remove(disclosure);
                collect(disclosure.getClaimValue(), references);
                progress = true;
            }
        }
        if (!pending.isEmpty()) {
            throw new CheckFailure(
                    "unknown_disclosure", "a disclosure is not referenced by this credential's signed digests");
        }
        try {
            return new SDObjectDecoder().decode(payload, disclosures);
        } catch (RuntimeException e) {
            throw new CheckFailure("bad_disclosure", "the disclosures cannot be applied to the credential");
        }
    }

    private static void checkPlacement(Disclosure disclosure, Reference reference) {
        boolean property = disclosure.getClaimName() != null;
        if (property != reference.inSd()) {
            throw new CheckFailure(
                    "bad_disclosure",
                    "a disclosure is referenced where its kind (property or array element) cannot be");
        }
        if (property && reference.siblingNames().contains(disclosure.getClaimName())) {
            throw new CheckFailure("bad_disclosure", "a disclosure repeats a claim that is already present");
        }
    }

    private static void collect(Object node, Map<String, Reference> references) {
        if (node instanceof Map<?, ?> map) {
            Set<String> names = new HashSet<>();
            map.keySet().forEach(key -> names.add(String.valueOf(key)));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if ("_sd".equals(entry.getKey())) {
                    if (!(entry.getValue() instanceof List<?> digests)) {
                        throw new CheckFailure("bad_disclosure", "an _sd claim is not an array");
                    }
                    for (Object digest : digests) {
                        add(digest, new Reference(true, names), references);
                    }
                } else {
                    collect(entry.getValue(), references);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("...")) {
                    add(map.get("..."), new Reference(false, Set.of()), references);
                } else {
                    collect(element, references);
                }
            }
        }
    }

    private static void add(Object digest, Reference reference, Map<String, Reference> references) {
        if (!(digest instanceof String value)) {
            throw new CheckFailure("bad_disclosure", "a digest is not a string");
        }
        if (references.put(value, reference) != null) {
            throw new CheckFailure("duplicate_digest", "a digest appears twice in the credential");
        }
    }
}
