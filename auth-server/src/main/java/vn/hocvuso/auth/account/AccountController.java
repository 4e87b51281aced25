package vn.hocvuso.auth.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.hocvuso.auth.consent.Consents;

/** The citizen's own page: who they are here, which clients they consented to, and withdrawal. */
@Controller
class AccountController {

    private final Consents consents;
    private final JdbcCitizenAccountStore accounts;

    AccountController(Consents consents, JdbcCitizenAccountStore accounts) {
        this.consents = consents;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(CitizenAuthentication citizen, Model model) {
        accounts.findById(citizen.accountId())
                .flatMap(account -> account.profile().name())
                .ifPresent(name -> model.addAttribute("name", name));
        model.addAttribute("acr", citizen.acr());
        model.addAttribute("consents", consents.of(citizen.getName()));
        return "account";
    }

    @PostMapping("/account/consents/{clientId}/withdraw")
    String withdraw(CitizenAuthentication citizen, @PathVariable String clientId) {
        if (!consents.withdraw(citizen.getName(), clientId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account?withdrawn";
    }
}
