package dev.o2c.matching;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line per skipped test (or test class) with its reason, so that a skip is never silent in
 * the build's console: {@code SKIPPED StatementSharedDataTest.test_x(): needs ../shared/data (not in a
 * user's clone)}. Surefire itself only counts skips. Registered for this module's tests through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedTestsReport implements TestExecutionListener {

  /** Created by the JUnit Platform launcher through the service loader. */
  public SkippedTestsReport() {}

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      // JUnit words a failed assumption "Assumption failed: <reason>"; the reason is what to show.
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted")
          .replaceFirst("^Assumption failed: ", ""));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    String where = test.getDisplayName();
    TestSource source = test.getSource().orElse(null);
    if (source instanceof MethodSource) {
      String type = ((MethodSource) source).getClassName();
      where = type.substring(type.lastIndexOf('.') + 1) + "." + where;
    } else if (source instanceof ClassSource) {
      where = ((ClassSource) source).getJavaClass().getSimpleName();
    }
    System.out.println("SKIPPED " + where + ": " + reason);
  }
}
