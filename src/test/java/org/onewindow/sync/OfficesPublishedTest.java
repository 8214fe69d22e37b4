package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.OfficeSettings;
import org.onewindow.app.Workstation;
import org.onewindow.central.ApiException;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.PublishedOffice;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.PdfReading;
import org.onewindow.print.SampleDocuments;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.PasswordHash;

/**
 * The administrator publishes the office profiles at a real centre (embedded PostgreSQL, HTTP): the window of the hall
 * takes its own hall's profile and every deciding authority's, keeps the seal image, and its next paper speaks with
 * them — the authority's name and 机关代字, the hall's verification address — and names the clerk, not her login id.
 */
class OfficesPublishedTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static final String HALL = "HALL-LIXIA";
    private static final String CLERK_ID = "lx-clerk-office";

    private static Path file(Path dir, String name, PublishedOffice office) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, Json.write(office), StandardCharsets.UTF_8);
        return file;
    }

    private static String sealPng() throws Exception {
        var image = new java.awt.image.BufferedImage(240, 240, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.drawOval(10, 10, 220, 220);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }

    @Test
    void theWindowsPapersSpeakWithTheProfilesTheCentrePublished(@TempDir Path dir, @TempDir Path files) throws Exception {
        central.clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        central.users.put(new UserAccount(CLERK_ID, "周敏", Role.CLERK, HALL, PasswordHash.hash("Window@2026".toCharArray()), false));
        central.publications.publishOffice("hall", HALL, file(files, "hall.json", new PublishedOffice("济南市历下区政务服务中心", "历下政服",
                "济南市历下区解放东路 3 号", "0531-86551234", "", "", "济南市历下区人民政府", "济南市历下区人民法院", true,
                "https://zwfw.example.gov.cn/v/", "")));
        central.publications.publishOffice("authority", "SPJ", file(files, "spj.json", new PublishedOffice(
                "济南市历下区行政审批服务局", "历下审批", "", "0531-86551200", "", "", "济南市历下区人民政府", "济南市历下区人民法院",
                false, "", sealPng())));
        central.publications.publishOffice("hall", "ANOTHER-HALL", file(files, "other.json",
                PublishedOffice.read("{\"name\":\"别的大厅\",\"abbreviation\":\"\",\"address\":\"\",\"phone\":\"\",\"openingHours\":\"\","
                        + "\"progressQuery\":\"\",\"reviewAuthority\":\"\",\"litigationCourt\":\"\",\"postalDelivery\":false,"
                        + "\"verifyAddress\":\"\",\"sealPng\":\"\"}")));

        try (Workstation window = Workstation.open(DataDirectory.of(dir), central.clock)) {
            window.centre().enroll(URI.create(central.url()), central.devices.issueEnrollmentCode(HALL, "370102", Duration.ofHours(1)));
            window.centre().syncNow();

            var offices = new OfficeSettings(window.store().settings()).directory();
            assertThat(offices.hall().name()).isEqualTo("济南市历下区政务服务中心");
            assertThat(offices.authorities().get("SPJ").sealImage()).isNotNull().satisfies(seal -> assertThat(seal).isRegularFile());

            var catalog = CatalogJson.bundled();
            List<MaterialCheck> materials = catalog.item("SCJG-001").orElseThrow().materials().stream().filter(m -> m.required())
                    .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
            CaseState accepted = window.takeApplication().take(new User(CLERK_ID, "周敏", Role.CLERK),
                    new Intake(catalog.version(), List.of("SCJG-001"), "", List.of(), SampleDocuments.person(), null, materials),
                    DecisionKind.ACCEPT);
            var receipt = window.documents().issueAll(accepted.caseId()).get(0);

            String text = PdfReading.flatText(receipt.printed().pdf());
            assertThat(receipt.number()).startsWith("历下审批受");
            assertThat(text).startsWith("济南市历下区行政审批服务局").contains("受理人周敏为首问负责人").doesNotContain(CLERK_ID, "别的大厅");
            assertThat(receipt.printed().authenticityCode()).startsWith("HTTPS://ZWFW.EXAMPLE.GOV.CN/V/2R");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt.printed().pdf())) {
                assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the published seal is printed").isNotEmpty();
            }
        }
    }

    @Test
    void aProfileThatCannotBeReadIsRefusedBeforeItIsPublished(@TempDir Path files) throws Exception {
        Path wrong = files.resolve("wrong.json");
        Files.writeString(wrong, "{\"name\":\"某局\",\"abbreviation\":\"ABC\",\"address\":\"\",\"phone\":\"\",\"openingHours\":\"\","
                + "\"progressQuery\":\"\",\"reviewAuthority\":\"\",\"litigationCourt\":\"\",\"postalDelivery\":false,"
                + "\"verifyAddress\":\"\",\"sealPng\":\"\"}");
        assertThatThrownBy(() -> central.publications.publishOffice("authority", "SPJ", wrong))
                .isInstanceOf(ApiException.class).hasMessageContaining("简称用于文号，须为 1 至 6 个汉字");
    }
}
