package org.onewindow.app;

/**
 * The issuing office as the administrator sets it up (办公场所信息): what every document's letterhead, seal
 * box and closing paragraphs say, and the short name that starts its document numbers.
 *
 * @param abbreviation    简称, e.g. 上城政服 in 上城政服受〔2026〕…号
 * @param openingHours    when the window takes materials
 * @param progressQuery   how to check a case's progress (website, hotline)
 * @param reviewAuthority where a refused applicant applies for administrative review (行政复议机关)
 * @param litigationCourt where a refused applicant may sue (人民法院)
 * @param hasSeal         whether a seal image is set; it is printed in the seal box
 */
public record OfficeDetails(String name, String abbreviation, String address, String phone, String openingHours,
                            String progressQuery, String reviewAuthority, String litigationCourt, boolean hasSeal) {

    public OfficeDetails {
        name = tidy(name);
        abbreviation = tidy(abbreviation);
        address = tidy(address);
        phone = tidy(phone);
        openingHours = tidy(openingHours);
        progressQuery = tidy(progressQuery);
        reviewAuthority = tidy(reviewAuthority);
        litigationCourt = tidy(litigationCourt);
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
}
