package app.retention.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of an arm: SHA-256 over its customer keys sorted (by their UTF-16 order, as {@code String} compares),
 * each followed by a line feed, in UTF-8. It proves the arm read out is the arm exported, whatever order the store
 * returns the keys in.
 */
public final class ArmChecksum {

    private ArmChecksum() {
    }

    public static String of(Collection<String> keys) {
        List<String> sorted = keys.stream().sorted().toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String key : sorted) {
                digest.update(key.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
