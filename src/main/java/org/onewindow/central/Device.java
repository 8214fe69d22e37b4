package org.onewindow.central;

/** An enrolled window PC or laptop, as the service knows it after checking its token. */
public record Device(String deviceId, String deviceCode, String hall, String region) {

    /** A writer the centre itself stands for (the back office's desk), which prints no case numbers. */
    public Device(String deviceId, String hall, String region) {
        this(deviceId, "", hall, region);
    }
}
