package vn.hocvuso.credential.framework;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The framework and programmes, read from their YAML files once at start. A file with any problem
 * stops the app: it never runs on a framework it could not check.
 */
@Component
public class YamlProgrammeCatalog implements ProgrammeCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(YamlProgrammeCatalog.class);

    private final CompetencyFramework framework;
    private final List<ProgrammeDefinition> definitions;

    public YamlProgrammeCatalog(FrameworkProperties properties, ResourceLoader resources) {
        this.framework = load(resources, properties.file(), FrameworkFileReader::read);
        this.definitions = load(
                resources,
                properties.programmesFile(),
                (file, content) -> ProgrammeFileReader.read(file, content, framework));
        LOG.info(
                "framework loaded: version={} areas={} competencies={} programmes={}",
                framework.version(),
                framework.areas().size(),
                framework.competencies().size(),
                definitions.size());
    }

    public CompetencyFramework framework() {
        return framework;
    }

    public List<ProgrammeDefinition> definitions() {
        return definitions;
    }

    public Optional<ProgrammeDefinition> definition(String programmeId) {
        return definitions.stream()
                .filter(definition -> definition.id().equals(programmeId))
                .findFirst();
    }

    @Override
    public String frameworkVersion() {
        return framework.version();
    }

    @Override
    public List<Programme> programmes() {
        return definitions.stream().map(ProgrammeDefinition::programme).toList();
    }

    @Override
    public Optional<Programme> programme(String id) {
        return definition(id).map(ProgrammeDefinition::programme);
    }

    @Override
    public Optional<Competency> competency(String id) {
        return framework.competency(id);
    }

    private interface Reader<T> {
        T read(String file, InputStream content);
    }

    private static <T> T load(ResourceLoader resources, String location, Reader<T> reader) {
        String file = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new DataFileException(List.of(new FileProblem(file, 1, "the file does not exist")));
        }
        try (InputStream content = resource.getInputStream()) {
            return reader.read(file, content);
        } catch (IOException e) {
            throw new DataFileException(List.of(new FileProblem(file, 1, "cannot be read: " + e.getMessage())));
        }
    }
}
