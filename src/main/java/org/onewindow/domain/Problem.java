package org.onewindow.domain;

import java.util.Objects;

/**
 * Something the person at the window can understand and act on (问题提示): its message is written for
 * them, in Chinese, and is shown as it is. This family is closed: an exception that is not a
 * {@code Problem} is a fault of the program, and the window shows it as one, with a reference to the
 * log, never its developer's text.
 */
public abstract sealed class Problem extends RuntimeException {

    private Problem(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }

    /** What was typed or chosen cannot be used as it is; the message says what to change. */
    public static final class InvalidInput extends Problem {
        public InvalidInput(String message) {
            super(message, null);
        }
    }

    /** The law or the case's rules do not allow it now (a closed case, 容缺 on a core material …). */
    public static final class RuleBroken extends Problem {
        public RuleBroken(String message) {
            super(message, null);
        }
    }

    /** The case, number or document asked for is not there. */
    public static final class NotFound extends Problem {
        public NotFound(String message) {
            super(message, null);
        }
    }

    /** The person may not do this, or their confirmation (a supervisor's password) was not accepted. */
    public static final class NotPermitted extends Problem {
        public NotPermitted(String message) {
            super(message, null);
        }
    }

    /** The central store could not be reached or refused; the window goes on with what it has here. */
    public static final class CentreUnavailable extends Problem {
        public CentreUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A document did not reach paper; the case is saved and the document can be printed again. */
    public static final class PrinterFailed extends Problem {
        public PrinterFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A date was asked for beyond the calendar the window can compute. */
    public static final class OutsideCalendar extends Problem {
        public OutsideCalendar(String message) {
            super(message, null);
        }
    }
}
