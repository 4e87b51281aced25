package vn.hocvuso.credential.provider;

import java.time.LocalDate;
import vn.hocvuso.credential.learner.LearnerKey;

/** A submitted result whose every field checked out, for a learner we know. */
record ValidResult(LearnerKey learner, String programmeId, String moduleId, int score, LocalDate assessedOn) {}
