package dev.o2c.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared sample bank files under {@code ${o2c.shared.dir}/data} for tests, which skip when they are absent. */
public final class SharedData {

  /**
   * Why a test is skipped without the shared data: the one wording of every such skip in this module.
   * The folder sits beside the project in the team's workspace and is not part of a user's clone.
   */
  public static final String ABSENT = "needs ../shared/data (not in a user's clone)";

  private SharedData() {}

  /**
   * The shared data folder ({@code ${o2c.shared.dir}/data}, by default {@code ../shared/data} beside the
   * project root), or the test is skipped ({@link #ABSENT}).
   *
   * @return the folder
   */
  public static Path data() {
    String shared = System.getProperty("o2c.shared.dir");
    Path data = shared == null ? null : Path.of(shared, "data");
    assumeTrue(data != null && Files.isDirectory(data.resolve("camt053")), ABSENT);
    return data;
  }
}
