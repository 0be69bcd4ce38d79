package app.retention.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * One workspace: a folder holding one embedded H2 database. Opening applies pending migrations and
 * settles what an interrupted import or export left behind.
 */
public final class Workspace implements AutoCloseable {

    /** The environment variable that moves the default workspace. */
    public static final String HOME_VARIABLE = "RETENTION_WORKBENCH_HOME";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** Workspaces this process has open, with how many times each. */
    private static final Map<Path, Integer> OPEN_HERE = new ConcurrentHashMap<>();
    static final String URL_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";

    private final Path directory;
    private final JdbcConnectionPool pool;
    // Held open for the workspace's lifetime so H2 does not close and reopen the file between calls.
    private final Connection keeper;
    private final DatasetRepository datasets;
    private final TallyRepository tallies;
    private final DatasetQueries queries;
    private final ModelRepository models;
    private final ScoreRepository scores;
    private final SegmentRepository segments;
    private final CampaignRepository campaigns;
    private final UpliftRepository uplift;
    private final ExportLogRepository exportLog;
    private final UseCaseRepository useCases;
    private final ServiceLogRepository serviceLog;
    private final StagedExports stagedExports;
    private final Path rebuiltFrom;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Predicate<Thread> refusedThread = thread -> false;

    private Workspace(Path directory, JdbcConnectionPool pool, Connection keeper, Path rebuiltFrom) {
        this.directory = directory;
        this.rebuiltFrom = rebuiltFrom;
        this.pool = pool;
        this.keeper = keeper;
        this.datasets = new DatasetRepository(this);
        this.tallies = new TallyRepository(this);
        this.queries = new DatasetQueries(this);
        this.models = new ModelRepository(this);
        this.scores = new ScoreRepository(this);
        this.segments = new SegmentRepository(this);
        this.campaigns = new CampaignRepository(this);
        this.uplift = new UpliftRepository(this);
        this.exportLog = new ExportLogRepository(this);
        this.useCases = new UseCaseRepository(this);
        this.serviceLog = new ServiceLogRepository(this);
        this.stagedExports = new StagedExports(this, exportLog);
    }

    /** The default workspace folder: {@code $RETENTION_WORKBENCH_HOME}, else {@code ~/.retention-workbench}. */
    public static Path defaultDirectory() {
        String fromEnv = System.getenv(HOME_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".retention-workbench");
    }

