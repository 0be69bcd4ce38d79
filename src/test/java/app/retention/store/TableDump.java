package app.retention.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A dump of every table of a workspace, schema and rows, as H2's {@code SCRIPT} writes it, reduced to its SHA-256
 * and its number of lines: two workspaces with the same dump hold the same data byte for byte. The lines are
 * sorted first, as H2 writes the constraints in a different order from one open to the next. The next value of
 * each identity column is left out: a command that fails and rolls back its insert still uses up an id, which no
 * user can see and which changes no row.
 */
public final class TableDump {

    private static final Pattern RESTART = Pattern.compile(" RESTART WITH \\d+");

    private TableDump() {
    }

    /** The dump of {@code workspace}, as {@code sha256 (lines)}. */
    public static String of(Workspace workspace) {
        try (Connection c = workspace.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(RESTART.matcher(rs.getString(1)).replaceAll(""));
            }
            Collections.sort(lines);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest()) + " (" + lines.size() + " lines)";
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot dump the workspace", e);
        }
    }
}
