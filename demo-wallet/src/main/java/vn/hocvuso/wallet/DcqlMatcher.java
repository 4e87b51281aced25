package vn.hocvuso.wallet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a DCQL query (OID4VP 1.0 §6, §7) against the wallet's credentials, for what this wallet
 * holds: {@code dc+sd-jwt} credentials, {@code meta.vct_values}, and {@code claims} paths (all of
 * them required; {@code claim_sets} and {@code credential_sets} are not supported and refused).
 */
final class DcqlMatcher {

    /** A credential that satisfies a credential query, and the claims to disclose for it. */
    record Match(String queryId, StoredCredential credential, Set<String> disclosures) {}

    private DcqlMatcher() {}

    static Match match(PresentationRequest request, List<StoredCredential> credentials) {
        if (request.dcqlQuery().containsKey("credential_sets")) {
            throw new WalletException("this wallet does not support credential_sets");
        }
        List<Map<String, Object>> queries = request.credentialQueries();
        if (queries.size() != 1) {
            throw new WalletException("this wallet answers queries for exactly one credential");
        }
        Map<String, Object> query = queries.get(0);
        if (query.containsKey("claim_sets")) {
            throw new WalletException("this wallet does not support claim_sets");
        }
        if (!(query.get("id") instanceof String id)) {
            throw new WalletException("the credential query has no id");
        }
        if (!"dc+sd-jwt".equals(query.get("format"))) {
            throw new WalletException("this wallet holds only dc+sd-jwt credentials, not " + query.get("format"));
        }
        List<List<Object>> paths = paths(query.get("claims"));
        for (StoredCredential credential : credentials) {
            if (vctMatches(query.get("meta"), credential.claims().get("vct"))
                    && paths.stream().allMatch(path -> resolves(credential.claims(), path))) {
                return new Match(id, credential, disclosures(credential, paths));
            }
        }
        throw new WalletException("no credential in the wallet matches the request");
    }

    private static boolean vctMatches(Object meta, Object vct) {
        if (!(meta instanceof Map<?, ?> map) || !(map.get("vct_values") instanceof List<?> values)) {
            throw new WalletException("the credential query has no meta.vct_values");
        }
        return values.contains(vct);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> paths(Object claims) {
        if (claims == null) {
            return List.of();
        }
        if (!(claims instanceof List<?> list)) {
            throw new WalletException("claims is not an array");
        }
        List<List<Object>> paths = new ArrayList<>();
        for (Object claim : list) {
            if (!(claim instanceof Map<?, ?> map) || !(map.get("path") instanceof List<?> path) || path.isEmpty()) {
                throw new WalletException("a claims query has no path");
            }
            paths.add((List<Object>) path);
        }
        return paths;
    }

    /** §7: claims path pointer: a string selects a key, null every element, a number one element. */
    static boolean resolves(Object node, List<Object> path) {
        if (path.isEmpty()) {
            return node != null;
        }
        Object head = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (head == null) {
            return node instanceof List<?> list && list.stream().anyMatch(element -> resolves(element, rest));
        }
        if (head instanceof Number index) {
            return node instanceof List<?> list
                    && index.intValue() >= 0
                    && index.intValue() < list.size()
                    && resolves(list.get(index.intValue()), rest);
        }
        return node instanceof Map<?, ?> map && map.containsKey(head) && resolves(map.get(head), rest);
    }

    /** The selectively disclosable top-level claims named by the query's paths. */
    private static Set<String> disclosures(StoredCredential credential, List<List<Object>> paths) {
        Set<String> disclosable = new LinkedHashSet<>();
        credential
                .disclosures()
                .forEach(disclosure ->
                        Optional.ofNullable(disclosure.getClaimName()).ifPresent(disclosable::add));
        Set<String> chosen = new LinkedHashSet<>();
        for (List<Object> path : paths) {
            if (path.get(0) instanceof String name && disclosable.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }
}
