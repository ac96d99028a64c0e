package org.framing.ingest;

/**
 * Bad input the user can fix: the message is one line that names the file, line, column or option and says
 * what to do. The command line prints it without a stack trace (unless {@code --verbose}) and exits with 2.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
