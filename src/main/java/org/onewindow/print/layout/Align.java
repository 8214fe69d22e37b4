package org.onewindow.print.layout;

/** Horizontal alignment of a line within its box. */
public enum Align {
    LEFT, CENTER, RIGHT
}
