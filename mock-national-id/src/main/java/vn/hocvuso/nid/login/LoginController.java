package vn.hocvuso.nid.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hocvuso.nid.citizen.CitizenRegistry;

/**
 * The login pages: the ID number and password, then, for a level-2 account, the one-time code.
 * Field names are part of the contract with the other apps' browser tests: {@code national_id},
 * {@code password}, {@code otp}.
 */
@Controller
class LoginController {

    static final String CHALLENGE = OneTimeCodeChallenge.class.getName();

    private final PasswordLogin passwordLogin;
    private final CitizenRegistry registry;
    private final SessionSignIn signIn;
    private final LoginProperties properties;
    private final Clock clock;
    private final LoginMetrics metrics;
    private final OneTimeCodes codes;

    LoginController(
            PasswordLogin passwordLogin,
            CitizenRegistry registry,
            SessionSignIn signIn,
            LoginProperties properties,
            Clock clock,
            LoginMetrics metrics,
            OneTimeCodes codes) {
        this.passwordLogin = passwordLogin;
        this.registry = registry;
        this.signIn = signIn;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
        this.codes = codes;
    }

    @GetMapping("/login")
    String loginPage(Model model) {
        model.addAttribute("nationalId", "");
        return "login";
    }

    @PostMapping("/login")
    String login(
            @RequestParam(name = "national_id", defaultValue = "") String nationalIdInput,
            @RequestParam(name = "password", defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String nationalId = nationalIdInput.replaceAll("\\s", "");
        LoginOutcome outcome = passwordLogin.attempt(nationalId, password);
        if (outcome instanceof LoginOutcome.PasswordVerified verified) {
            return afterPassword(verified, request, response);
        }
        metrics.failed(outcome);
        if (outcome instanceof LoginOutcome.Suspended) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "suspended";
        }
        model.addAttribute("nationalId", nationalId.length() <= 12 ? nationalId : "");
        if (outcome instanceof LoginOutcome.Locked locked) {
            return refused(response, model, HttpStatus.TOO_MANY_REQUESTS, "login.error.locked", minutesUntil(locked));
        }
        if (outcome instanceof LoginOutcome.MalformedNumber) {
            return refused(response, model, HttpStatus.BAD_REQUEST, "login.error.format", null);
        }
        return refused(response, model, HttpStatus.UNAUTHORIZED, "login.error.invalid", null);
    }

    private String afterPassword(
            LoginOutcome.PasswordVerified verified, HttpServletRequest request, HttpServletResponse response) {
        if (!verified.citizen().assuranceLevel().requiresOneTimeCode()) {
            return "redirect:"
                    + signIn.signIn(
                            CitizenAuthentication.withPassword(
                                    verified.citizen().subject(), verified.at()),
                            request,
                            response);
        }
        OneTimeCodeChallenge challenge = codes.challenge(verified);
        request.changeSessionId(); // the password step raised the session's privilege
        request.getSession().setAttribute(CHALLENGE, challenge);
        return "redirect:/login/otp";
    }

    @GetMapping("/login/otp")
    String oneTimeCodePage(HttpServletResponse response, HttpSession session, Model model) {
        OneTimeCodeChallenge challenge = (OneTimeCodeChallenge) session.getAttribute(CHALLENGE);
        if (challenge == null) {
            return "redirect:/login";
        }
        if (!clock.instant().isBefore(challenge.expiresAt())) {
            session.removeAttribute(CHALLENGE);
            model.addAttribute("nationalId", "");
            return refused(response, model, HttpStatus.UNAUTHORIZED, "otp.error.expired", null);
        }
        return otpPage(model, challenge);
    }

    @PostMapping("/login/otp")
    String verifyCode(
            @RequestParam(name = "otp", defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        OneTimeCodeChallenge challenge = (OneTimeCodeChallenge) session.getAttribute(CHALLENGE);
        if (challenge == null) {
            return "redirect:/login";
        }
        Instant now = clock.instant();
        switch (challenge.check(code, now)) {
            case ACCEPTED -> {
                session.removeAttribute(CHALLENGE);
                return afterCode(challenge, now, request, response);
            }
            case WRONG -> {
                OneTimeCodeChallenge next = challenge.afterWrongCode();
                session.setAttribute(CHALLENGE, next);
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                model.addAttribute("errorKey", "otp.error.wrong");
                model.addAttribute("errorArg", next.attemptsLeft());
                return otpPage(model, next);
            }
            case EXHAUSTED -> {
                session.removeAttribute(CHALLENGE);
                metrics.failed("code_exhausted");
                passwordLogin.recordFailedSecondStep(challenge.throttleKey());
                model.addAttribute("nationalId", "");
                return refused(response, model, HttpStatus.UNAUTHORIZED, "otp.error.exhausted", null);
            }
            default -> {
                session.removeAttribute(CHALLENGE);
                metrics.failed("code_expired");
                model.addAttribute("nationalId", "");
                return refused(response, model, HttpStatus.UNAUTHORIZED, "otp.error.expired", null);
            }
        }
    }

    /** The account may have been suspended while the code was being typed: check again before signing in. */
    private String afterCode(
            OneTimeCodeChallenge challenge, Instant now, HttpServletRequest request, HttpServletResponse response) {
        boolean active = registry.findBySubject(challenge.subject())
                .map(citizen -> citizen.isActive())
                .orElse(false);
        if (!active) {
            metrics.failed("suspended");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "suspended";
        }
        return "redirect:"
                + signIn.signIn(
                        CitizenAuthentication.withPasswordAndCode(
                                challenge.subject(), challenge.passwordVerifiedAt(), now),
                        request,
                        response);
    }

    private String otpPage(Model model, OneTimeCodeChallenge challenge) {
        model.addAttribute("code", challenge.code());
        model.addAttribute("validMinutes", properties.oneTimeCodeLifetime().toMinutes());
        return "otp";
    }

    private static String refused(
            HttpServletResponse response, Model model, HttpStatus status, String errorKey, Object errorArg) {
        response.setStatus(status.value());
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorArg", errorArg);
        return "login";
    }

    private long minutesUntil(LoginOutcome.Locked locked) {
        long seconds = Duration.between(clock.instant(), locked.until()).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