    /**
     * Opens (creating if needed) the workspace in {@code directory}.
     *
     * @throws WorkspaceLockedException when another process has it open
     */
    public static Workspace open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("The workspace folder " + dir + " is not writable.");
        }
        Rebuild.finishInterrupted(dir);
        WorkspaceFile.refuseDamaged(dir);
        refuseReadOnly(dir.resolve(WorkspaceFile.FILE_NAME));
        boolean existed = WorkspaceFile.exists(dir);
        // read before H2 opens it (opening marks the file in use); a workspace this process already has open shares
        // that open database and is in use, not left open by a dead process
        boolean rebuild = !OPEN_HERE.containsKey(dir) && Rebuild.needed(dir);
        Connected db = connect(dir);
        Path rebuiltFrom = null;
        try {
            if (rebuild) {
                Connected open = db;
                rebuiltFrom = Rebuild.run(dir, open.keeper(), () -> closeQuietly(open.keeper(), open.pool()),
                        URL_SETTINGS);
                db = connect(dir);
            }
            Flyway flyway = Flyway.configure().dataSource(db.pool()).loggers("slf4j")
                    .locations("classpath:db/migration").load();
            if (existed && flyway.info().pending().length > 0) {
                // A copy of the file as this version found it, taken while it is closed so the copy is whole.
                closeQuietly(db.keeper(), db.pool());
                backUp(dir, "before-upgrade");
                db = connect(dir);
                flyway = Flyway.configure().dataSource(db.pool()).loggers("slf4j")
                        .locations("classpath:db/migration").load();
            }
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                throw migrationFailed(dir, e);
            }
            Workspace workspace = new Workspace(dir, db.pool(), db.keeper(), rebuiltFrom);
            UnfinishedImports.remove(workspace, rebuiltFrom != null);
            workspace.stagedExports.settleInterrupted();
            WorkspaceFile.removeHalfCopies(dir);
            OPEN_HERE.merge(dir, 1, Integer::sum);
            return workspace;
        } catch (RuntimeException e) {
            closeQuietly(db.keeper(), db.pool());
            throw e;
        }
    }

    /** A schema upgrade that failed, in one line: a full disk said as such, anything else without Flyway's text. */
    private static StoreException migrationFailed(Path dir, FlywayException e) {
        if (DiskSpace.nearlyFull(dir)) {
            return new StoreException("The disk holding the workspace " + dir + " is full, and opening the "
                    + "workspace needs to write to it. Nothing was changed; free some space and try again.", e);
        }
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String why = cause instanceof SQLException sql ? Jdbc.plain(sql) : String.valueOf(e.getMessage()).lines()
                .findFirst().orElse("").strip();
        return new StoreException("Cannot bring the workspace " + dir + " up to this version: " + why, e);
    }

    /**
     * H2 opens a read-only file read-only and fails at the first write with its own text and the SQL; the user
     * needs to hear, before anything runs, which file cannot be written.
     */
    private static void refuseReadOnly(Path file) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("The workspace file " + file + " is read-only, so nothing can be saved in it. "
                    + "Make it writable, or choose another folder with --workspace DIR.");
        }
    }

    private record Connected(JdbcConnectionPool pool, Connection keeper) {
    }

    private static Connected connect(Path dir) {
        // WRITE_DELAY=0: a commit is in the file when it returns. H2's default (1 s) loses a committed transaction
        // when the process is killed within that second, and an export's log entry must be kept before its file
        // is moved into place. MAX_COMPACT_TIME=0: no compaction on close, which lost committed rows after a kill
        // (docs/adr/0009).
        String url = "jdbc:h2:file:" + dir.resolve(WorkspaceFile.DATABASE_NAME) + URL_SETTINGS;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        try {
            return new Connected(pool, pool.getConnection());
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new WorkspaceLockedException("The workspace " + dir + " is open in another Retention Workbench "
                        + "process. Close it there, or choose another folder with --workspace DIR.", e);
            }
            if (DiskSpace.nearlyFull(dir)) {
                // H2 writes as it opens (its recovery of an interrupted write, a new chunk): it fails with its own text
                throw new StoreException("The disk holding the workspace " + dir + " is full, and opening the "
                        + "workspace needs to write to it. Nothing was changed; free some space and try again.", e);
            }
            throw new StoreException("Cannot open the workspace " + dir + ": " + Jdbc.plain(e), e);
        }
    }

    private static void backUp(Path dir, String kind) {
        try {
            WorkspaceFile.backUp(dir, kind);
        } catch (IOException e) {
            throw new StoreException("Cannot make a backup copy of the workspace in " + dir.resolve(
                    WorkspaceFile.BACKUP_FOLDER) + " before upgrading it, so it was not upgraded: " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * The copy of the workspace file as this open found it, when its last session had not closed it cleanly (the
     * program was killed or the computer stopped) and it was therefore rebuilt (see {@link Rebuild}); empty after a
     * clean close.
     */
    public Optional<Path> rebuiltAfterUncleanClose() {
        return Optional.ofNullable(rebuiltFrom);
    }

    public DatasetRepository datasets() {
        return datasets;
    }

    /** The value counts stored at import. */
    public TallyRepository tallies() {
        return tallies;
    }

    public DatasetQueries queries() {
        return queries;
    }

    public ModelRepository models() {
        return models;
    }

    public ScoreRepository scores() {
        return scores;
    }

    public SegmentRepository segments() {
        return segments;
    }

    /** Campaigns with their arms and outcomes. */
    public CampaignRepository campaigns() {
        return campaigns;
    }

    /** Uplift models learnt from campaigns. */
    public UpliftRepository uplift() {
        return uplift;
    }

    public ExportLogRepository exportLog() {
        return exportLog;
    }

    /** Use cases, and which model was in use when each scoring was made. */
    public UseCaseRepository useCases() {
        return useCases;
    }

    /** The append-only log of promotions and rollbacks of the models in use. */
    public ServiceLogRepository serviceLog() {
        return serviceLog;
    }

    /** The temporary files of exports in progress. */
    public StagedExports stagedExports() {
        return stagedExports;
    }

    /** A connection from the workspace's pool; the caller closes it. */
    Connection connection() throws SQLException {
        if (refusedThread.test(Thread.currentThread())) {
            throw new IllegalStateException("The database was read on " + Thread.currentThread().getName()
                    + ", the thread that draws the screen: run it as a background task.");
        }
        if (FailedStore.released(keeper)) {
            // H2 closed the store when a write failed (a full disk): nothing can be read or saved until it is opened
            throw new StoreException("The workspace " + directory + " stopped saving when a write to its disk "
                    + "failed (the disk filled up). Free some space, then start Retention Workbench again to go on: "
                    + "everything saved before is kept, and the workspace is checked as it opens.");
        }
        return pool.getConnection();
    }

    /**
     * Makes every database call on a matching thread fail at once. The desktop app's tests refuse the JavaFX thread,
     * so a screen that would freeze while it waits for the database fails a test instead (issue 11).
     */
    public void refuseCallsOn(Predicate<Thread> thread) {
        this.refusedThread = thread;
    }

    public Optional<String> setting(String key) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT setting_value FROM workspace_setting WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read workspace setting " + key + ": " + Jdbc.plain(e), e);
        }
    }

    public void putSetting(String key, String value) {
        try (Connection c = connection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE workspace_setting SET setting_value = ? WHERE setting_key = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO workspace_setting (setting_key, setting_value) VALUES (?, ?)")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() == 0) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save workspace setting " + key + ": " + Jdbc.plain(e), e);
        }
    }

    /**
     * Closes the database, then keeps a copy of the closed file in {@code backups/} (see {@link WorkspaceFile}); no
     * copy after a write failed (a full disk), as the file was not closed cleanly.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        OPEN_HERE.computeIfPresent(directory, (dir, times) -> times == 1 ? null : times - 1);
        if (closeQuietly(keeper, pool)) {
            return;
        }
        try {
            WorkspaceFile.backUp(directory, "on-close");
        } catch (IOException e) {
            // The workspace itself is closed and whole; a copy that could not be made (a full disk, a read-only
            // folder) only means the previous copy stays the newest one.
        }
    }

    /** Closes the keeper and the pool; returns whether the store had failed (see {@link FailedStore}). */
    private static boolean closeQuietly(Connection keeper, JdbcConnectionPool pool) {
        // after a failed write the pool's own close would spin for ever on a pending transaction: let go first
        boolean failed = FailedStore.release(keeper) || FailedStore.released(keeper);
        try {
            keeper.close();
        } catch (SQLException e) {
            // closing: the pool disposal below releases the file either way
        }
        pool.dispose();
        return failed;
    }
}
