package org.onewindow.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Electronic copies of materials (材料电子件) kept by content: each file is named by the SHA-256 of its bytes under
 * {@code attachments/} beside the database, so a copy attached twice is kept once and a file's name proves what it
 * holds. Which material of which case a copy belongs to is in the case's log (an event naming the hash); what was
 * sent to the centre is a marker beside the file. Written once, atomically, and flushed before it is named.
 */
public final class AttachmentFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    AttachmentFiles(Path root) {
        this.root = root;
    }

    /** A copy kept here. */
    public record Kept(String sha256, long size, Path file) {
    }

    /** Keeps these bytes (once: an identical copy already kept is left as it is) and names them. */
    public Kept keep(byte[] bytes) {
        String sha256 = sha256(bytes);
        Path file = fileOf(sha256);
        if (!Files.exists(file)) {
            write(file, bytes);
        }
        return new Kept(sha256, bytes.length, file);
    }

    /**
     * Keeps a copy fetched from the centre, if its bytes are the ones {@code sha256} names; a copy that is not is
     * refused and nothing is kept.
     */
    public Kept keepFetched(String sha256, byte[] bytes) {
        String actual = sha256(bytes);
        if (!actual.equals(requireHash(sha256))) {
            throw new StoreException("中心库传来的电子件与其编号不符（" + actual + "），未保存", null);
        }
        return keep(bytes);
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(fileOf(requireHash(sha256)));
    }

    /** The kept file, if this workstation has it (the hall fetches a copy when someone opens it). */
    public Optional<Path> file(String sha256) {
        Path file = fileOf(requireHash(sha256));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(fileOf(requireHash(sha256)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取电子件 " + sha256, e);
        }
    }

    /** Up to {@code length} bytes from {@code offset}: one chunk of an upload. */
    public byte[] read(String sha256, long offset, int length) {
        try (FileChannel channel = FileChannel.open(fileOf(requireHash(sha256)), StandardOpenOption.READ)) {
            long left = Math.max(0, channel.size() - offset);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, left));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // read on until the chunk is full or the file ends
            }
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取电子件 " + sha256, e);
        }
    }

    /** The centre confirmed it holds the whole copy: it is not sent again. */
    public void markSent(String sha256) {
        Path marker = markerOf(requireHash(sha256));
        try {
            Files.createDirectories(marker.getParent());
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法记录电子件已上传：" + sha256, e);
        }
    }

    public boolean sent(String sha256) {
        return Files.exists(markerOf(requireHash(sha256)));
    }

    /** Where the thumbnail of a copy is kept (made on first need, and made again if lost). */
    public Path thumbnailOf(String sha256) {
        return root.resolve("thumbnails").resolve(requireHash(sha256) + ".jpg");
    }

    private Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path markerOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".sent");
    }

    private static String requireHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return sha256;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".incoming-", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存电子件 " + file, e);
        }
    }

    /** SHA-256 of {@code bytes}, lower-case hex: the name of a copy. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same over a stream, read to its end. */
    public static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
