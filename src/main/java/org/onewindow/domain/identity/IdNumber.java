package org.onewindow.domain.identity;


/**
 * The number of an identity document or of an organisation's credit code (证件号码), checked and in its
 * standard form. One type per kind of document; a value is only made by that kind's check (or, for a number
 * already in the case log, by {@link Identifiers#recorded}), so holding one means the number was parsed once,
 * by the rules of {@code shared/domain/IDENTIFIERS.md}.
 *
 * <p>The screen, the case list and search, the documents and the central store all use {@link #text()} and
 * {@link #masked()} from here, so none of them writes its own rules (decision 0018).
 */
public sealed interface IdNumber
        permits ResidentIdNumber, ResidencePermitNumber, ForeignPermanentResidentNumber, PassportNumber, CreditCode,
        UnrecognisedIdNumber {

    /** The kind of document, as the applicant presented it (证件类型). */
    IdKind kind();

    /**
     * The standard form (规范格式): half-width, upper case, no spaces or hyphens, a first-generation resident
     * number upgraded to 18 digits. What is stored, searched for and compared.
     */
    String text();

    /**
     * The number as lists, search results and documents that leave the hall show it (脱敏显示), by the one
     * policy of decision 0018: as long as {@link #text()}, every hidden character a {@code *}.
     */
    String masked();
}
