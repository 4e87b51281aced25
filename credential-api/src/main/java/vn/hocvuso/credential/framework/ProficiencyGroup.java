package vn.hocvuso.credential.framework;

/**
 * The four groups of proficiency levels of DigComp 2.2: foundation (levels 1–2), intermediate (3–4),
 * advanced (5–6) and highly specialised (7–8).
 */
public enum ProficiencyGroup {
    BASIC,
    INTERMEDIATE,
    ADVANCED,
    SPECIALISED
}
