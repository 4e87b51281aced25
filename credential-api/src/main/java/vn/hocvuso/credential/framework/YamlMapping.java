package vn.hocvuso.credential.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping with typed, line-aware accessors. Every accessor records a problem naming the
 * line (a missing key: the mapping's line; a wrong value: the value's line) and returns empty, so
 * that readers go on and report everything at once.
 */
final class YamlMapping {

    private final String file;
    private final MappingNode node;
    private final String what;
    private final FileProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMapping(String file, MappingNode node, String what, FileProblems problems) {
        this.file = file;
        this.node = node;
        this.what = what;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Optional<String> key = scalarText(tuple.getKeyNode());
            if (key.isEmpty()) {
                problem(tuple.getKeyNode(), what + " has a key that is not plain text");
            } else if (entries.containsKey(key.get())) {
                problem(
                        tuple.getKeyNode(),
                        what + " has the key '" + key.get() + "' twice (first at line "
                                + lineOf(entries.get(key.get()).getKeyNode()) + ")");
            } else {
                entries.put(key.get(), tuple);
            }
        }
    }

    int line() {
        return lineOf(node);
    }

    String file() {
        return file;
    }

    /**
     * The line of {@code key}, or of the mapping when the key is absent. The key's line rather than
     * its value's: a block list or mapping starts on the line after its key.
     */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : lineOf(tuple.getKeyNode());
    }

    void problem(int line, String message) {
        problems.add(file, line, message);
    }

    /** Records a problem for every key not in {@code allowed}: a misspelt key must not be silently ignored. */
    void allowOnly(Collection<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problem(
                        entry.getValue().getKeyNode(),
                        what + " has an unknown key '" + entry.getKey() + "' (expected one of "
                                + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    Optional<String> text(String key) {
        return value(key).flatMap(value -> {
            Optional<String> text = scalarText(value).map(String::strip);
            if (text.isEmpty()) {
                problem(value, what + ": '" + key + "' must be a text value");
                return Optional.empty();
            }
            if (text.get().isEmpty()) {
                problem(value, what + ": '" + key + "' must not be empty");
                return Optional.empty();
            }
            return text;
        });
    }

    Optional<String> optionalText(String key) {
        return entries.containsKey(key) ? text(key) : Optional.empty();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    OptionalInt integer(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<String> text = scalarText(value.get());
        if (text.isPresent() && text.get().matches("-?[0-9]{1,9}")) {
            return OptionalInt.of(Integer.parseInt(text.get()));
        }
        problem(value.get(), what + ": '" + key + "' must be a whole number");
        return OptionalInt.empty();
    }

    /** A text in Vietnamese and English: a mapping with exactly the keys {@code vi} and {@code en}. */
    Optional<LocalizedText> localized(String key) {
        return mapping(key).flatMap(text -> {
            text.allowOnly(Set.of("vi", "en"));
            Optional<String> vi = text.text("vi");
            Optional<String> en = text.text("en");
            return vi.isPresent() && en.isPresent()
                    ? Optional.of(new LocalizedText(vi.get(), en.get()))
                    : Optional.empty();
        });
    }

    Optional<YamlMapping> mapping(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof MappingNode mapping) {
                return Optional.of(new YamlMapping(file, mapping, what + " '" + key + "'", problems));
            }
            problem(value, what + ": '" + key + "' must be a mapping (keys with values)");
            return Optional.empty();
        });
    }

    /** A non-empty list of mappings, each described as {@code itemName} with its position. */
    List<YamlMapping> mappings(String key, String itemName) {
        List<YamlMapping> items = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof MappingNode mapping) {
                items.add(new YamlMapping(file, mapping, itemName, problems));
            } else {
                problem(item, "each entry of '" + key + "' in " + what + " must be a mapping (a " + itemName + ")");
            }
        }
        return items;
    }

    /** A non-empty list of texts. */
    List<Located<String>> texts(String key) {
        List<Located<String>> items = new ArrayList<>();
        for (Node item : sequence(key)) {
            Optional<String> text = scalarText(item).map(String::strip).filter(value -> !value.isEmpty());
            if (text.isPresent()) {
                items.add(new Located<>(text.get(), lineOf(item)));
            } else {
                problem(item, "each entry of '" + key + "' in " + what + " must be a text value");
            }
        }
        return items;
    }

    private List<Node> sequence(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problem(value.get(), what + ": '" + key + "' must be a list");
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            problem(value.get(), what + ": '" + key + "' must not be empty");
        }
        return sequence.getValue();
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            problem(line(), what + " lacks the required key '" + key + "'");
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private void problem(Node at, String message) {
        problems.add(file, lineOf(at), message);
    }

    private static Optional<String> scalarText(Node node) {
        if (node instanceof ScalarNode scalar
                && !"tag:yaml.org,2002:null".equals(scalar.getTag().getValue())) {
            return Optional.of(scalar.getValue());
        }
        return Optional.empty();
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A value with the line it was read from. */
    record Located<T>(T value, int line) {}
}
