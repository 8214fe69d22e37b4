package org.onewindow.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property
    void masksKeepTheLengthAndHideTheBirthDate(@ForAll("residentIds") String id) {
        String masked = Identifiers.mask(id);
        assertThat(masked).hasSize(18).startsWith(id.substring(0, 6)).endsWith(id.substring(14))
                .doesNotContain(id.substring(6, 14));
    }
}
