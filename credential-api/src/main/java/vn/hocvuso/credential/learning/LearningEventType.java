package vn.hocvuso.credential.learning;

/** What a learning record says happened. */
public enum LearningEventType {
    /** The learner joined a programme (by choice in the portal, or with a provider's first result). */
    ENROLLED,
    /** A module's assessment reached its pass mark; carries the score. */
    MODULE_PASSED,
    /** A module's assessment stayed under its pass mark; carries the score. Quiz failures count for the retry rule. */
    MODULE_FAILED,
    /** Every module of the programme is passed: the certificate can be issued. */
    PROGRAMME_COMPLETED
}
