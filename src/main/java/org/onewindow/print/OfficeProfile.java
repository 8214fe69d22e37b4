package org.onewindow.print;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The issuing office as its documents show it.
 *
 * @param openingHours    when the window takes materials, printed where the applicant must come back
 * @param progressQuery   how to check a case's progress (website, hotline, mini-program)
 * @param reviewAuthority where to apply for administrative review (行政复议机关)
 * @param litigationCourt where to bring an administrative suit (人民法院)
 * @param sealImage       the office's electronic seal (PNG with transparency), or null: an empty box is printed
 * @param postalDelivery  whether results can be posted to the applicant (邮寄送达) besides window pick-up
 */
public record OfficeProfile(String name, String address, String phone, String openingHours,
                            String progressQuery, String reviewAuthority, String litigationCourt,
                            Path sealImage, boolean postalDelivery) {

    public OfficeProfile {
        Objects.requireNonNull(name, "name");
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        openingHours = openingHours == null ? "" : openingHours;
        progressQuery = progressQuery == null ? "" : progressQuery;
        reviewAuthority = reviewAuthority == null ? "" : reviewAuthority;
        litigationCourt = litigationCourt == null ? "" : litigationCourt;
    }

    public OfficeProfile withSealImage(Path image) {
        return new OfficeProfile(name, address, phone, openingHours, progressQuery, reviewAuthority,
                litigationCourt, image, postalDelivery);
    }
}
