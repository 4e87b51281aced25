package vn.hocvuso.credential.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Drives the learner's offer page as a logged-in learner and reads what it shows: the QR code, the link, the code. */
public final class OfferPage {

    /** What the page showed after "get the certificate": the link decoded from the QR image, the link, the code. */
    public record Shown(String qrContent, String deepLink, String txCode, String html) {}

    private OfferPage() {}

    public static RequestPostProcessor loggedIn(TestLearners.Learner learner) {
        return oidcLogin()
                .idToken(token -> token.subject(learner.subject())
                        .claim("acr", learner.profile().assuranceLevel())
                        .claim("amr", java.util.List.of("pwd", "otp", "mfa")));
    }

    public static Shown requestOffer(MockMvc mvc, TestLearners.Learner learner, String programmeId) throws Exception {
        String html = mvc.perform(post("/credentials/offer")
                        .param("programme", programmeId)
                        .with(loggedIn(learner))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new Shown(
                decodeQr(find(html, "class=\"qr\" src=\"data:image/png;base64,([^\"]+)\"")),
                unescape(find(html, "id=\"deep-link\" href=\"([^\"]+)\"")),
                find(html, "id=\"tx-code\"[^>]*>([0-9]+)<"),
                html);
    }

    public static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page shows nothing matching " + regex + ":\n" + html);
        }
        return matcher.group(1);
    }

    private static String unescape(String attribute) {
        return attribute.replace("&amp;", "&");
    }

    /** Reads the QR code the way a phone camera would: from the pixels. */
    public static String decodeQr(String base64Png) throws Exception {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64Png)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // Our own codes are pure (no perspective, a quiet zone): locating finder patterns heuristically
        // fails for some contents, reading the pure barcode never does.
        return new QRCodeReader()
                .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
