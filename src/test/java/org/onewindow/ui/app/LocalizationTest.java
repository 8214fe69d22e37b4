package org.onewindow.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the window exists in Chinese and English, is used, and every key used exists. */
class LocalizationTest {

    private static final Path BUNDLE_DIR = Path.of("resources/i18n");
    private static final List<Path> UI_SOURCES = List.of(
            Path.of("src/main/java/org/onewindow/ui"), Path.of("resources/org/onewindow/ui"));
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\\.get\\(\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern KEY_IN_FXML = Pattern.compile("\"%([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyBundleOnDiskIsLoadedByTheWindow() {
        assertThat(Localization.BUNDLES).containsExactlyInAnyOrderElementsOf(baseNamesOnDisk());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        for (String baseName : baseNamesOnDisk()) {
            Set<String> chinese = keys(baseName, Locale.SIMPLIFIED_CHINESE);
            Set<String> english = keys(baseName, Locale.ENGLISH);
            assertThat(english).as("English keys of %s", baseName).containsExactlyInAnyOrderElementsOf(chinese);
        }
    }

    @Test
    void noTextIsEmpty() {
        for (Locale language : Localization.LANGUAGES) {
            for (String baseName : baseNamesOnDisk()) {
                Localization.read(Localization.fileOf(baseName, language)).forEach((key, text) ->
                        assertThat(text).as("%s in %s", key, language).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyUsedInCodeOrFxmlExists() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(Localization.chinese().bundle().keySet());
        assertThat(missing).as("keys used but defined nowhere").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        String sources = allUiSources();
        Set<String> named = namedValueKeys();
        Set<String> unused = new TreeSet<>();
        for (String key : Localization.chinese().bundle().keySet()) {
            if (!sources.contains("\"" + key + "\"") && !sources.contains("\"%" + key + "\"") && !named.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }

    /** Statuses, decisions, roles, document kinds …: each value the window names has a text in both languages. */
    @Test
    void everyValueTheWindowNamesHasATextInBothLanguages() {
        for (Locale language : Localization.LANGUAGES) {
            Set<String> keys = Localization.of(language, Localization.BUNDLES).bundle().keySet();
            assertThat(keys).as("texts in %s", language).containsAll(namedValueKeys());
        }
        Set<String> labelKeys = new TreeSet<>(Localization.chinese().bundle().keySet());
        labelKeys.removeIf(key -> !key.startsWith("label."));
        assertThat(labelKeys).as("label keys that name no value").isSubsetOf(namedValueKeys());
    }

    /** In Chinese the window says what the domain says: the legal terms the documents print. */
    @Test
    void theChineseNamesAreTheDomainsOwnLegalTerms() throws Exception {
        Localization chinese = Localization.chinese();
        for (Class<? extends Enum<?>> type : Labels.NAMED) {
            java.lang.reflect.Method label = type.getMethod(type == org.onewindow.print.DocumentKind.class ? "title" : "label");
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(chinese.get(Labels.key(value))).as("%s", value).isEqualTo(label.invoke(value));
            }
        }
    }

    /**
     * Texts built in code are texts too: no string in the window's code is written in Chinese (ideographs, the
     * enumeration comma, full-width punctuation) — each comes from the bundles, in both languages.
     */
    @Test
    void noTextOfTheWindowIsWrittenInItsCode() {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
        Pattern chinese = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
        Set<String> written = new TreeSet<>();
        walk(UI_SOURCES.get(0)).filter(f -> f.toString().endsWith(".java")).forEach(file -> {
            String code = readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher strings = literal.matcher(code);
            while (strings.find()) {
                if (chinese.matcher(strings.group(1)).find()) {
                    written.add(file.getFileName() + ": " + strings.group());
                }
            }
        });
        assertThat(written).as("Chinese written in the window's code instead of its bundles").isEmpty();
    }

    /** The domain's labels are the legal Chinese terms the documents print; the window names values through Labels. */
    @Test
    void theWindowNamesTheDomainsValuesInItsOwnLanguage() {
        com.tngtech.archunit.core.domain.JavaClasses window = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onewindow.ui");
        for (Class<? extends Enum<?>> type : Labels.NAMED) {
            String method = type == org.onewindow.print.DocumentKind.class ? "title" : "label";
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should()
                    .callMethod(type, method).because("the window names " + type.getSimpleName() + " through Labels")
                    .check(window);
        }
    }

    private static Set<String> namedValueKeys() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : Labels.NAMED) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(Labels.key(value));
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesLoadAndFormatArguments() {
        Localization english = Localization.of(Locale.ENGLISH, Localization.BUNDLES);
        assertThat(english.get("shell.clerk", "Li", "clerk")).isEqualTo("Li (clerk)");
        assertThat(Localization.chinese().get("shell.clerk", "李", "窗口受理人员")).isEqualTo("李（窗口受理人员）");
    }

    private static Set<String> keys(String baseName, Locale language) {
        Map<String, String> texts = Localization.read(Localization.fileOf(baseName, language));
        return texts.keySet();
    }

    private static List<String> baseNamesOnDisk() {
        try (Stream<Path> files = Files.list(BUNDLE_DIR)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> usedKeys() {
        String sources = allUiSources();
        Set<String> used = new TreeSet<>();
        for (Pattern pattern : List.of(KEY_IN_JAVA, KEY_IN_FXML)) {
            Matcher matcher = pattern.matcher(sources);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        return used;
    }

    private static String allUiSources() {
        return UI_SOURCES.stream().flatMap(LocalizationTest::walk)
                .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml"))
                .map(LocalizationTest::readString)
                .collect(Collectors.joining("\n"));
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
