package dev.o2c.examples.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.o2c.aging.Aging;
import dev.o2c.aging.AgingReport;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The HTML report: escaping, and a real render in headless Chromium (skipped, saying so, where no
 * Chromium is installed). The screenshot is kept as {@code target/aging-report.png} to look at.
 */
class AgingHtmlTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);

  /** A book of 40 customers with items spread over every bucket, and one customer with a hostile name. */
  static AgingReport<CustomerId> sample() {
    SplittableRandom random = new SplittableRandom(7);
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      int c = (int) Math.min(39, Math.abs(random.nextGaussian() * 12));
      String customer = c == 3 ? "<b>Müller & Söhne</b>" : String.format("C-%04d", 1000 + c * 37);
      boolean memo = random.nextInt(15) == 0;
      LocalDate due = AS_OF.plusDays(30 - random.nextInt(200));
      long amount = (500 + random.nextLong(500_000)) * (memo ? -1 : 1);
      items.add(OpenItem.builder().documentNumber(DocumentNumber.of("D" + i)).customerId(CustomerId.of(customer))
          .kind(memo ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE).documentDate(due.minusDays(30)).dueDate(due)
          .originalAmount(Money.ofMinor(javax.money.Monetary.getCurrency(i % 9 == 0 ? "USD" : "EUR"), amount))
          .build());
    }
    return Aging.standard().byCustomer(items, AS_OF);
  }

  @Test
  void test_customerNames_areEscaped() {
    String html = AgingHtml.render(sample(), "items<1>.csv");
    assertThat(html).contains("&lt;b&gt;Müller &amp; Söhne&lt;/b&gt;", "items&lt;1&gt;.csv")
        .doesNotContain("<b>Müller");
  }

  @Test
  void test_compactAmounts() {
    assertThat(AgingHtml.compact(Money.of("EUR", "1234567.00"))).isEqualTo("1.2M");
    assertThat(AgingHtml.compact(Money.of("EUR", "35449.99"))).isEqualTo("35.4k");
    assertThat(AgingHtml.compact(Money.of("EUR", "-950.40"))).isEqualTo("-950");
  }

  @Test
  void test_rendersInHeadlessChromium() throws Exception {
    Optional<String> chromium = chromium();
    assumeTrue(chromium.isPresent(), "needs chromium on the PATH (Debian: apt-get install chromium)");
    Path target = Path.of("target");
    Files.createDirectories(target);
    Path page = target.resolve("aging-report.html").toAbsolutePath();
    Files.writeString(page, AgingHtml.render(sample(), "sample.csv"));
    Path png = target.resolve("aging-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Path profile = Files.createTempDirectory("chromium-profile");
    Process process = new ProcessBuilder(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile, "--hide-scrollbars",
        "--window-size=1100,2400", "--screenshot=" + png, page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(target.resolve("chromium.log").toFile()).start();
    boolean done = process.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    assertThat(done).as("chromium finished within 2 minutes").isTrue();
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1100);
    // The page drew something: the dark header band at the top and coloured bars, not a blank page.
    assertThat(image.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x102A43);
    long colours = 0;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        if (seen.add(image.getRGB(x, y) & 0xFFFFFF)) {
          colours++;
        }
      }
    }
    assertThat(colours).as("distinct colours in the screenshot").isGreaterThan(20);
  }

  private static Optional<String> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }
}
