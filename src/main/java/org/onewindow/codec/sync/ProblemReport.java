package org.onewindow.codec.sync;

/** The body of every 4xx/5xx answer: a message a person can read (Chinese). */
public record ProblemReport(int status, String message) {
}
