package org.onewindow.codec;

/** A catalog that cannot be read; the message says in Chinese where and what is wrong. */
public class CatalogFormatException extends RuntimeException {

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
