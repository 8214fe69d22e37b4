/**
 * The sync protocol's messages between a window and the central store (decision record 0006). They
 * live beside the one JSON mapping so the client ({@code sync}) and the server ({@code central})
 * read and write the same shapes without depending on each other.
 */
package org.onewindow.codec.sync;
