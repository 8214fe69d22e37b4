package org.onewindow.ui.cases;

/** One event of a case's timeline in words: when, who, what (the event type's Chinese label), and details. */
public record TimelineEntry(String when, String who, String what, String detail) {
}
