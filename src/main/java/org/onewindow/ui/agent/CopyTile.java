package org.onewindow.ui.agent;

import org.onewindow.app.MaterialCopies;

/** An electronic copy with its thumbnail (JPEG bytes; empty when it could not be had yet) and a caption. */
public record CopyTile(MaterialCopies.Copy copy, byte[] thumbnail, String caption) {
}
