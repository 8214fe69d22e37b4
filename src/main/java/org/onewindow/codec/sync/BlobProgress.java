package org.onewindow.codec.sync;

/**
 * How much of an electronic copy the centre holds (its answer to an upload): the bytes received so far, and
 * whether the copy is whole and matched its hash.
 */
public record BlobProgress(long offset, boolean complete) {
}
