package vn.hocvuso.credential.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;

/** The aggregate queries behind the data-quality view; they read counts only, never personal data. */
@Repository
class JdbcDataQuality {

    private final JdbcClient jdbc;

    JdbcDataQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long learners() {
        return count("select count(*) from learner");
    }

    long learnersNeverLoggedIn() {
        return count("select count(*) from learner l"
                + " where not exists (select 1 from learner_subject s where s.learner_key = l.learner_key)");
    }

    long learnersWithIncompleteRecords() {
        return count("select count(distinct e.learner_key) from learning_event e where e.event_type = 'ENROLLED'"
                + " and not exists (select 1 from learning_event c where c.learner_key = e.learner_key"
                + " and c.once_key = 'completed:' || e.programme_id)");
    }

    long enrolled(String programmeId) {
        return count(
                "select count(*) from learning_event where event_type = 'ENROLLED' and programme_id = ?", programmeId);
    }

    long completed(String programmeId) {
        return count(
                "select count(*) from learning_event where event_type = 'PROGRAMME_COMPLETED' and programme_id = ?",
                programmeId);
    }

    /** Learners with a pass in every module of the programme and yet no completion record. */
    long passedAllButNotCompleted(ProgrammeDefinition programme) {
        List<String> modules = programme.programme().modules().stream()
                .map(ProgrammeModule::id)
                .toList();
        String placeholders = modules.stream().map(module -> "?").collect(Collectors.joining(", "));
        List<Object> parameters = new ArrayList<>();
        parameters.add(programme.id());
        parameters.addAll(modules);
        parameters.add(modules.size());
        parameters.add("completed:" + programme.id());
        return count(
                "select count(*) from (select p.learner_key from learning_event p where p.event_type = 'MODULE_PASSED'"
                        + " and p.programme_id = ? and p.module_id in (" + placeholders + ")"
                        + " group by p.learner_key having count(distinct p.module_id) = ?) passed"
                        + " where not exists (select 1 from learning_event c where c.learner_key = passed.learner_key"
                        + " and c.once_key = ?)",
                parameters.toArray());
    }

    /** Records whose programme, or module within it, is not in the catalogue in force. */
    long recordsOutsideCatalogue(List<ProgrammeDefinition> catalogue) {
        Set<String> known = catalogue.stream()
                .flatMap(definition ->
                        definition.programme().modules().stream().map(module -> definition.id() + "/" + module.id()))
                .collect(Collectors.toSet());
        Set<String> programmes = catalogue.stream().map(ProgrammeDefinition::id).collect(Collectors.toSet());
        long outside = 0;
        for (Object[] row : jdbc.sql("select programme_id, module_id, count(*) from learning_event"
                        + " group by programme_id, module_id")
                .query((rs, index) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list()) {
            String programmeId = (String) row[0];
            String moduleId = (String) row[1];
            boolean inCatalogue =
                    moduleId == null ? programmes.contains(programmeId) : known.contains(programmeId + "/" + moduleId);
            if (!inCatalogue) {
                outside += (Long) row[2];
            }
        }
        return outside;
    }

    private long count(String sql, Object... parameters) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Object parameter : parameters) {
            statement = statement.param(parameter);
        }
        return statement.query(Long.class).single();
    }
}
