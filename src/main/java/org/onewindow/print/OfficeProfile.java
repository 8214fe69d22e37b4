package org.onewindow.print;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An office as its papers show it (机关信息): the hall (政务服务中心) or a deciding authority (实施机关). Kept per hall
 * and per authority, set by an administrator and published by the centre.
 *
 * @param abbreviation    简称 that starts its document numbers (机关代字), e.g. 历下审批 in 历下审批受〔2026〕…号
 * @param openingHours    when the window takes materials, printed where the applicant must come back
 * @param progressQuery   how to check a case's progress (website, hotline, mini-program)
 * @param reviewAuthority where to apply for administrative review (行政复议机关)
 * @param litigationCourt where to bring an administrative suit (人民法院)
 * @param sealImage       the office's electronic seal (PNG with transparency), or null: an empty box is printed
 * @param postalDelivery  whether results can be posted to the applicant (邮寄送达) besides window pick-up
 * @param verifyAddress   the public address the centre answers verification on (…/v/), printed in the QR code; a
 *                        hall's only, empty when the QR code carries the bare signed code
 */
public record OfficeProfile(String name, String abbreviation, String address, String phone, String openingHours,
                            String progressQuery, String reviewAuthority, String litigationCourt,
                            Path sealImage, boolean postalDelivery, String verifyAddress) {

    public OfficeProfile {
        Objects.requireNonNull(name, "name");
        abbreviation = tidy(abbreviation);
        address = tidy(address);
        phone = tidy(phone);
        openingHours = tidy(openingHours);
        progressQuery = tidy(progressQuery);
        reviewAuthority = tidy(reviewAuthority);
        litigationCourt = tidy(litigationCourt);
        verifyAddress = tidy(verifyAddress);
    }

    /** The office as the settings of the first releases described it: no abbreviation or verification address. */
    public OfficeProfile(String name, String address, String phone, String openingHours, String progressQuery,
                         String reviewAuthority, String litigationCourt, Path sealImage, boolean postalDelivery) {
        this(name, "", address, phone, openingHours, progressQuery, reviewAuthority, litigationCourt, sealImage,
                postalDelivery, "");
    }

    /** An authority the catalog names but nobody has described yet: its name, nothing else. */
    public static OfficeProfile named(String name) {
        return new OfficeProfile(name, "", "", "", "", "", "", "", null, false, "");
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    public OfficeProfile withSealImage(Path image) {
        return new OfficeProfile(name, abbreviation, address, phone, openingHours, progressQuery, reviewAuthority,
                litigationCourt, image, postalDelivery, verifyAddress);
    }

    /** This profile with the gaps (address, phone, hours, progress query) filled from {@code other}. */
    OfficeProfile contactsFrom(OfficeProfile other) {
        return new OfficeProfile(name, abbreviation, address.isEmpty() ? other.address : address,
                phone.isEmpty() ? other.phone : phone, openingHours.isEmpty() ? other.openingHours : openingHours,
                progressQuery.isEmpty() ? other.progressQuery : progressQuery, reviewAuthority, litigationCourt,
                sealImage, postalDelivery || other.postalDelivery, verifyAddress.isEmpty() ? other.verifyAddress : verifyAddress);
    }
}
