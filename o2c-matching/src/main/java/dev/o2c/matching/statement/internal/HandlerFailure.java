package dev.o2c.matching.statement.internal;

import java.util.Objects;

/**
 * Carries an exception thrown by the host's {@link dev.o2c.matching.statement.StatementHandler}
 * past a reader's own exception translation, so that the host gets its exception back unchanged
 * rather than wrapped in a parse exception. A reader calls the handler through {@link #call} and
 * rethrows {@link #original()} where it translates everything else.
 *
 * <p>Not API (see the package documentation).
 */
public final class HandlerFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient RuntimeException original;

  private HandlerFailure(RuntimeException original) {
    super(null, original, false, false);
    this.original = original;
  }

  /**
   * Runs a call into the host's handler.
   *
   * @param handlerCall the call
   * @throws HandlerFailure wrapping whatever unchecked exception the call throws
   * @throws NullPointerException if handlerCall is null
   */
  public static void call(Runnable handlerCall) {
    Objects.requireNonNull(handlerCall, "handlerCall");
    try {
      handlerCall.run();
    } catch (RuntimeException e) {
      throw new HandlerFailure(e);
    }
  }

  /**
   * The exception the handler threw.
   *
   * @return the original exception, to rethrow unchanged
   */
  public RuntimeException original() {
    return original;
  }
}
