package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Optional;

/** The competency framework and the programmes, as loaded and validated at start. Read-only. */
public interface ProgrammeCatalog {

    /** The version of the framework file in force, recorded with every learning event and credential. */
    String frameworkVersion();

    List<Programme> programmes();

    Optional<Programme> programme(String id);

    Optional<Competency> competency(String id);
}
