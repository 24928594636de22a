package com.slackadmin.connections.platform;

/**
 * The application must not start: its message is one line that says why and what to do. Thrown by a check
 * on {@link Starting}; {@link StartupGate} ends the process with it. It carries no stack trace: the reason is
 * the configuration, not the code.
 */
public class StartRefusedException extends RuntimeException {

  public StartRefusedException(String reason) {
    super("Refusing to start: " + oneLine(reason), null, false, false);
  }

  /** The innermost cause's message: the driver's or file system's own words. */
  static String innermostMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
