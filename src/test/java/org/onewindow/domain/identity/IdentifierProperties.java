package org.onewindow.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/** Generated numbers: valid ones pass, every single mistyped character is caught, 15→18 round-trips. */
class IdentifierProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String ID_CHARACTERS = "0123456789X";

    @Provide
    Arbitrary<String> residentIds() {
        Arbitrary<String> province = Arbitraries.of("11", "31", "44", "51", "65", "71");
        Arbitrary<String> county = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<LocalDate> birth = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(province, county, birth, sequence).as((p, c, b, s) -> {
            String first17 = p + c + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s;
            return first17 + ResidentIdNumber.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<Character> authority = Arbitraries.of('1', '5', '9', 'Y');
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> organisation = Arbitraries.strings().withChars(CreditCode.CHARACTERS.toCharArray()).ofLength(9);
        Arbitrary<Character> category = Arbitraries.of('1', '2', '3');
        return Combinators.combine(authority, category, division, organisation).as((a, k, d, o) -> {
            String first17 = "" + a + k + d + o;
            return first17 + CreditCode.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<String> firstGenerationNumbers() {
        return residentIds().filter(id -> id.startsWith("19", 6))
                .map(id -> id.substring(0, 6) + id.substring(8, 17));
    }

    @Property
    void generatedResidentIdsPass(@ForAll("residentIds") String id) {
        IdentifierCheck check = Identifiers.check(IdKind.RESIDENT_ID, id, TODAY);
        assertThat(check.problems()).isEmpty();
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.normalized()).isEqualTo(id);
    }

    @Property
    void anySingleMistypedCharacterOfAResidentIdIsCaught(@ForAll("residentIds") String id,
            @ForAll @IntRange(max = 17) int position, @ForAll @IntRange(min = 1, max = 10) int shift) {
        char original = id.charAt(position);
        char typed = ID_CHARACTERS.charAt((ID_CHARACTERS.indexOf(original) + shift) % ID_CHARACTERS.length());
        String mistyped = id.substring(0, position) + typed + id.substring(position + 1);
        assertThat(Identifiers.check(IdKind.RESIDENT_ID, mistyped, TODAY).valid()).isFalse();
    }

    @Property
    void generatedCreditCodesPass(@ForAll("creditCodes") String code) {
        assertThat(CreditCode.check(code).verdict()).isEqualTo(Verdict.VALID);
    }

    @Property
    void anySingleMistypedCharacterOfACreditCodeIsCaught(@ForAll("creditCodes") String code,
            @ForAll @IntRange(max = 17) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
        String alphabet = CreditCode.CHARACTERS;
        char typed = alphabet.charAt((alphabet.indexOf(code.charAt(position)) + shift) % alphabet.length());
        String mistyped = code.substring(0, position) + typed + code.substring(position + 1);
        assertThat(CreditCode.check(mistyped).verdict()).isNotEqualTo(Verdict.VALID);
    }

    @Property
    void firstGenerationNumbersRoundTripThroughTheir18DigitForm(@ForAll("firstGenerationNumbers") String old) {
        String upgraded = ResidentIdNumber.upgradeFirstGeneration(old);
        assertThat(upgraded.substring(0, 6) + upgraded.substring(8, 17)).isEqualTo(old);
        IdentifierCheck check = Identifiers.check(IdKind.RESIDENT_ID, old, TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(upgraded);
        assertThat(Identifiers.check(IdKind.RESIDENT_ID, upgraded, TODAY).valid()).isTrue();
    }

    @Provide
    Arbitrary<String> passportNumbers() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(3);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(14);
        return Combinators.combine(letters, digits).as(String::concat);
    }

    @Provide
    Arbitrary<String> permanentResidentNumbers2017() {
        return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                Arbitraries.strings().numeric().ofLength(12)).as(String::concat);
    }

    /** Any of the kinds as the window records it, with its value type. */
    @Provide
    Arbitrary<IdNumber> numbers() {
        return Arbitraries.oneOf(
                residentIds().map(id -> Identifiers.check(IdKind.RESIDENT_ID, id, TODAY).number()),
                residentIds().map(id -> "810000" + id.substring(6, 17))
                        .map(first17 -> Identifiers.check(IdKind.RESIDENCE_PERMIT, first17 + ResidentIdNumber.checkCharacter(first17), TODAY).number()),
                residentIds().map(id -> "9" + id.substring(1, 17))
                        .map(first17 -> Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, first17 + ResidentIdNumber.checkCharacter(first17), TODAY).number()),
                permanentResidentNumbers2017().map(id -> Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, id, TODAY).number()),
                passportNumbers().map(id -> Identifiers.check(IdKind.PASSPORT, id, TODAY).number()),
                creditCodes().map(code -> CreditCode.check(code).number()));
    }

    /** A number and how a hurried clerk types it: lower case, full-width, spaces and hyphens anywhere. */
    @Provide
    Arbitrary<Tuple2<IdNumber, String>> typedNumbers() {
        return numbers().flatMap(number -> sloppy(number.text()).map(typed -> Tuple.of(number, typed)));
    }

    private static Arbitrary<String> sloppy(String standard) {
        return Arbitraries.integers().between(0, 3).list().ofSize(standard.length()).map(styles -> {
            StringBuilder typed = new StringBuilder();
            for (int i = 0; i < standard.length(); i++) {
                char c = standard.charAt(i);
                switch (styles.get(i)) {
                    case 1 -> typed.append(Character.toLowerCase(c));
                    case 2 -> typed.append((char) (c + 0xFEE0));
                    case 3 -> typed.append(i % 2 == 0 ? " " : "-").append(c);
                    default -> typed.append(c);
                }
            }
            return typed.toString();
        });
    }

    @Property
    void everyValueMadeByACheckIsInItsStandardFormAndOfItsKind(@ForAll("numbers") IdNumber number) {
        assertThat(number).isNotNull();
        assertThat(Identifiers.normalise(number.text())).isEqualTo(number.text());
        assertThat(Identifiers.recorded(number.kind(), number.text())).isEqualTo(number);
        assertThat(Identifiers.searchKeys(number.text())).contains(number.text());
    }

    @Property
    void sloppyTypingOfANumberGivesTheSameValue(@ForAll("typedNumbers") Tuple2<IdNumber, String> typedNumber) {
        IdNumber number = typedNumber.get1();
        String typed = typedNumber.get2();
        assertThat(Identifiers.check(number.kind(), typed, TODAY).number()).as(typed).isEqualTo(number);
        assertThat(Identifiers.searchKeys(typed)).as(typed).contains(number.text());
    }

    @Property
    void normalisingIsIdempotent(@ForAll String typed) {
        String once = Identifiers.normalise(typed);
        assertThat(Identifiers.normalise(once)).isEqualTo(once);
    }

    @Property
    void normalisingIsIdempotentOnSloppyNumbers(@ForAll("typedNumbers") Tuple2<IdNumber, String> typedNumber) {
        String once = Identifiers.normalise(typedNumber.get2());
        assertThat(once).isEqualTo(typedNumber.get1().text());
        assertThat(Identifiers.normalise(once)).isEqualTo(once);
    }

    /**
     * The policy of decision 0018, written out again here: which characters of a number of each kind may show.
     * The mask may hide more, never less, and never shows a character that is not the number's own.
     */
    @Property
    void aMaskNeverRevealsMoreThanThePolicy(@ForAll("numbers") IdNumber number) {
        String text = number.text();
        String masked = number.masked();
        assertThat(masked).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            if (masked.charAt(i) != '*') {
                assertThat(masked.charAt(i)).isEqualTo(text.charAt(i));
                assertThat(mayShow(number, i)).as("%s shows character %d of %s", masked, i + 1, number.kind()).isTrue();
            }
        }
    }

    private static boolean mayShow(IdNumber number, int index) {
        int length = number.text().length();
        return switch (number.kind()) {
            case CREDIT_CODE -> true;
            case PASSPORT -> index >= length - 3;
            case RESIDENT_ID, RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENT ->
                    index < (length == 15 ? 3 : 6) || index >= length - 4;
        };
    }

    @Property
    void aMaskHidesTheBirthDateOfEveryResident(@ForAll("residentIds") String id) {
        String masked = Identifiers.check(IdKind.RESIDENT_ID, id, TODAY).number().masked();
        assertThat(masked).hasSize(18).startsWith(id.substring(0, 6)).endsWith(id.substring(14)).contains("********");
    }

    @Property
    void aNumberTodaysRulesRefuseShowsAtMostAQuarterAndNeverMoreThanFour(@ForAll String stored, @ForAll IdKind kind) {
        IdNumber number = Identifiers.recorded(kind, stored);
        if (number instanceof UnrecognisedIdNumber) {
            long shown = number.masked().codePoints().filter(c -> c != '*').count();
            int length = number.text().codePointCount(0, number.text().length());
            assertThat(shown).isLessThanOrEqualTo(Math.min(4, length / 4));
        }
    }

    @Property
    void firstGenerationNumbersAreFoundByEitherForm(@ForAll("firstGenerationNumbers") String old) {
        String upgraded = ResidentIdNumber.upgradeFirstGeneration(old);
        assertThat(Identifiers.recorded(IdKind.RESIDENT_ID, old).text()).isEqualTo(upgraded);
        assertThat(Identifiers.searchKeys(old)).contains(upgraded);
        assertThat(Identifiers.searchKeys(upgraded)).contains(upgraded);
    }
}
