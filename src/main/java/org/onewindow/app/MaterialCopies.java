package org.onewindow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.staff.User;
import org.onewindow.store.AttachmentFiles;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.EventLog;
import org.onewindow.store.Settings;
import org.onewindow.sync.CentralRefusedException;
import org.onewindow.sync.CentralUnreachableException;
import org.onewindow.sync.SyncService;

/**
 * 材料电子件: scans and photos attached to a case's materials — from a file, the scanner's output folder or a
 * camera's pictures — checked by their bytes, normalised, kept by content and recorded on the case as an event
 * naming the hash; the bytes go to the centre on their own, resumably. At the hall a copy made at a site is fetched
 * from the centre the first time someone opens it.
 */
public final class MaterialCopies {

    /** The setting naming the folder a scanner saves into. */
    public static final String SCANNER_FOLDER = "attachments.scannerFolder";

    /** Where a copy came from. */
    public enum Source {
        FILE, SCANNER, CAMERA
    }

    private final CaseDesk desk;
    private final EventLog events;
    private final AttachmentFiles files;
    private final Settings settings;
    private final Supplier<Optional<SyncService>> centre;
    private final Changes changes;

    MaterialCopies(CaseDesk desk, EventLog events, AttachmentFiles files, Settings settings,
                   Supplier<Optional<SyncService>> centre, Changes changes) {
        this.desk = desk;
        this.events = events;
        this.files = files;
        this.settings = settings;
        this.centre = centre;
        this.changes = changes;
    }

    /** One copy of a case's material, as its event recorded it, and whether it is here and sent. */
    public record Copy(String materialCode, String materialName, String sha256, long size, String mediaType,
                       String source, String originalName, Instant addedAt, boolean here, boolean sent) {
    }

    /**
     * Attaches the file to a material of the case: checked by content (JPEG, PNG or PDF, at most 25 MB), photos
     * normalised and compressed, kept by its SHA-256, recorded on the case.
     */
    public CaseState attach(User who, UUID caseId, String materialCode, Path file, Source source) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > EventPayload.AttachmentAdded.MAX_BYTES) {
                throw new Problem.InvalidInput("文件有 " + size / 1024 / 1024 + " MB，超过电子件上限 "
                        + EventPayload.AttachmentAdded.MAX_BYTES / 1024 / 1024 + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Problem.InvalidInput("无法读取文件 " + file.getFileName() + "：" + e.getMessage());
        }
        return attach(who, caseId, materialCode, bytes, file.getFileName().toString(), source);
    }

    /** The same for bytes already read (a camera's picture). */
    public CaseState attach(User who, UUID caseId, String materialCode, byte[] bytes, String originalName, Source source) {
        CaseState state = desk.state(caseId);
        String materialName = state.intake() == null ? "" : state.intake().materials().stream()
                .filter(m -> m.materialCode().equals(materialCode)).map(m -> m.materialName()).findFirst()
                .orElseThrow(() -> new Problem.InvalidInput("该案件没有编码为 " + materialCode + " 的材料"));
        MaterialImages.Normalised normalised = MaterialImages.normalise(bytes);
        AttachmentFiles.Kept kept = files.keep(normalised.bytes());
        CaseState after = desk.record(who, caseId, new EventPayload.AttachmentAdded(materialCode, materialName,
                kept.sha256(), kept.size(), normalised.mediaType(), source.name(), originalName));
        changes.caseSaved(after);
        return after;
    }

    /** The case's copies, in the order they were added. */
    public List<Copy> of(UUID caseId) {
        List<Copy> copies = new ArrayList<>();
        for (CaseEvent event : events.eventsOf(caseId)) {
            if (event.payload() instanceof EventPayload.AttachmentAdded added) {
                copies.add(new Copy(added.materialCode(), added.materialName(), added.sha256(), added.size(),
                        added.mediaType(), added.source(), added.originalName(), event.recordedAt(),
                        files.has(added.sha256()), files.sent(added.sha256())));
            }
        }
        return copies;
    }

    /** A copy's thumbnail (JPEG), made on first need; a copy not here yet is fetched from the centre first. */
    public byte[] thumbnail(Copy copy) {
        Path cached = files.thumbnailOf(copy.sha256());
        try {
            if (Files.isRegularFile(cached)) {
                return Files.readAllBytes(cached);
            }
            byte[] thumbnail = MaterialImages.thumbnail(open(copy), copy.mediaType());
            Files.createDirectories(cached.getParent());
            Files.write(cached, thumbnail);
            return thumbnail;
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成缩略图 " + copy.sha256(), e);
        }
    }

    /** The copy in full (the hall views it full size), fetched from the centre if this workstation lacks it. */
    public byte[] open(Copy copy) {
        if (!files.has(copy.sha256())) {
            SyncService sync = centre.get().orElseThrow(() -> new Problem.CentreUnavailable(
                    "本机没有该电子件，且未注册中心库，无法取得", null));
            try {
                sync.fetchAttachment(copy.sha256());
            } catch (CentralUnreachableException | CentralRefusedException e) {
                throw new Problem.CentreUnavailable("电子件尚未从中心库取得：" + e.getMessage(), e);
            }
        }
        return files.read(copy.sha256());
    }

    /** The scanner's output folder, if one is set. */
    public Optional<Path> scannerFolder() {
        return settings.get(SCANNER_FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void useScannerFolder(Path folder) {
        settings.put(SCANNER_FOLDER, folder.toAbsolutePath().toString());
    }

    /** The newest files in the scanner's folder, newest first, to pick the page just scanned. */
    public List<Path> latestScans(int limit) {
        Optional<Path> folder = scannerFolder();
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder.get())) {
            return listed.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(MaterialCopies::modified).reversed()).limit(limit).toList();
        } catch (IOException e) {
            throw new Problem.InvalidInput("无法读取扫描文件夹 " + folder.get() + "：" + e.getMessage());
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
