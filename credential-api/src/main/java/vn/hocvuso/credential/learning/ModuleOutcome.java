package vn.hocvuso.credential.learning;

/**
 * What recording a module result did.
 *
 * @param passed whether the score reached the module's pass mark
 * @param passMark the module's pass mark
 * @param programmeCompleted whether the programme is complete after this result
 * @param completedNow whether this very result completed it
 */
public record ModuleOutcome(boolean passed, int passMark, boolean programmeCompleted, boolean completedNow) {}
