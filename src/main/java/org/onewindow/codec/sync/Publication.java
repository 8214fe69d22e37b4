package org.onewindow.codec.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A document published by the administrator: a catalog version ({@code key} is the version), a region's
 * calendar overrides ({@code key} is the region) or a year's national holidays ({@code key} is the year).
 * {@code json} is the published file as the windows read it.
 */
public record Publication(String key, Instant publishedAt, String json) {
    public Publication {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(json, "json");
    }
}
