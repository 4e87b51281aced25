package vn.hocvuso.credential.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML data file into its node tree, which keeps the line of every value so that each
 * problem found later can name it. The file must be UTF-8 and hold one document whose top is a
 * mapping.
 */
final class YamlFile {

    private YamlFile() {}

    static Optional<YamlMapping> read(String file, InputStream content, FileProblems problems) {
        LoaderOptions options = new LoaderOptions();
        // Data files are small and hand-written: no alias bombs, no giant documents.
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try (Reader reader = new InputStreamReader(
                content,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            Iterator<Node> documents = yaml.composeAll(reader).iterator();
            if (!documents.hasNext()) {
                problems.add(file, 1, "the file is empty");
                return Optional.empty();
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                problems.add(file, documents.next().getStartMark().getLine() + 1, "only one YAML document is allowed");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file, YamlMapping.lineOf(root), "the file must be a mapping of keys to values");
                return Optional.empty();
            }
            return Optional.of(new YamlMapping(file, mapping, "the file", problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(file, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(file, 1, "not valid YAML: " + rootCauseMessage(e));
        } catch (IOException e) {
            problems.add(file, 1, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String rootCauseMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        return String.valueOf(cause.getMessage());
    }
}
