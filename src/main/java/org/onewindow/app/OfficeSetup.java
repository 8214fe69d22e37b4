package org.onewindow.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.onewindow.domain.Problem;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 办公场所信息: the administrator sets up the office the hall's documents are issued by — name, 简称 for document
 * numbers, address, phone, opening hours, where a refused applicant turns for review and suit, and the seal
 * image. Kept in the workstation's settings ({@code office.*}, read by {@link OfficeSettings}); the next document
 * issued carries them.
 */
public final class OfficeSetup {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeSetup.class);
    private static final int NAME_MAX = 60;
    private static final int TEXT_MAX = 200;

    private final Settings settings;
    private final Path sealFile;

    /**
     * @param sealFile where the seal image is kept, inside the data directory, so it stays when the original moves
     */
    OfficeSetup(Settings settings, Path sealFile) {
        this.settings = settings;
        this.sealFile = sealFile;
    }

    public OfficeDetails current() {
        OfficeSettings office = new OfficeSettings(settings);
        var profile = office.profile();
        return new OfficeDetails(profile.name(), office.abbreviation(), profile.address(), profile.phone(),
                profile.openingHours(), profile.progressQuery(), profile.reviewAuthority(), profile.litigationCourt(),
                profile.sealImage() != null);
    }

    /** Keeps the details; every problem with them is named at once. */
    public OfficeDetails save(User actor, OfficeDetails details) {
        administrator(actor);
        List<String> problems = new ArrayList<>();
        if (details.name().isEmpty() || details.name().length() > NAME_MAX) {
            problems.add("机关名称须填写，最多 " + NAME_MAX + " 个字");
        }
        if (!details.abbreviation().matches("\\p{IsHan}{1,6}")) {
            problems.add("简称用于文号，须为 1 至 6 个汉字，例如“上城政服”");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", details.name());
        values.put("abbreviation", details.abbreviation());
        values.put("address", details.address());
        values.put("phone", details.phone());
        values.put("openingHours", details.openingHours());
        values.put("progressQuery", details.progressQuery());
        values.put("reviewAuthority", details.reviewAuthority());
        values.put("litigationCourt", details.litigationCourt());
        values.forEach((key, value) -> {
            if (value.length() > TEXT_MAX || value.codePoints().anyMatch(Character::isISOControl)) {
                problems.add("“" + value.substring(0, Math.min(10, value.length())) + "…”过长或含控制字符（最多 "
                        + TEXT_MAX + " 个字）");
            }
        });
        if (!problems.isEmpty()) {
            throw new Problem.InvalidInput(String.join("；", problems));
        }
        values.forEach((key, value) -> settings.put(OfficeSettings.KEY_PREFIX + key, value));
        LOG.info("office details changed by {}", actor.userId());
        return current();
    }

    /** Takes a PNG of the office's seal (a transparent background prints best) and prints it from now on. */
    public OfficeDetails useSeal(User actor, Path png) {
        administrator(actor);
        try {
            BufferedImage image = Files.isRegularFile(png) ? ImageIO.read(png.toFile()) : null;
            if (image == null || !png.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new Problem.InvalidInput("印章图片须为 PNG 格式的图片文件：" + png.getFileName());
            }
            if (image.getWidth() < 200 || image.getHeight() < 200) {
                throw new Problem.InvalidInput("印章图片过小（" + image.getWidth() + "×" + image.getHeight()
                        + " 像素），打印会模糊，请使用不小于 200×200 像素的图片");
            }
            Files.createDirectories(sealFile.getParent());
            Path partial = sealFile.resolveSibling(sealFile.getFileName() + ".part");
            Files.copy(png, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, sealFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the seal image " + png, e);
        }
        settings.put(OfficeSettings.KEY_PREFIX + "sealImage", sealFile.toString());
        LOG.info("seal image set by {}", actor.userId());
        return current();
    }

    /** Documents go back to an empty seal box. */
    public OfficeDetails removeSeal(User actor) {
        administrator(actor);
        settings.remove(OfficeSettings.KEY_PREFIX + "sealImage");
        return current();
    }

    private static void administrator(User actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new Problem.NotPermitted("办公场所信息须由系统管理员设置，当前身份为" + actor.role().label());
        }
    }
}
