package vn.hocvuso.credential.provider;

/**
 * A result as a provider sent it, fields still unchecked (from a JSON object, a JSON line or a CSV
 * row). Holds an ID number: never logged, never echoed back.
 */
record SubmittedResult(String nationalId, String programmeId, String moduleId, String score, String assessedOn) {

    @Override
    public String toString() {
        return "SubmittedResult[programmeId=" + programmeId + ", moduleId=" + moduleId + "]";
    }
}
