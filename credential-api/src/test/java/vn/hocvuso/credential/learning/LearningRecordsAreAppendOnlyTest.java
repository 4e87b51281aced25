package vn.hocvuso.credential.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Learning records are append-only because no code can change them: no statement anywhere in the
 * application updates or deletes a row of {@code learning_event}, and the migrations give the
 * table no cascade that could.
 */
class LearningRecordsAreAppendOnlyTest {

    static final Pattern CHANGES_RECORDS = Pattern.compile(
            "(update\\s+learning_event\\b|delete\\s+from\\s+learning_event\\b|merge\\s+into\\s+learning_event\\b"
                    + "|truncate\\s+(table\\s+)?learning_event\\b"
                    // A cascade deletes rows of the table that declares it: only learning_event's own.
                    + "|(create|alter)\\s+table\\s+learning_event\\b[^;]*on\\s+delete\\s+cascade)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Test
    void whenTheSourcesAreSearchedThenNoStatementUpdatesOrDeletesALearningRecord() throws IOException {
        Path sources = Path.of("..", "src", "main").normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file ->
                            file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
                    .toList();
        }

        assertThat(files)
                .as("the sources were found from " + Path.of("").toAbsolutePath())
                .hasSizeGreaterThan(50);
        assertThat(files)
                .allSatisfy(file ->
                        assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern(CHANGES_RECORDS));
    }

    @Test
    void whenTheCheckMeetsAStatementThatChangesRecordsThenItNotices() {
        assertThat("jdbc.sql(\"update  learning_event set score = 100\")").containsPattern(CHANGES_RECORDS);
        assertThat("DELETE FROM learning_event WHERE id = 1").containsPattern(CHANGES_RECORDS);
        assertThat("insert into learning_event (id) values (1)").doesNotContainPattern(CHANGES_RECORDS);
        assertThat(
                        "CREATE TABLE learning_event (\n learner_id VARCHAR(43) REFERENCES learner (id) ON DELETE CASCADE\n);")
                .containsPattern(CHANGES_RECORDS);
        assertThat(
                        "CREATE TABLE status_change (\n credential_id VARCHAR(36) REFERENCES issued_credential (id) ON DELETE CASCADE\n);")
                .doesNotContainPattern(CHANGES_RECORDS);
    }
}
