package org.onewindow.central;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.onewindow.codec.sync.BlobProgress;
import org.onewindow.domain.caselog.EventPayload.AttachmentAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Electronic copies of materials at the centre (材料电子件): stored once per SHA-256 in PostgreSQL, so any instance
 * serves any request. An upload is resumable and idempotent by hash and offset: the body is read in pieces, each
 * committed as it arrives, so a cut link keeps what came; {@code HEAD} says how much is here and the device sends
 * the rest. Every request is the device's, authenticated by its token like a push (decision record 0020). A device
 * may upload only a copy that one of its own stored events (or its predecessors') names, with that event's size and
 * type, checked on the bytes themselves; once whole, the copy must hash to its name or it is discarded. A device
 * fetches a copy of a case it may pull.
 */
public final class Blobs {

    private static final Logger LOG = LoggerFactory.getLogger(Blobs.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Committed at a time: a cut costs at most this much again. */
    static final int PIECE = 256 * 1024;

    private final DataSource dataSource;

    public Blobs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the device's own event said about the copy. */
    private record Named(long size, String mediaType) {
    }

    /** How much of the copy is here; 404 when nothing is, or the device has no business with it. */
    public BlobProgress progress(Device device, String sha256) {
        requireHash(sha256);
        return Sql.inTransaction(dataSource, c -> {
            if (namedBy(c, device, sha256).isEmpty() && !visible(c, device, sha256)) {
                throw ApiException.notFound("中心库没有该电子件");
            }
            return stored(c, sha256).orElseThrow(() -> ApiException.notFound("中心库尚未收到该电子件"));
        });
    }

    /**
     * Takes the bytes of the copy from {@code offset} on, committing each piece as it arrives; answers how much is
     * here and whether it is whole. A cut connection leaves the pieces that arrived.
     */
    public BlobProgress receive(Device device, String sha256, long offset, long declaredSize, String declaredType,
                                InputStream body) {
        requireHash(sha256);
        Named named = Sql.inTransaction(dataSource, c -> namedBy(c, device, sha256)).orElseThrow(() -> new ApiException(409,
                "中心库尚未收到登记该电子件的事件，请先上传事件，下一轮再传电子件"));
        if (declaredSize != named.size() || !named.mediaType().equals(mediaType(declaredType))) {
            throw ApiException.badRequest("电子件的大小或类型与登记的事件不符（事件：" + named.size() + " 字节，"
                    + named.mediaType() + "）");
        }
        BlobProgress start = Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO blob (sha256, size, media_type) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                insert.setString(1, sha256);
                insert.setLong(2, named.size());
                insert.setString(3, named.mediaType());
                insert.executeUpdate();
            }
            return stored(c, sha256).orElseThrow();
        });
        if (start.complete()) {
            return start;
        }
        if (offset != start.offset()) {
            throw new ApiException(409, "中心库已收到该电子件的 " + start.offset() + " 字节，应从该处续传，而不是 " + offset);
        }
        long received = offset;
        byte[] piece = new byte[PIECE];
        try {
            while (received < named.size()) {
                int filled = fill(body, piece, (int) Math.min(PIECE, named.size() - received));
                if (filled == 0) {
                    break;
                }
                if (received == 0 && !matchesType(piece, filled, named.mediaType())) {
                    throw new ApiException(415, "电子件的内容不是登记的类型 " + named.mediaType() + "（以内容判断）");
                }
                received = append(sha256, received, piece, filled);
            }
            if (received == named.size() && body.read() != -1) {
                throw ApiException.badRequest("上传的字节多于登记的大小 " + named.size());
            }
        } catch (IOException e) {
            // the link was cut: what was committed stays, and the device goes on from there
            LOG.info("电子件 {} 上传中断于 {} / {} 字节：{}", sha256, received, named.size(), e.getMessage());
            return new BlobProgress(received, false);
        }
        if (received < named.size()) {
            return new BlobProgress(received, false);
        }
        return complete(sha256, named.size());
    }

    /** The whole copy, for a device that may see a case naming it. */
    public Optional<byte[]> fetch(Device device, String sha256) {
        requireHash(sha256);
        return Sql.inTransaction(dataSource, c -> {
            if (!visible(c, device, sha256) && namedBy(c, device, sha256).isEmpty()) {
                return Optional.empty();
            }
            Optional<BlobProgress> stored = stored(c, sha256);
            if (stored.isEmpty() || !stored.get().complete()) {
                return Optional.empty();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) stored.get().offset());
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT data FROM blob_piece WHERE sha256 = ? ORDER BY at_offset")) {
                select.setString(1, sha256);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.writeBytes(row.getBytes(1));
                    }
                }
            }
            return Optional.of(out.toByteArray());
        });
    }

    /** The media type of a stored copy, for the answer's header. */
    public String mediaTypeOf(String sha256) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT media_type FROM blob WHERE sha256 = ?")) {
                select.setString(1, sha256);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : "application/octet-stream";
                }
            }
        });
    }

    /** One piece, committed on its own; only if nobody else moved the copy on meanwhile. */
    private long append(String sha256, long at, byte[] piece, int length) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement move = c.prepareStatement(
                    "UPDATE blob SET received = received + ? WHERE sha256 = ? AND received = ? AND NOT complete")) {
                move.setLong(1, length);
                move.setString(2, sha256);
                move.setLong(3, at);
                if (move.executeUpdate() != 1) {
                    throw new ApiException(409, "该电子件正由另一次上传写入，请稍后续传");
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO blob_piece (sha256, at_offset, data) VALUES (?, ?, ?)")) {
                insert.setString(1, sha256);
                insert.setLong(2, at);
                insert.setBytes(3, java.util.Arrays.copyOf(piece, length));
                insert.executeUpdate();
            }
            return at + length;
        });
    }

    /** All bytes are here: the copy is whole if they hash to its name; otherwise they are discarded. */
    private BlobProgress complete(String sha256, long size) {
        return Sql.inTransaction(dataSource, c -> {
            String actual = hashOfPieces(c, sha256);
            if (!actual.equals(sha256)) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM blob_piece WHERE sha256 = ?");
                     PreparedStatement reset = c.prepareStatement("UPDATE blob SET received = 0 WHERE sha256 = ?")) {
                    delete.setString(1, sha256);
                    delete.executeUpdate();
                    reset.setString(1, sha256);
                    reset.executeUpdate();
                }
                c.commit();
                throw new ApiException(422, "电子件内容的哈希与其编号不符，已丢弃，请重新上传");
            }
            try (PreparedStatement done = c.prepareStatement(
                    "UPDATE blob SET complete = true, completed_at = now() WHERE sha256 = ?")) {
                done.setString(1, sha256);
                done.executeUpdate();
            }
            return new BlobProgress(size, true);
        });
    }

    private static String hashOfPieces(Connection c, String sha256) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement select = c.prepareStatement("SELECT data FROM blob_piece WHERE sha256 = ? ORDER BY at_offset")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    digest.update(row.getBytes(1));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Optional<BlobProgress> stored(Connection c, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT received, complete FROM blob WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new BlobProgress(row.getLong(1), row.getBoolean(2))) : Optional.empty();
            }
        }
    }

    private static Optional<Named> namedBy(Connection c, Device device, String sha256) throws SQLException {
        // the device's own events, or those of the devices it succeeded (a restored window sends their unsent ones)
        try (PreparedStatement select = c.prepareStatement(
                "SELECT size, media_type FROM case_blob WHERE sha256 = ? AND device_id = ANY (?) LIMIT 1")) {
            select.setString(1, sha256);
            select.setArray(2, c.createArrayOf("text", Devices.lineage(c, device).keySet().toArray()));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Named(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    /** A case naming the copy is one the device pulls: of its hall (a window), of its site (a laptop), or touched. */
    private static boolean visible(Connection c, Device device, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT 1 FROM case_blob b JOIN case_registry r ON r.case_id = b.case_id
                WHERE b.sha256 = ? AND (r.hall = ? AND (? = '' OR r.site = ?)
                    OR r.case_id IN (SELECT case_id FROM case_touch WHERE device_id = ?))
                LIMIT 1""")) {
            select.setString(1, sha256);
            select.setString(2, device.hall());
            select.setString(3, device.site());
            select.setString(4, device.site());
            select.setString(5, device.deviceId());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static int fill(InputStream in, byte[] buffer, int wanted) throws IOException {
        int filled = 0;
        while (filled < wanted) {
            int n = in.read(buffer, filled, wanted - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    private static String mediaType(String declared) {
        return declared == null ? "" : declared.split(";")[0].strip().toLowerCase();
    }

    /** The kinds kept, told by their first bytes as the windows tell them. */
    static boolean matchesType(byte[] bytes, int length, String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
            case "image/png" -> length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            case "application/pdf" -> length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
            default -> false;
        };
    }

    private static void requireHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw ApiException.badRequest("电子件编号应为 64 位小写十六进制 SHA-256：" + sha256);
        }
    }

    /** The largest copy taken, as the windows cap it. */
    static long maxBytes() {
        return AttachmentAdded.MAX_BYTES;
    }
}
