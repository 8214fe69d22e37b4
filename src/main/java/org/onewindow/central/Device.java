package org.onewindow.central;

/** An enrolled window PC or laptop, as the service knows it after checking its token. */
public record Device(String deviceId, String hall, String region) {
}
