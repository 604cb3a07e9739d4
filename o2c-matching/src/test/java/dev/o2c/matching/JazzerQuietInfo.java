package dev.o2c.matching;

import com.code_intelligence.jazzer.utils.Log;
import java.io.PrintStream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Keeps Jazzer's informational lines ({@code INFO: Loaded 277 hooks ...}, {@code INFO: Instrumented ...},
 * {@code INFO: Creating merged dictionary ...}, hundreds per {@code mvn verify}) out of the build's
 * console in regression mode; its warnings, errors and findings still print. Jazzer has no log level
 * setting, but lets the streams it prints to be fixed ({@link Log#fixOutErr}); this listener fixes
 * standard error behind a filter before any test runs. In fuzzing mode ({@code JAZZER_FUZZ=1}) it does
 * nothing, so a fuzzing session shows everything. Registered for this module's tests only, through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class JazzerQuietInfo implements TestExecutionListener {

  /** Created by the JUnit Platform launcher through the service loader. */
  public JazzerQuietInfo() {}

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    if (System.getenv("JAZZER_FUZZ") == null) {
      Log.fixOutErr(System.out, new WithoutInfo(System.err));
    }
  }

  /** Drops each {@code INFO: } line; Jazzer prints the prefix and the message in two calls. */
  private static final class WithoutInfo extends PrintStream {
    private boolean dropLine;

    WithoutInfo(PrintStream err) {
      super(err, true);
    }

    @Override
    public void print(String s) {
      if ("INFO: ".equals(s)) {
        dropLine = true;
      } else if (!dropLine) {
        super.print(s);
      }
    }

    @Override
    public void println(String s) {
      if (dropLine) {
        dropLine = false;
      } else {
        super.println(s);
      }
    }
  }
}
