package org.onewindow.domain.intake;

/** One missing or defective material on the one-time notice (一次性告知), with how to fix it. */
public record Deficiency(String materialCode, String materialName, String problem, String remedy) {
}
