package org.onewindow.codec.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A document published by the administrator: a catalog version ({@code key} is the version) or a
 * region's calendar overrides ({@code key} is the region). {@code json} is the published file as is.
 */
public record Publication(String key, Instant publishedAt, String json) {
    public Publication {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(json, "json");
    }
}
