package org.onewindow.store;

/** A place where a device's hash chain does not hold: an altered, missing or re-linked event. */
public record ChainBreak(String deviceId, long deviceSeq, String problem) {
}
