package org.onewindow.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The window's texts, from UTF-8 {@code .properties} bundles under {@code resources/i18n/}. Chinese is
 * the root bundle ({@code messages.properties}); English is {@code messages_en.properties}. Several
 * base names are merged into one bundle so each part of the UI keeps its own files; a key defined
 * twice is an error. There is deliberately no fallback from one language to the other: the
 * localization test keeps both complete.
 */
public final class Localization {

    /** The bundles of the window, in {@code resources/i18n/}. */
    public static final List<String> BUNDLES = List.of("i18n/messages", "i18n/intake", "i18n/documents", "i18n/supplement",
            "i18n/agents", "i18n/after",
            "i18n/labels");

    /** The languages offered: Chinese first (the default), English second. */
    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final Locale locale;
    private final Map<String, String> texts;
    private final ResourceBundle bundle;

    private Localization(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
        this.bundle = new MapBundle(texts);
    }

    /** Chinese, the default of the window. */
    public static Localization chinese() {
        return of(Locale.SIMPLIFIED_CHINESE, BUNDLES);
    }

    public static Localization of(Locale locale, List<String> baseNames) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String baseName : baseNames) {
            for (Map.Entry<String, String> entry : read(fileOf(baseName, locale)).entrySet()) {
                if (texts.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                    throw new IllegalStateException("key " + entry.getKey() + " is defined twice (" + baseName + ")");
                }
            }
        }
        return new Localization(locale, Collections.unmodifiableMap(texts));
    }

    /** The resource path of one base name's file for a language: the root file is Chinese. */
    public static String fileOf(String baseName, Locale locale) {
        boolean chinese = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        return "/" + baseName + (chinese ? "" : "_" + locale.getLanguage()) + ".properties";
    }

    /** Reads one UTF-8 properties file from the class path, keeping the file's order. */
    public static Map<String, String> read(String resource) {
        try (InputStream in = Localization.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + resource);
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            Properties properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    ordered.put((String) key, (String) value);
                    return super.put(key, value);
                }
            };
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle " + resource, e);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key; with arguments it is a {@link MessageFormat} pattern. */
    public String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("no text for " + key, getClass().getName(), key);
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** For FXML ({@code %key}). */
    public ResourceBundle bundle() {
        return bundle;
    }

    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> texts;

        MapBundle(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }
}
