package vn.hocvuso.nid.citizen;

import java.time.LocalDate;

/**
 * What an operator gives to register a person, as typed; {@link CitizenRegistry#register} checks
 * every rule before anything is stored.
 *
 * @param residenceProvinceCode the province of residence; when absent, the province of the ID number
 */
public record NewCitizen(
        String nationalId,
        String familyName,
        String givenName,
        LocalDate birthdate,
        String gender,
        String residenceProvinceCode,
        int assuranceLevel,
        String password) {

    @Override
    public String toString() {
        return "NewCitizen[hidden]";
    }
}
