package org.onewindow.codec;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.PublishedRules;
import org.onewindow.domain.catalog.ServiceItem;

/**
 * The catalog's wire format (事项目录 JSON): the bundled demo catalog and what the central store
 * publishes are the same document. A sibling of {@link Json}: same strictness, but written in
 * record order and indented, because people read and review catalog files.
 */
public final class CatalogJson {

    /**
     * Bumped when the document's shape changes; a client refuses a format it does not know. Format 2 (deciding
     * authorities, limits with units and sources, secondary materials and 证明, the published rules: decision record
     * 0025; the agent situation's flag and the materials a bundle issues itself: 0032) is written; format 1 is still
     * read ({@link CatalogFormat1} says how).
     */
    public static final int FORMAT = 2;

    /** The oldest format still read. */
    static final int OLDEST_READ = 1;

    private static final String BUNDLED = "/catalog/demo-catalog.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /** The document on the wire; the domain {@link Catalog} stays free of wire concerns. */
    record Document(int format, String version, Instant publishedAt, PublishedRules rules,
                    List<Department> departments, List<ServiceItem> items, List<Bundle> bundles) {
    }

    /** Only the format, read first to pick the shape the rest is bound to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormatOnly(int format) {
    }

    static boolean readable(int format) {
        return format >= OLDEST_READ && format <= FORMAT;
    }

    private CatalogJson() {
    }

    /** The demo catalog bundled for first run; read once, then shared (it is immutable). */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    public static Catalog read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("读取事项目录失败", e);
        }
    }

    public static Catalog read(String json) {
        int format;
        try {
            format = MAPPER.readerFor(FormatOnly.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .<FormatOnly>readValue(json).format();
        } catch (JsonProcessingException e) {
            throw CatalogProblems.explain(MAPPER, json, e);
        }
        if (!readable(format)) {
            throw CatalogProblems.unsupported(String.valueOf(format));
        }
        try {
            if (format == 1) {
                CatalogFormat1.Document old = MAPPER.readValue(json, CatalogFormat1.Document.class);
                return catalog(old.version(), old::toCatalog);
            }
            Document document = MAPPER.readValue(json, Document.class);
            return catalog(document.version(), () -> new Catalog(document.version(), document.publishedAt(),
                    document.rules() == null ? PublishedRules.NONE : document.rules(), document.departments(),
                    document.items(), document.bundles()));
        } catch (JsonProcessingException e) {
            throw CatalogProblems.explain(MAPPER, json, e);
        }
    }

    private static Catalog catalog(String version, java.util.function.Supplier<Catalog> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CatalogFormatException(CatalogProblems.wrong(version == null ? "" : version) + e.getMessage(), e);
        }
    }

    public static String write(Catalog catalog) {
        Document document = new Document(FORMAT, catalog.version(), catalog.publishedAt(), catalog.rules(),
                catalog.departments(), catalog.items(), catalog.bundles());
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalog " + catalog.version(), e);
        }
    }

    /** Holder idiom: the bundled catalog is read on first use, once, on whichever thread asks. */
    private static final class Bundled {
        private static final Catalog CATALOG = load();

        private static Catalog load() {
            try (InputStream in = CatalogJson.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled catalog missing from the class path: " + BUNDLED);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
