package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocvuso.credential.support.RealStack;

/**
 * The pages in a real browser (Debian's Chromium, headless, through its chromedriver) on the real
 * stack: Nguyễn Văn An logs in with the national identity and its one-time code using the keyboard
 * alone, switches the portal to English, takes a certificate offer; an employer creates a request.
 * Every page on the way is checked for what WCAG 2.1 AA needs of its markup: a language, a label
 * for every field, a text alternative for every image.
 */
class RealBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String AN = "001089000001";

    static RealStack stack;
    static WebDriver browser;

    @BeforeAll
    static void openTheBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("this test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver, as bash .ci/run does");
        }
        stack = RealStack.get();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void whenAnLogsInWithTheKeyboardAndSwitchesToEnglishThenHeGetsAnOfferOnAccessiblePages() {
        browser.get(stack.credentials.baseUrl() + "/learn");
        checkAccessibleMarkup("the portal's login page");
        browser.findElement(By.linkText("Đăng nhập bằng định danh điện tử")).sendKeys(Keys.ENTER);

        waitForAddress(stack.authServer.baseUrl());
        checkAccessibleMarkup("auth-server's login page");
        browser.findElement(By.id("login-vneid")).sendKeys(Keys.ENTER);

        waitForAddress(stack.nationalId.baseUrl());
        checkAccessibleMarkup("the simulator's login page");
        browser.findElement(By.name("national_id")).sendKeys(AN);
        browser.findElement(By.name("password")).sendKeys("Demo@2026", Keys.ENTER);

        WebElement otp = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.name("otp")));
        checkAccessibleMarkup("the simulator's one-time code page");
        Matcher code = Pattern.compile("\\b[0-9]{6}\\b").matcher(text());
        assertThat(code.find()).as("the simulator shows the one-time code").isTrue();
        otp.sendKeys(code.group(), Keys.ENTER);

        waitForAddress(stack.credentials.baseUrl() + "/learn");
        assertThat(text()).contains("Xin chào, Văn An!");
        assertThat(language()).isEqualTo("vi");

        browser.findElement(By.cssSelector("a[hreflang='en']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "en".equals(language()));
        assertThat(text()).contains("Hello, Văn An!");

        browser.get(stack.credentials.baseUrl() + "/credentials/offer");
        checkAccessibleMarkup("the offer page");
        browser.findElement(By.xpath("//button[normalize-space()='Get the certificate in my wallet']"))
                .sendKeys(Keys.ENTER);
        WebElement qr = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.qr")));
        checkAccessibleMarkup("the offer with its QR code");
        assertThat(qr.getDomAttribute("alt")).isNotBlank();
        assertThat(browser.findElement(By.id("deep-link")).getDomAttribute("href"))
                .startsWith("openid-credential-offer://");
        assertThat(browser.findElement(By.id("tx-code")).getText()).matches("[0-9]{6}");
    }

    @Test
    void whenAnEmployerCreatesARequestWithTheKeyboardThenThePageShowsItsQrCodeAndLink() {
        browser.get(stack.credentials.baseUrl() + "/verify?lang=en");
        checkAccessibleMarkup("the employer's start page");
        assertThat(language()).isEqualTo("en");

        WebElement givenName = browser.findElement(By.id("claim-given_name"));
        givenName.sendKeys(Keys.SPACE);
        assertThat(givenName.isSelected())
                .as("a checkbox ticked with the space bar")
                .isTrue();
        WebElement focused = givenName;
        for (int step = 0; step < 20 && !"button".equals(focused.getTagName()); step++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.getTagName())
                .as("the submit button is reached with the tab key")
                .isEqualTo("button");
        focused.sendKeys(Keys.ENTER);

        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("same-device-link")));
        checkAccessibleMarkup("the employer's request page");
        assertThat(link.getDomAttribute("href")).startsWith("openid4vp://");
        assertThat(browser.findElement(By.cssSelector("img.qr")).getDomAttribute("alt"))
                .isNotBlank();
    }

    /** The markup WCAG 2.1 AA needs from every page: 3.1.1 language, 1.1.1 text alternatives, 1.3.1/3.3.2 labels. */
    private static void checkAccessibleMarkup(String page) {
        List<String> problems = new ArrayList<>();
        if (language().isBlank()) {
            problems.add("no lang on <html>");
        }
        for (WebElement image : browser.findElements(By.tagName("img"))) {
            if (image.getDomAttribute("alt") == null) {
                problems.add("an image without alt: " + image.getDomAttribute("src"));
            }
        }
        for (WebElement field :
                browser.findElements(By.cssSelector("input:not([type=hidden]):not([type=submit]), select, textarea"))) {
            if (!labelled(field)) {
                problems.add("a field without a label: " + field.getDomAttribute("name"));
            }
        }
        if (browser.findElements(By.tagName("h1")).isEmpty()) {
            problems.add("no h1 heading");
        }
        assertThat(problems).as(page + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }

    private static boolean labelled(WebElement field) {
        String id = field.getDomAttribute("id");
        boolean hasLabel = id != null
                && !id.isBlank()
                && !browser.findElements(By.cssSelector("label[for='" + id + "']"))
                        .isEmpty();
        boolean wrapped = !field.findElements(By.xpath("ancestor::label")).isEmpty();
        String ariaLabel = field.getDomAttribute("aria-label");
        String ariaLabelledBy = field.getDomAttribute("aria-labelledby");
        return hasLabel
                || wrapped
                || (ariaLabel != null && !ariaLabel.isBlank())
                || (ariaLabelledBy != null && !ariaLabelledBy.isBlank());
    }

    private static void waitForAddress(String prefix) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getCurrentUrl().startsWith(prefix));
    }

    private static String language() {
        String lang = browser.findElement(By.tagName("html")).getDomAttribute("lang");
        return lang == null ? "" : lang;
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
