package app.retention.export;

import app.retention.segment.CampaignEconomics;
import app.retention.segment.RankedCustomer;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlanner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * A segment's customers in priority order ({@link ValuePlanner#PRIORITY}: highest expected value saved first, then
 * risk, then key) without holding them all: customers are sorted in runs of about {@value #RUN_BYTES} bytes, each
 * full run is written to a temporary file, and the runs are merged as the list is written. A segment that fits in
 * one run never touches the disk; the ranking is the one {@link ValuePlanner#plan} gives.
 */
final class RankedCustomers implements Iterable<RankedCustomer>, AutoCloseable {

    /** What a run may hold in the heap, by a rough count of its strings and numbers. */
    static final long RUN_BYTES = 16L << 20;
    private static final int BUFFER = 32 * 1024;

    private final CampaignEconomics economics;
    private final Comparator<RankedCustomer> order;
    private final long runBytes;
    private final List<RankedCustomer> run = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<Head> reading = new ArrayList<>();
    private long held;
    private long size;

    RankedCustomers(CampaignEconomics economics) {
        this(economics, ValuePlanner.PRIORITY, RUN_BYTES);
    }

    /** In {@code order} ({@code CallOrder#comparator()}): by risk, or persuadables first. */
    RankedCustomers(CampaignEconomics economics, Comparator<RankedCustomer> order) {
        this(economics, order, RUN_BYTES);
    }

    /** With runs of {@code runBytes} (tests use small runs to merge many). */
    RankedCustomers(CampaignEconomics economics, long runBytes) {
        this(economics, ValuePlanner.PRIORITY, runBytes);
    }

    RankedCustomers(CampaignEconomics economics, Comparator<RankedCustomer> order, long runBytes) {
        this.economics = economics;
        this.order = order;
        this.runBytes = runBytes;
    }

    /** Adds a customer of the segment. */
    void add(ScoredCustomer c) {
        run.add(new RankedCustomer(0, c, ValuePlanner.expectedValueSaved(c.probability(), c.value(), economics)));
        size++;
        held += CustomerRecords.roughSize(c);
        if (held >= runBytes) {
            spill();
        }
    }

    /** How many customers were added. */
    long size() {
        return size;
    }

    /** The customers in priority order, ranked from 1; read once. */
    @Override
    public Iterator<RankedCustomer> iterator() {
        if (runs.isEmpty()) {
            run.sort(order);
            return ranked(run.iterator());
        }
        if (!run.isEmpty()) {
            spill();
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.next, b.next));
        for (Path file : runs) {
            Head head = new Head(file);
            reading.add(head);
            if (head.advance()) {
                heads.add(head);
            }
        }
        return ranked(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public RankedCustomer next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                RankedCustomer next = head.next;
                if (head.advance()) {
                    heads.add(head);
                }
                return next;
            }
        });
    }

    private static Iterator<RankedCustomer> ranked(Iterator<RankedCustomer> ordered) {
        return new Iterator<>() {
            private int rank;

            @Override
            public boolean hasNext() {
                return ordered.hasNext();
            }

            @Override
            public RankedCustomer next() {
                RankedCustomer r = ordered.next();
                return new RankedCustomer(++rank, r.customer(), r.expectedValueSaved());
            }
        };
    }

    /** Sorts the run in the heap and writes it to a temporary file. */
    private void spill() {
        run.sort(order);
        try {
            Path file = Files.createTempFile("retention-ranking-", ".run");
            runs.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    BUFFER))) {
                out.writeInt(run.size());
                for (RankedCustomer r : run) {
                    out.writeDouble(r.expectedValueSaved());
                    CustomerRecords.write(out, r.customer());
                }
            }
        } catch (IOException e) {
            throw new ExportException("Could not sort the list in a temporary file in "
                    + System.getProperty("java.io.tmpdir") + " (" + (e.getMessage() == null ? "an input/output error"
                    : e.getMessage()) + "); nothing was written.", e);
        }
        run.clear();
        held = 0;
    }

    /** Closes the runs being read and deletes their temporary files. */
    @Override
    public void close() {
        for (Head head : reading) {
            head.close();
        }
        reading.clear();
        for (Path file : runs) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit(); // a run left behind is removed when the process ends
            }
        }
        runs.clear();
    }

    /** The next customer of one run, as the merge reads it. */
    private static final class Head {
        private final DataInputStream in;
        private int left;
        private RankedCustomer next;

        Head(Path file) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
                left = in.readInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Reads the run's next customer; false, and the file closed, at its end. */
        boolean advance() {
            try {
                if (left == 0) {
                    close();
                    return false;
                }
                left--;
                double value = in.readDouble();
                next = new RankedCustomer(0, CustomerRecords.read(in), value);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
