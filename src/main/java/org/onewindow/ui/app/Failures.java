package org.onewindow.ui.app;

import java.util.UUID;
import org.onewindow.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the person at the window is told when something did not work: a {@link Problem}'s own message, which
 * is written for them; anything else is a fault of the program, logged with its stack trace under a short
 * reference that the message gives, so support can find it — never the developer's text.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private final Localization texts;

    public Failures(Localization texts) {
        this.texts = texts;
    }

    /** The message for {@code failure}; a fault is logged here, once, with its reference. */
    public String describe(Throwable failure) {
        if (failure instanceof Problem problem) {
            return problem.getMessage();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LOG.error("fault shown to the user as reference {}", reference, failure);
        return texts.get("error.fault", reference);
    }

    /** Whether the failure is one the person can act on (not a fault of the program). */
    public static boolean forThePerson(Throwable failure) {
        return failure instanceof Problem;
    }
}
