package org.onewindow.domain.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Finds items and bundles the way a clerk types at the window: part of the name (食品经营), the
 * code (SCJG-003, scjg003), the department (市场监督), or pinyin as initials (yyzz → 营业执照, spjy →
 * 食品经营许可), whole (shipin) or mixed, over names, certificates, keywords and department names.
 * Exact matches come before prefixes, prefixes before matches inside the text, and a name counts
 * more than a keyword.
 * Several words must all match. The index is built once per catalog and is immutable, so one
 * instance serves every thread; building it loads the pinyin table (a few hundred ms on first use),
 * so build it off the UI thread.
 */
public final class ItemSearch {

    /** What a text is to its item, with the score of an exact, prefix and inner match. */
    private enum FieldKind {
        CODE(100, 80, 40),
        NAME(100, 90, 70),
        KEYWORD(85, 75, 60),
        CERTIFICATE(85, 75, 60),
        DEPARTMENT(50, 45, 40),
        ITEM_OF_BUNDLE(35, 30, 25);

        private final int exact;
        private final int prefix;
        private final int inner;

        FieldKind(int exact, int prefix, int inner) {
            this.exact = exact;
            this.prefix = prefix;
            this.inner = inner;
        }

        int score(PinyinText.Match match) {
            return switch (match) {
                case EXACT -> exact;
                case PREFIX -> prefix;
                case INNER -> inner;
                case NONE -> 0;
            };
        }
    }

    /** @param normalized lower case, half width; a code also loses its dashes (scjg003 finds SCJG-003) */
    private record Field(FieldKind kind, String text, String normalized, PinyinText pinyin) {

        static Field code(String code) {
            return new Field(FieldKind.CODE, code, PinyinText.normalize(code).replace("-", ""), null);
        }

        static Field of(FieldKind kind, String text) {
            return new Field(kind, text, PinyinText.normalize(text), PinyinText.of(text));
        }

        int score(String term) {
            if (kind == FieldKind.CODE) {
                String wanted = term.replace("-", "");
                return kind.score(PinyinText.Match.of(normalized.indexOf(wanted), wanted.length(), normalized.length()));
            }
            int plain = kind.score(PinyinText.Match.of(normalized.indexOf(term), term.length(), normalized.length()));
            return Math.max(plain, kind.score(pinyin.match(term)));
        }
    }

    private record Entry(int order, List<Field> fields, BiFunction<Integer, String, SearchHit> hit) {
    }

    private record Scored(Entry entry, int score, String matchedText) {
    }

    private final List<Entry> entries;

    public ItemSearch(Catalog catalog) {
        List<Entry> entries = new ArrayList<>();
        for (ServiceItem item : catalog.items()) {
            List<Field> fields = new ArrayList<>();
            fields.add(Field.code(item.code()));
            fields.add(Field.of(FieldKind.NAME, item.name()));
            if (item.issuesCertificate()) {
                fields.add(Field.of(FieldKind.CERTIFICATE, item.certificate()));
            }
            item.keywords().forEach(keyword -> fields.add(Field.of(FieldKind.KEYWORD, keyword)));
            catalog.department(item.departmentCode())
                    .ifPresent(department -> fields.add(Field.of(FieldKind.DEPARTMENT, department.name())));
            entries.add(new Entry(entries.size(), List.copyOf(fields),
                    (score, matched) -> new SearchHit.ItemHit(item, score, matched)));
        }
        for (Bundle bundle : catalog.bundles()) {
            List<Field> fields = new ArrayList<>();
            fields.add(Field.code(bundle.code()));
            fields.add(Field.of(FieldKind.NAME, bundle.name()));
            bundle.keywords().forEach(keyword -> fields.add(Field.of(FieldKind.KEYWORD, keyword)));
            for (ServiceItem item : catalog.itemsOf(bundle)) {
                fields.add(Field.of(FieldKind.ITEM_OF_BUNDLE, item.name()));
                if (item.issuesCertificate()) {
                    fields.add(Field.of(FieldKind.ITEM_OF_BUNDLE, item.certificate()));
                }
            }
            entries.add(new Entry(entries.size(), List.copyOf(fields),
                    (score, matched) -> new SearchHit.BundleHit(bundle, score, matched)));
        }
        this.entries = List.copyOf(entries);
    }

    /** Every item and bundle matching all words of the query, best first; none for a blank query. */
    public List<SearchHit> search(String query) {
        return search(query, Integer.MAX_VALUE);
    }

    public List<SearchHit> search(String query, int limit) {
        List<String> terms = Arrays.stream(PinyinText.normalize(query).trim().split("\\s+")).distinct().toList();
        if (terms.get(0).isEmpty()) {
            return List.of();
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            Scored scored = score(entry, terms);
            if (scored != null) {
                found.add(scored);
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(s -> s.entry().order()))
                .limit(limit)
                .map(s -> s.entry().hit().apply(s.score(), s.matchedText()))
                .toList();
    }

    private static Scored score(Entry entry, List<String> terms) {
        int total = 0;
        int best = 0;
        String matchedText = "";
        for (String term : terms) {
            int termBest = 0;
            for (Field field : entry.fields()) {
                int score = field.score(term);
                if (score > termBest) {
                    termBest = score;
                }
                if (score > best) {
                    best = score;
                    matchedText = field.text();
                }
            }
            if (termBest == 0) {
                return null;
            }
            total += termBest;
        }
        return new Scored(entry, total, matchedText);
    }
}
