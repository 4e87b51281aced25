package vn.hocvuso.nid.admin;

import java.time.LocalDate;
import vn.hocvuso.nid.citizen.NewCitizen;

/**
 * Body of {@code POST /admin/citizens}. Every field is checked by the registry, which names the
 * rule a refused value breaks.
 *
 * @param provinceCode province of residence; defaults to the province of the ID number
 * @param assuranceLevel 1 (account only) or 2 (identity verified with the chip ID card)
 */
record CreateCitizenRequest(
        String nationalId,
        String familyName,
        String givenName,
        LocalDate birthdate,
        String gender,
        String provinceCode,
        Integer assuranceLevel,
        String password) {

    NewCitizen toNewCitizen() {
        return new NewCitizen(
                nationalId,
                familyName,
                givenName,
                birthdate,
                gender,
                provinceCode,
                assuranceLevel == null ? 0 : assuranceLevel,
                password);
    }

    @Override
    public String toString() {
        return "CreateCitizenRequest[hidden]";
    }
}
